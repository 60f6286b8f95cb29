// The browser suite, twice: against Lit's production build (what readers get) and against its
// development build, where Lit warns about misuse and any such warning fails the run (as the Lit
// starter and Spectrum do). Extra arguments go to both runs, e.g.
//   node scripts/test-browser.mjs --files test/timeline/timeline.test.ts
// LIT_MODE=production or LIT_MODE=development runs one build only. The last line adds both runs
// up: `N passed, N failed[, N skipped]`.
import { spawn } from 'node:child_process';

const modes = process.env.LIT_MODE ? [process.env.LIT_MODE] : ['production', 'development'];
const args = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

for (const mode of modes) {
  console.log(`\n── Browser suite, Lit ${mode} build ──`);
  const code = await new Promise((resolve) => {
    const child = spawn('node_modules/.bin/web-test-runner', args, {
      env: { ...process.env, LIT_MODE: mode },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-400);
    });
    child.on('close', (status) => {
      const m = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(tail);
      if (m) {
        totals.passed += Number(m[1]);
        totals.failed += Number(m[2]);
        totals.skipped += Number(m[3] ?? 0);
      } else totals.failed += 1; // a run that printed no count cannot pass
      resolve(status);
    });
  });
  if (code !== 0 && totals.failed === 0) totals.failed += 1;
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
if (modes.length > 1) console.log(`\nBoth Lit builds (${modes.join(' and ')}):`);
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
