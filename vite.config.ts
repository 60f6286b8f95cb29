/**
 * Two library builds from one config:
 * - `vite build` (mode "npm"): ES modules for npm, one file per source module so bundlers can
 *   tree-shake; Lit and d3 stay external dependencies.
 * - `vite build --mode cdn`: self-contained, minified ES modules for a script tag —
 *   `dist/cdn/lacnic-widgets.js` (defines every tag, loads each widget on first sight) plus one
 *   entry per widget, sharing chunks (Lit is loaded once).
 */
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

const defines = {
  'lacnic-partner-strip': 'src/define/lacnic-partner-strip.ts',
  'lacnic-timeline': 'src/define/lacnic-timeline.ts',
  'lacnic-region-map': 'src/define/lacnic-region-map.ts',
};

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const external = Object.keys(pkg.dependencies);
  return {
    define: { __KIT_VERSION__: JSON.stringify(pkg.version) },
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: cdn,
      sourcemap: false,
      minify: cdn,
      reportCompressedSize: false,
      lib: {
        formats: ['es'],
        entry: cdn
          ? { 'lacnic-widgets': 'src/cdn/lacnic-widgets.ts', ...defines }
          : { index: 'src/index.ts', classes: 'src/classes.ts', ...Object.fromEntries(Object.entries(defines).map(([k, v]) => [`define/${k}`, v])) },
      },
      rolldownOptions: {
        external: cdn ? [] : (id: string) => external.some((d) => id === d || id.startsWith(`${d}/`)),
        output: cdn
          ? { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
