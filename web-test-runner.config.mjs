// @web/test-runner: the browser suite, run in Debian's (or any) Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countReporter, expectedLog, litDevWarning } from './scripts/wtr-count-reporter.mjs';

// `LIT_MODE=development` runs the suite against Lit's development build, where Lit warns about
// misuse (an update scheduled inside an update, shadowed class fields…); the count reporter then
// fails every test file that drew such a warning. `npm test` runs both builds
// (scripts/test-browser.mjs).
const litMode = process.env.LIT_MODE === 'development' ? 'development' : 'production';

const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// The real LACNIC statistics files live beside the clone (../shared/data) and are never
// copied into the repo; tests that want them ask for /shared-data/<name> and skip on 404. (A
// middleware, not a plugin's `serve`: @web/dev-server answers a plugin's `status: 404` with 200.)
const sharedData = fileURLToPath(new URL('../shared/data/', import.meta.url));
async function sharedDataFiles(context, next) {
  const m = /^\/shared-data\/([\w.-]+)$/.exec(context.path);
  if (!m) return next();
  const file = sharedData + m[1];
  if (!existsSync(file) || !statSync(file).isFile()) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = `../shared/data/${m[1]} is not beside this clone`;
    return undefined;
  }
  context.status = 200;
  context.type = 'text/plain';
  context.body = readFileSync(file, 'latin1');
  return undefined;
}

// Faults for `src` tests (koa middleware): /__fault/status/500, /__fault/slow/<ms> (answers
// `[]` late), /__fault/text/<anything> (a text/plain body that is not JSON).
async function faults(context, next) {
  const m = /^\/__fault\/(status|slow|text)\/([\w.-]+)$/.exec(context.path);
  if (!m) return next();
  if (m[1] === 'status') {
    context.status = Number(m[2]);
    context.body = 'fault';
    return undefined;
  }
  if (m[1] === 'slow') await new Promise((r) => setTimeout(r, Number(m[2])));
  context.status = 200;
  context.type = m[1] === 'slow' ? 'application/json' : 'text/plain';
  context.body = m[1] === 'slow' ? '[]' : 'this is not json <script>';
  return undefined;
}

export default {
  files: ['test/**/*.test.ts', '!test/consumers/**', '!test/e2e/**'],
  nodeResolve: { exportConditions: [litMode] },
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  middleware: [sharedDataFiles, faults],
  // Warnings the suite causes on purpose (hostile URLs, a missing chunk) are counted and named
  // once at the end instead of printed per file; anything else still shows. Lit's own dev-mode
  // banner is dropped; its other warnings stay, and fail the run in development mode.
  filterBrowserLogs: ({ args }) => !expectedLog(args) && !litDevWarning(args, 'dev-mode'),
  browsers: [
    chromeLauncher({
      // Every test file's page behaves as focused (as Playwright's pages do), so element.focus()
      // fires focus events in every file, not only in the one the browser opened first.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath,
        args: [
          '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ],
      },
    }),
  ],
  reporters: [countReporter({ litMode }), defaultReporter()],
};
