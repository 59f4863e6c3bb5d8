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
  reporters: ["default", "<rootDir>/test/reporters/summaryReporter.cjs"],
};
