// @ts-check
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

/** The core is pure: no Office, DOM framework, spreadsheet library or Node imports. */
const CORE_FORBIDDEN = {
  patterns: [
    { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no UI imports." },
    { group: ["exceljs", "@microsoft/office-js-helpers", "office-*"], message: "src/core is pure: no host imports." },
    { group: ["node:*", "fs", "path", "os", "crypto", "child_process", "worker_threads"], message: "src/core is pure: no Node imports." },
    { group: ["**/workbook/**", "**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**"], message: "src/core depends on nothing above it." },
  ],
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "**/*.js", "!eslint.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts", "src/core/**/__tests__/**"],
    rules: { "no-restricted-imports": ["error", CORE_FORBIDDEN] },
  },
  {
    files: ["eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
