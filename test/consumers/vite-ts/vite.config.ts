import { defineConfig } from 'vite';
import { writeFileSync } from 'node:fs';

// Records which modules ended up in the bundle, so the check can prove what tree-shaking left out.
export default defineConfig({
  plugins: [
    {
      name: 'record-modules',
      generateBundle(_options, bundle) {
        const ids = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []));
        writeFileSync('modules.json', JSON.stringify(ids, null, 1));
      },
    },
  ],
});
