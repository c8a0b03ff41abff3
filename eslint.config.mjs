import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "out/**", "bin/**", "*.config.js", "tests/summary-reporter.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    // The core runs anywhere: no Office.js, exceljs, React or Node built-ins.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/office-js", "fs", "path", "os", "child_process", "node:*", "zlib", "crypto"] }],
      "no-restricted-globals": ["error", "Excel", "Office", "window", "document", "process", "Buffer"],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
