/**
 * Text a site passes in, made safe to show beside the kit's own words. Lit already renders it
 * as text, never HTML; this removes what would still reach the reader:
 * - explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 *   one left open in a name ("\u202Egnp.exe") reverses every word after it in the same line,
 *   the kit's own included;
 * - control characters (C0 but tab, line feed and carriage return; DEL), which no font shows;
 * - lone surrogates, replaced by U+FFFD (they are not text, and break URI encoding).
 * Right-to-left scripts themselves need no control characters and are kept as they are.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}
