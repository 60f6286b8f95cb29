// The one embed snippet, with Subresource Integrity hashes of the built loader files. `npm run
// build` prints it (so `npm start` shows it) and writes it to dist/cdn/snippet.html; the README
// holds the same text between its `snippet` markers.
//
//   node scripts/snippet.mjs            print it and write dist/cdn/snippet.html
//   node scripts/snippet.mjs --readme   also rewrite the README's copy
//   node scripts/snippet.mjs --check    fail (exit 1) when the README's copy differs from the build's
//
// BASE_URL sets where the site hosts dist/cdn/ (default /lacnic-widgets/, as the README says).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const DEFAULT_BASE = '/lacnic-widgets/';

const sri = (file, cdn) => `sha384-${createHash('sha384').update(readFileSync(`${cdn}/${file}`)).digest('base64')}`;

/** The snippet for a site that hosts the CDN build at `base`. */
export function snippet({ base = DEFAULT_BASE, cdn = 'dist/cdn' } = {}) {
  base = base.replace(/\/?$/, '/');
  return `<!-- LACNIC anniversary widgets: copy dist/cdn/ to ${base} on your site -->
<script type="module" src="${base}lacnic-widgets.js" integrity="${sri('lacnic-widgets.js', cdn)}" crossorigin="anonymous"></script>
<script nomodule src="${base}lacnic-widgets.iife.js" integrity="${sri('lacnic-widgets.iife.js', cdn)}" crossorigin="anonymous"></script>

<lacnic-partner-strip layout="marquee"></lacnic-partner-strip>
`;
}

const START = '<!-- snippet:start (scripts/snippet.mjs writes this block) -->\n```html\n';
const END = '```\n<!-- snippet:end -->';

function readmeWith(text) {
  const readme = readFileSync('README.md', 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md has no snippet markers');
  return { readme, updated: readme.slice(0, a + START.length) + text + readme.slice(b) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2];
  const text = snippet({ base: process.env.BASE_URL || DEFAULT_BASE });
  if (mode === '--check') {
    const { readme, updated } = readmeWith(snippet());
    if (readme !== updated) {
      console.error('README.md: the embed snippet differs from the build (run `npm run build && npm run docs:snippet`).');
      process.exit(1);
    }
    console.log('README.md: the embed snippet matches dist/cdn/snippet.html, with its SRI hashes.');
  } else {
    writeFileSync('dist/cdn/snippet.html', text);
    if (mode === '--readme') writeFileSync('README.md', readmeWith(snippet()).updated);
    console.log(`\nEmbed snippet (also in dist/cdn/snippet.html${mode === '--readme' ? ' and README.md' : ''}):\n\n${text}`);
  }
}
