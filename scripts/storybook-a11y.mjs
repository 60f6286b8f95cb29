// Runs axe-core over every story of the built Storybook (storybook-static/) in Chromium and
// fails on any WCAG 2.2 A/AA violation. Prints one line per story and the totals.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const server = await startStatic('storybook-static');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let violations = 0;
let failedStories = 0;
for (const [i, story] of stories.entries()) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, null, { timeout: 15000 }).catch(() => errors.push('story did not render'));
  // Let widgets settle (data, lazy chunks, first paint).
  await page.waitForTimeout(600);
  // A story passes only if a widget really rendered (guards against tree-shaken tag definitions).
  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root *')].some((el) => el.localName.startsWith('lacnic-') && el.shadowRoot?.childElementCount),
  );
  if (!rendered) errors.push('no lacnic widget rendered');
  // A Loading story must still be loading after the wait (its fetch never answers).
  if (story.name === 'Loading') {
    const loading = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')].some((el) => el.shadowRoot?.querySelector('[data-state="loading"]')),
    );
    if (!loading) errors.push('the Loading story is not in its loading state');
  }
  await page.addScriptTag({ path: axePath });
  // Storybook's a11y addon runs axe in the same page, and axe refuses a second run while one is
  // going ("Axe is already running"): wait for the addon's run to end, then run ours.
  let result;
  for (let attempt = 0; ; attempt++) {
    try {
      result = await page.evaluate(async () => {
        const r = await globalThis.axe.run('#storybook-root', {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
      });
      break;
    } catch (error) {
      if (attempt >= 20 || !/already running/i.test(String(error))) throw error;
      await page.waitForTimeout(250);
    }
  }
  const bad = result.length + errors.length;
  violations += result.length;
  if (bad) failedStories++;
  console.log(`${bad ? '✗' : '✓'} ${String(i + 1).padStart(3)} ${story.title} › ${story.name}${bad ? `\n    ${[...result, ...errors].join('\n    ')}` : ''}`);
  await page.close();
}
await browser.close();
await server.close();
console.log(`\nStorybook axe check: ${stories.length} stories audited, ${failedStories} with problems, ${violations} violations.`);
process.exit(failedStories ? 1 : 0);
