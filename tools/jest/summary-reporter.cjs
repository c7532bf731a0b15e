/**
 * Writes each Jest run's counts to $HS_TEST_RESULTS_DIR, so `npm test` can close with one line
 * over every tier (unit, integration, e2e) however Nx splits them into runs.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.name = globalConfig.rootDir.split('/').slice(-2).join('-');
  }

  onRunComplete(_contexts, results) {
    const directory = process.env.HS_TEST_RESULTS_DIR;
    if (!directory) return;
    mkdirSync(directory, { recursive: true });
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests,
    };
    writeFileSync(join(directory, `${this.name}-${process.pid}.json`), JSON.stringify(counts));
  }
}

module.exports = SummaryReporter;
