// Prints one plain closing line, "Tests: N passed, N failed, N skipped", after Jest's own summary
// (Jest's summary reporter runs after custom ones, hence the exit hook), so that CI and people
// read the same count whatever reporter Jest uses.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    const failed = numFailedTests + numRuntimeErrorTestSuites;
    const line = `Tests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`;
    process.once("exit", () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
