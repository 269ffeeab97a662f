// A @web/test-runner reporter that counts passed and failed tests over all
// sessions and writes them as JSON. A session that failed without running a
// test (a file that does not import, a browser error) counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped += 1;
    else if (t.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        const before = acc.passed + acc.failed + acc.skipped;
        if (session.testResults) countSuite(session.testResults, acc);
        const ran = acc.passed + acc.failed + acc.skipped - before;
        const sessionErrors = (session.errors ?? []).length;
        if (!session.passed && (ran === 0 || sessionErrors > 0)) {
          acc.failed += 1;
          acc.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(acc, null, 2));
    },
  };
}
