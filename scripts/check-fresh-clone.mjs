// A newcomer's first run: clone the committed repo into a temporary folder that has no
// ../shared beside it, run `npm ci && npm test` there with nothing built, and require the
// closing line `N passed, 0 failed` with the tests that need ../shared/data skipped by name.
// `.ci/run` runs this as well as the suite beside ../shared.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const dir = mkdtempSync(join(tmpdir(), 'lacnic-fresh-'));
const clone = join(dir, 'clone');
const keep = process.env.KEEP_FRESH_CLONE === '1';

/** Test names that read ../shared/data (each must show up as skipped). */
const NEEDS_SHARED = [/on the real LACNIC files/, /agrees with the parser on delegated-lacnic-extended/];

let failed = '';
try {
  if (existsSync(join(dir, 'shared'))) throw new Error(`${dir}/shared exists`);
  execFileSync('git', ['clone', '--quiet', repo, clone], { stdio: 'inherit' });
  const sha = execFileSync('git', ['-C', clone, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  console.log(`Fresh clone of ${sha} in ${clone} (no ../shared beside it)`);
  const run = (args) => {
    console.log(`\n> ${args.join(' ')}`);
    const r = spawnSync(args[0], args.slice(1), { cwd: clone, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const install = run(['npm', 'ci', '--no-audit', '--no-fund']);
  if (install.status !== 0) failed = `npm ci exited ${install.status}\n${install.out.slice(-2000)}`;
  else {
    const test = run(['npm', 'test']);
    const lines = test.out.trimEnd().split('\n');
    const last = lines.at(-1) ?? '';
    console.log(lines.slice(-25).join('\n'));
    const counts = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(last);
    const skippedNames = lines.filter((l) => /^\s+- /.test(l)).join('\n');
    if (test.status !== 0) failed = `npm test exited ${test.status}`;
    else if (!counts) failed = `npm test's last line is not a count: ${JSON.stringify(last)}`;
    else if (counts[2] !== '0') failed = `${counts[2]} tests failed`;
    else if (!counts[3]) failed = 'no test was skipped, yet ../shared/data is absent';
    else {
      const missing = NEEDS_SHARED.filter((re) => !re.test(skippedNames));
      if (missing.length) failed = `tests that need ../shared were not listed as skipped: ${missing.join(', ')}`;
    }
    if (failed && test.status === 0) console.log(test.out.slice(-4000));
    if (failed && test.status !== 0) console.log(test.out.slice(-6000));
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

if (failed) {
  console.error(`\nfresh clone: FAILED: ${failed}`);
  process.exit(1);
}
console.log('\nfresh clone: npm ci && npm test pass with no ../shared, and the shared-data tests are skipped by name.');
