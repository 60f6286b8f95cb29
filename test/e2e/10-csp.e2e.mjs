import { test, count, TAGS } from './harness.mjs';

test('smoke: loader renders the three widgets under the strict CSP', async ({ open }) => {
  const p = await open(`<lacnic-partner-strip></lacnic-partner-strip><lacnic-timeline></lacnic-timeline><lacnic-region-map></lacnic-region-map>`);
  for (const tag of TAGS) await p.ready(tag);
  await p.assertClean();
  count('states audited', 3);
});
