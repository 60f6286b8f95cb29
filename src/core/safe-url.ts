const LINK_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['https:', 'http:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;
const warned = new Set<string>();

function warn(kind: string, value: string): void {
  const key = `${kind}:${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[lacnic-widgets] dropped an unsafe ${kind} URL: ${JSON.stringify(value.slice(0, 120))}`);
}

function parse(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, document.baseURI);
  } catch {
    return undefined;
  }
}

/**
 * A link the kit may render: only https:, http: and mailto: (relative URLs resolve against
 * the page). Anything else (javascript:, data:, vbscript:, unparseable) is dropped with a
 * console warning and `undefined` comes back.
 */
export function safeLinkUrl(value: unknown): string | undefined {
  const url = parse(value);
  if (url && LINK_PROTOCOLS.has(url.protocol)) return url.href;
  if (typeof value === 'string' && value.trim()) warn('link', value);
  return undefined;
}

/** An image source the kit may render: http(s) or a base64 raster `data:image/…` URL. */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && DATA_IMAGE.test(value.trim())) return value.trim();
  const url = parse(value);
  if (url && IMAGE_PROTOCOLS.has(url.protocol)) return url.href;
  if (typeof value === 'string' && value.trim()) warn('image', value);
  return undefined;
}

/** True when a link or image URL would be accepted (no warning is printed). */
export function isSafeUrl(value: unknown, kind: 'link' | 'image' = 'link'): boolean {
  if (kind === 'image' && typeof value === 'string' && DATA_IMAGE.test(value.trim())) return true;
  const url = parse(value);
  return !!url && (kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS).has(url.protocol);
}
