import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "out/**", "bin/**", "build/**", "*.config.js", "tests/summary-reporter.js", "tests/global-setup.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // A cycle means two modules each need the other: one of them holds a rule in the wrong place.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // The core runs anywhere: no Office.js, exceljs, React or Node built-ins, and nothing of the adapters.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "exceljs",
            "jszip",
            "docx",
            "mammoth",
            "pdfjs-dist",
            "pdfjs-dist/*",
            "react",
            "react-dom",
            "@fluentui/*",
            "@microsoft/office-js",
            "fs",
            "path",
            "os",
            "util",
            "worker_threads",
            "child_process",
            "node:*",
            "zlib",
            "crypto",
            "**/excel/*",
            "**/excel",
            "**/xlsx/*",
            "**/xlsx",
            "**/taskpane/*",
            "**/cli/*",
            "**/docx/*",
            "**/preview/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "window", "document", "process", "Buffer"],
    },
  },
  {
    // Plan files are read from bytes in the command line and in the task pane alike: no Node built-ins.
    files: ["src/documents/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "os", "util", "worker_threads", "child_process", "node:*", "zlib", "crypto"] }],
      "no-restricted-globals": ["error", "process", "Buffer", "require"],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
