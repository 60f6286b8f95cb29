// Prints one plain closing line, `N passed, N failed[, N skipped]`, after @web/test-runner's
// own summary (whose line carries a progress-bar prefix). A test file that failed to load, or
// an error outside any test, counts as one failure so it can never pass silently.
function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests) {
    if (t.skipped) totals.skipped += 1;
    else if (t.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const s of suite.suites) count(s, totals);
}

export function countReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop(args) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of args.sessions ?? sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if (session.errors?.length || (session.passed === false && ran === 0)) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed at exit so it is the run's very last line, after the default reporter's summary.
      const line = `\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`;
      process.once('exit', () => process.stdout.write(line));
    },
  };
}
