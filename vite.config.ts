/**
 * Three library builds from one config (`scripts/build.mjs` runs them all):
 * - `vite build` (mode "npm"): ES modules for npm, one file per source module so bundlers can
 *   tree-shake; Lit and d3 stay external dependencies.
 * - `vite build --mode cdn`: self-contained, minified ES modules for a script tag —
 *   `dist/cdn/lacnic-widgets.js` (defines every tag, loads each widget on first sight) plus one
 *   entry per widget, sharing chunks (Lit is loaded once).
 * - `vite build --mode iife`: `dist/cdn/lacnic-widgets.iife.js`, every widget in one classic script.
 */
import { defineConfig } from 'vite';
import type { BuildOptions, Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

const defines = Object.fromEntries(
  ['lacnic-partner-strip', 'lacnic-timeline', 'lacnic-region-map'].map((tag) => [tag, `src/define/${tag}.ts`]),
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
      .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
      .trim();
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minify(body)}\``), map: null };
    },
  };
}

/**
 * Collapses the indentation inside Lit's html`…` and svg`…` templates at build time: each run of
 * white space that holds a line break becomes one space, which renders the same (the templates
 * have no <pre> or <textarea>). Found with TypeScript's parser, so expressions are untouched.
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const parts: { start: number; end: number }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(?:html|svg)$/.test(node.tag.text)) {
          const t = node.template;
          const literals = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
          for (const lit of literals) parts.push({ start: lit.getStart(file), end: lit.getEnd() });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!parts.length) return null;
      let out = '';
      let at = 0;
      for (const { start, end } of parts.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, start) + code.slice(start, end).replace(/[ \t]*\n\s*/g, ' ');
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/**
 * d3-time's single file aliases every interval's `range` at the top level
 * (`const utcDays = utcDay.range;`). The bundler keeps a property read in case it has side
 * effects, and with it every interval the timeline never uses (seconds to weeks, local time).
 * Marking those reads pure lets them go with the rest of the unused code.
 */
function pureD3TimeRanges(): Plugin {
  return {
    name: 'pure-d3-time-ranges',
    transform(code, id) {
      if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return null;
      return { code: code.replace(/^const (\w+) = (\w+)\.range;$/gm, 'const $1 = /* @__PURE__ */ ((i) => i.range)($2);'), map: null };
    },
  };
}

/** The classic script's own URL, captured in the IIFE's first line (see iifeBuild). */
const SCRIPT_URL = '__lacnicScriptUrl';

const shared = {
  define: { __KIT_VERSION__: JSON.stringify(pkg.version) },
  publicDir: false as const,
  // Relative: the worker and other assets resolve beside the file that loads them
  // (dist/cdn/assets/ on a partner's site), never at the site's root (/assets/…).
  base: './',
  plugins: [minifyLitCss(), minifyLitTemplates(), pureD3TimeRanges()],
  // Lit's production build (no dev-mode checks) for every output; the modes here are not
  // "production", so say it explicitly.
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
};
const output = { target: 'es2022', sourcemap: false, reportCompressedSize: false };

/** `--mode npm`: one ES module per source module; dependencies stay external. */
function npmBuild(): BuildOptions {
  const external = Object.keys(pkg.dependencies);
  return {
    ...output,
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: {
      formats: ['es'],
      entry: { index: 'src/index.ts', classes: 'src/classes.ts', ...Object.fromEntries(Object.entries(defines).map(([k, v]) => [`define/${k}`, v])) },
    },
    rolldownOptions: {
      external: (id: string) => external.some((d) => id === d || id.startsWith(`${d}/`)),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  };
}

/**
 * d3-time ships one file whose intervals are made by top-level calls; marking the factories
 * pure lets the bundler drop the intervals the timeline does not use (hours, weeks, local time).
 */
const treeshake = { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'] };

/** `--mode cdn`: the self-contained loader and per-widget entries, sharing chunks. */
function cdnBuild(): BuildOptions {
  return {
    ...output,
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    lib: { formats: ['es'], entry: Object.fromEntries(['lacnic-widgets', ...Object.keys(defines)].map((name) => [name, `src/cdn/${name}.ts`])) },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      treeshake,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // The bundler has used the /* @__PURE__ */ annotations already; they are dead weight here.
        comments: false,
        // The statistics parser runs only for `stats-src` (in the worker or its fallback); left
        // alone, the bundler puts it in one chunk with the economies list, which the map
        // needs at once, and every map page would download a parser it never runs.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'stats-parser', test: /region-map[\\/](stats-parser|participation-data)\.ts$/ },
            // Two tiny modules the map and its data chunks share: one file, not two requests.
            { name: 'map-shared', test: /region-map[\\/](economies|packed)\.ts$/ },
            // Small core modules the timeline and the map both load at once (and the strip only
            // with a site's own data): one file, not three requests.
            { name: 'core-extra', test: /core[\\/](text|validate|intl)\.ts$/ },
          ],
        },
      },
    },
  };
}

/** `--mode iife`: every widget in one classic script, for sites that cannot load modules. */
function iifeBuild(): BuildOptions {
  return {
    ...output,
    outDir: 'dist/cdn',
    emptyOutDir: false,
    minify: true,
    lib: { formats: ['iife'], entry: { 'lacnic-widgets.iife': 'src/cdn/all.ts' }, name: 'LacnicWidgets', fileName: () => 'lacnic-widgets.iife.js' },
    // A classic script has no import.meta.url, and document.currentScript is only set while the
    // script runs: read it then, so the worker (and any asset) resolves beside the script.
    rolldownOptions: {
      treeshake,
      transform: { define: { 'import.meta.url': SCRIPT_URL } },
      output: { minify: true, comments: false, intro: `var ${SCRIPT_URL}=document.currentScript&&document.currentScript.src||document.baseURI;` },
    },
  };
}

export default defineConfig(({ mode }) => ({
  ...shared,
  ...(mode === 'iife'
    ? { experimental: { renderBuiltUrl: (file: string) => ({ runtime: `new URL(${JSON.stringify(file)},${SCRIPT_URL}).href` }) } }
    : {}),
  build: mode === 'cdn' ? cdnBuild() : mode === 'iife' ? iifeBuild() : npmBuild(),
}));
