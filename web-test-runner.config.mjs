// @web/test-runner: the browser suite, run in Debian's (or any) Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

// The real LACNIC statistics files live beside the clone (../shared/data) and are never
// copied into the repo; tests that want them ask for /shared-data/<name> and skip on 404.
const sharedData = fileURLToPath(new URL('../shared/data/', import.meta.url));
const sharedDataPlugin = {
  name: 'shared-data',
  serve(context) {
    const m = /^\/shared-data\/([\w.-]+)$/.exec(context.path);
    if (!m) return undefined;
    const file = sharedData + m[1];
    if (!existsSync(file) || !statSync(file).isFile()) return { body: 'not found', status: 404 };
    return { body: readFileSync(file, 'latin1'), type: 'text/plain' };
  },
};

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
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), sharedDataPlugin],
  middleware: [faults],
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
  reporters: [defaultReporter(), countReporter()],
};
