// Writes the README's per-widget API tables from custom-elements.json (the manifest that the
// class JSDoc generates), between `<!-- api:TAG -->` and `<!-- /api:TAG -->` markers.
// `--check` fails instead of writing when the README is out of date (run by `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

function tables(decl) {
  const out = [];
  const attrs = (decl.attributes ?? []).filter((a) => a.name);
  if (attrs.length) {
    out.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const a of attrs) out.push(`| \`${a.name}\` | \`${a.fieldName ?? ''}\` | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`);
    out.push('');
  }
  const props = (decl.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !attrs.some((a) => a.fieldName === m.name) && m.description);
  if (props.length) {
    out.push('| property (no attribute) | type | description |', '|---|---|---|');
    for (const p of props) out.push(`| \`${p.name}\` | ${cell(p.type?.text)} | ${cell(p.description)} |`);
    out.push('');
  }
  const events = decl.events ?? [];
  if (events.length) {
    out.push('| event | description |', '|---|---|');
    for (const e of events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    out.push('');
  }
  const parts = decl.cssParts ?? [];
  if (parts.length) {
    out.push('| CSS part | description |', '|---|---|');
    for (const p of parts) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  const cssProps = decl.cssProperties ?? [];
  if (cssProps.length) {
    out.push('| CSS custom property | description |', '|---|---|');
    for (const p of cssProps) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  return out.join('\n');
}

let readme = readFileSync('README.md', 'utf8');
const original = readme;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const start = `<!-- api:${decl.tagName} -->`;
    const end = `<!-- /api:${decl.tagName} -->`;
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    if (i < 0 || j < 0) continue;
    readme = `${readme.slice(0, i + start.length)}\n${tables(decl)}\n${readme.slice(j)}`;
  }
}
if (process.argv.includes('--check')) {
  if (readme !== original) {
    console.error('README.md API tables are out of date with the components’ JSDoc: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README API tables match the custom-elements manifest.');
} else {
  writeFileSync('README.md', readme);
  console.log('README.md API tables updated from custom-elements.json');
}
