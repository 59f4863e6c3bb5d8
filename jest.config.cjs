/** Unit and integration tests. End-to-end tests in Chromium run separately (scripts/e2e.cjs). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node16",
          jsx: "react-jsx",
          esModuleInterop: true,
          isolatedModules: true,
          verbatimModuleSyntax: false,
        },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  // Tests that run the CLI as a process take seconds on a loaded 2-core machine; 5 s flakes.
  testTimeout: 30_000,
  reporters: ["default", "<rootDir>/test/reporters/summaryReporter.cjs"],
};
