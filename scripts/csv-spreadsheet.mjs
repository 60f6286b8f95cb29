#!/usr/bin/env node
// Issue 13, D2: the map's CSV download opened in a real spreadsheet. The built CDN map (dist/cdn/)
// is given labels that try to smuggle a formula past the guard (after `;`, a tab, a line break, a
// quote, at the start); its `toCSV()` file is imported by LibreOffice Calc (Debian's
// `libreoffice-calc-nogui`, headless) with `,`, `;` and tab as the separator, as es/pt and
// tab-separated imports do, and converted to flat ODS. No cell of it may hold a formula.
// A control file (the same labels with no guard) must show live formulas under each separator, so
// the check is known to catch one; the old guard (a cell's first character only) is reported too:
// it let formulas through under `;` and tab.
//
//   npm run build && node scripts/csv-spreadsheet.mjs      (exit 1 on a live formula)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, pageHtml, startServer } from '../test/e2e/harness.mjs';

const LABELS = [
  '=HYPERLINK("https://evil.example/","x")',
  'Brasil;=1+1',
  'Argentina; =HYPERLINK("https://evil.example/";"y")',
  'Chile\t=2+2',
  'Perú\n=3+3',
  'Uruguay\r\n@SUM(4;4)',
  'Bolivia,+5+5',
  'Paraguay;-6+6',
  'Colombia;"=7+7"',
  '\t=8+8',
];
const CODES = ['BR', 'AR', 'CL', 'PE', 'UY', 'BO', 'PY', 'CO', 'EC', 'VE'];
/** Separators: LibreOffice's CSV filter takes them as character codes. */
const SEPARATORS = { ',': 44, ';': 59, tab: 9 };

/** The guard before issue 13: only a cell's first character. */
const oldCell = (text) => {
  const s = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function exportedCsv() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  try {
    server.html('/csv-check', pageHtml('<lacnic-region-map id="m"></lacnic-region-map>'));
    const page = await browser.newPage();
    await page.goto(`${server.origin}/csv-check`);
    await page.waitForFunction(() => customElements.get('lacnic-region-map'));
    await page.evaluate(
      ({ codes, labels }) => {
        document.getElementById('m').data = codes.map((code, i) => ({ code, value: 10 - i, label: labels[i] }));
      },
      { codes: CODES, labels: LABELS },
    );
    await page.waitForFunction(() => document.getElementById('m').toCSV().includes('HYPERLINK'), null, { timeout: 15_000 });
    return await page.evaluate(() => document.getElementById('m').toCSV());
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Imports `file` with separator `code` and returns the formulas LibreOffice found in it. */
function formulas(dir, file, code) {
  const out = join(dir, `out-${code}`);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', `--infilter=CSV:${code},34,76,1`, '--convert-to', 'fods', '--outdir', out, join(dir, file)],
    { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 },
  );
  const xml = readFileSync(join(out, file.replace(/\.csv$/, '.fods')), 'utf8');
  return [...xml.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]);
}

const dir = mkdtempSync(join(tmpdir(), 'lacnic-csv-'));
let failed = 0;
try {
  const csv = await exportedCsv();
  const file = (cell) => `code,name,value\n${CODES.map((code, i) => `${code},${cell(LABELS[i])},${10 - i}`).join('\n')}\n`;
  writeFileSync(join(dir, 'export.csv'), csv);
  writeFileSync(join(dir, 'control.csv'), file((t) => `"${t.replace(/"/g, '""')}"`));
  writeFileSync(join(dir, 'old-guard.csv'), file(oldCell));
  for (const [name, code] of Object.entries(SEPARATORS)) {
    const live = formulas(dir, 'export.csv', code);
    const caught = formulas(dir, 'control.csv', code);
    const old = formulas(dir, 'old-guard.csv', code);
    const ok = live.length === 0 && caught.length > 0;
    if (!ok) failed++;
    console.log(
      `${ok ? '✓' : '✗'} separator ${JSON.stringify(name)}: the map's CSV holds ${live.length} formulas${live.length ? ` (${live.join(' | ')})` : ''}; unguarded control ${caught.length}, old guard ${old.length}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`csv-spreadsheet: ${Object.keys(SEPARATORS).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
