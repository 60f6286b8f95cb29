/**
 * Two library builds from one config:
 * - `vite build` (mode "npm"): ES modules for npm, one file per source module so bundlers can
 *   tree-shake; Lit and d3 stay external dependencies.
 * - `vite build --mode cdn`: self-contained, minified ES modules for a script tag —
 *   `dist/cdn/lacnic-widgets.js` (defines every tag, loads each widget on first sight) plus one
 *   entry per widget, sharing chunks (Lit is loaded once).
 */
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

const defines = Object.fromEntries(
  ['lacnic-partner-strip', 'lacnic-timeline', 'lacnic-region-map']
    .map((tag) => [tag, `src/define/${tag}.ts`])
    .filter(([, file]) => existsSync(file)),
);

/**
 * Minifies the CSS inside Lit's css`…` literals at build time: comments and runs of white
 * space go, and the space around punctuation. Only literals with no ${} are touched.
 */
function minifyLitCss(): Plugin {
  const minify = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minify(body)}\``), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  if (mode === 'iife') {
    return {
      define: { __KIT_VERSION__: JSON.stringify(pkg.version) },
      publicDir: false,
      plugins: [minifyLitCss()],
      resolve: { conditions: ['production', 'module', 'browser', 'default'] },
      build: {
        target: 'es2022',
        outDir: 'dist/cdn',
        emptyOutDir: false,
        minify: true,
        reportCompressedSize: false,
        lib: { formats: ['iife'], entry: { 'lacnic-widgets.iife': 'src/cdn/all.ts' }, name: 'LacnicWidgets', fileName: () => 'lacnic-widgets.iife.js' },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  const external = Object.keys(pkg.dependencies);
  return {
    define: { __KIT_VERSION__: JSON.stringify(pkg.version) },
    publicDir: false,
    plugins: [minifyLitCss()],
    // Lit's production build (no dev-mode checks) for every output; the modes here are not
    // "production", so say it explicitly.
    resolve: { conditions: ['production', 'module', 'browser', 'default'] },
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
