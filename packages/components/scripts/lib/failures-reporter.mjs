// A web-test-runner reporter that lists every failed test once more after the run, under the totals:
// CI logs keep only their tail, where the default reporter's per-file failures may no longer be.
import { relative } from 'node:path';

/** @returns {import('@web/test-runner').Reporter} */
export function failuresReporter() {
  let failures = [];
  const collect = (suite, path, file) => {
    for (const test of suite.tests)
      if (!test.passed && !test.skipped)
        failures.push({ file, name: [...path, test.name].join(' > '), error: test.error });
    for (const child of suite.suites) collect(child, [...path, child.name], file);
  };
  return {
    onTestRunFinished({ sessions }) {
      failures = [];
      for (const session of sessions) {
        if (session.testResults) collect(session.testResults, [], session.testFile);
        for (const error of session.errors) failures.push({ file: session.testFile, name: '(the file)', error });
      }
    },
    stop() {
      if (!failures.length) return;
      const lines = [`${failures.length} failed:`];
      for (const { file, name, error } of failures)
        lines.push(
          `- ${relative(process.cwd(), file)}: ${name}`,
          `    ${(error?.message ?? 'no message').split('\n').join('\n    ')}`,
        );
      console.log(lines.join('\n'));
    },
  };
}
