// Prints the copy-paste embed snippet with Subresource Integrity hashes, and writes it to
// dist/cdn/snippet.html. BASE_URL sets where the site will host dist/cdn/ (default: ./lacnic/).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const base = (process.env.BASE_URL || './lacnic/').replace(/\/?$/, '/');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64')}`;

const snippet = `<!-- LACNIC anniversary widgets: copy dist/cdn/ to ${base} on your site -->
<script type="module" src="${base}lacnic-widgets.js" integrity="${sri('lacnic-widgets.js')}" crossorigin="anonymous"></script>
<script nomodule src="${base}lacnic-widgets.iife.js" integrity="${sri('lacnic-widgets.iife.js')}" crossorigin="anonymous"></script>

<lacnic-partner-strip layout="marquee"></lacnic-partner-strip>
`;
writeFileSync('dist/cdn/snippet.html', snippet);
console.log(`\nEmbed snippet (also in dist/cdn/snippet.html):\n\n${snippet}`);
