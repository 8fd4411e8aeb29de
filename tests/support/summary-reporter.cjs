// mocha's spec reporter, closed by one plain summary line ("node: N passed, N failed") that CI reads.
// `--reporter-option label=browser` names another suite in that line.
const Mocha = require("mocha");
const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let passed = 0, failed = 0, skipped = 0;
    const label = options?.reporterOption?.label ?? "node";
    runner.on(EVENT_TEST_PASS, () => passed++);
    runner.on(EVENT_TEST_FAIL, () => failed++);
    runner.on(EVENT_TEST_PENDING, () => skipped++);
    runner.once(EVENT_RUN_END, () => {
      process.stdout.write(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
    });
  }
}
module.exports = SummaryReporter;
