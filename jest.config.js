/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Type checking is its own step (npm run typecheck): ts-jest only transpiles, which halves the run.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  testTimeout: 60000,
  globalSetup: "<rootDir>/tests/global-setup.js",
  reporters: ["default", "<rootDir>/tests/summary-reporter.js"],
};
