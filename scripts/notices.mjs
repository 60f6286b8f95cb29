// Writes dist/cdn/THIRD-PARTY-NOTICES.txt: the licences of the packages bundled into the CDN
// files. Minification drops their licence comments; their licences (BSD-3-Clause, ISC) ask that
// the notice travel with the code.
import { readFileSync, writeFileSync } from 'node:fs';

/** The packages the CDN build inlines (Lit and the d3 parts the widgets import). */
const BUNDLED = ['lit', 'lit-element', 'lit-html', '@lit/reactive-element', 'd3-dsv', 'd3-time'];

const parts = BUNDLED.map((name) => {
  const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  const text = readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim();
  return `${name} ${version} (${license})\n${'-'.repeat(60)}\n${text}\n`;
});
writeFileSync(
  'dist/cdn/THIRD-PARTY-NOTICES.txt',
  `The files in this folder include code from these packages, under these licences.\n\n${parts.join('\n')}`,
);
console.log(`dist/cdn/THIRD-PARTY-NOTICES.txt: ${BUNDLED.length} packages`);
