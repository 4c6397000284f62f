/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "node16", moduleResolution: "node16", isolatedModules: true, jsx: "react-jsx" } },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": tsJest },
  // No-op ResizeObserver/matchMedia for component tests in jsdom; does nothing in the node environment.
  setupFiles: ["<rootDir>/test/setup/jsdom.ts"],
  testTimeout: 60000,
};
