// Compiles the command line once before the tests: every CLI test runs the compiled `bin/cchc.js`
// in its own process, so files are read in worker threads exactly as users' runs read them.
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = async () => {
  const root = path.resolve(__dirname, "..");
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(root, "tsconfig.cli.json")],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
};
