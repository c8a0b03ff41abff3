/* eslint-disable */
// Builds the task pane (taskpane.html), the ribbon's function file (commands.html) and the
// preview over an in-memory workbook (preview.html). `npm run build` rewrites the dev URL in the
// copied manifest to ADDIN_URL (the production host); `npm run dev-server` serves https.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** Certificates for https://localhost:3000; where the CA cannot be installed (no sudo), they are still made. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require("fs");
    const d = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(d.localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(`Chứng chỉ phát triển chưa được cài vào hệ thống (${e.message.split("\n")[0]}). Hãy tin cậy ${d.caCertificatePath} bằng tay để Office mở được trang.`);
    return { ca: fs.readFileSync(d.caCertificatePath), cert: fs.readFileSync(d.localhostCertificatePath), key: fs.readFileSync(d.localhostKeyPath) };
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const addinUrl = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");
  const withPreview = Boolean(env && env.preview) || Boolean(env && env.WEBPACK_SERVE);
  const config = {
    devtool: production ? false : "source-map",
    // The preview (the pane over an in-memory workbook) is built only on request (`--env preview`:
    // `npm run preview` and the end-to-end tests); the hosted build ships the add-in alone.
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(withPreview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; here only transpile, with ES modules so that
          // the .xlsx reader and writer become separate chunks loaded on demand.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: !production } } },
        },

      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      ...(withPreview ? [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // The help page, its style sheet, and the pane's pictures at 320 px (docs/pane, made by the e2e test).
          { from: "src/help/help.html", to: "help.html" },
          { from: "src/help/help.css", to: "help.css" },
          { from: "docs/pane/*.png", to: "help/[name][ext]", noErrorOnMissing: true },
          // pdf.js's worker, for plan files in PDF: served from the add-in's own origin (the pages' CSP allows
          // 'self'), named by its version (src/taskpane/planReader.ts asks for that name), already minified.
          {
            from: require.resolve("pdfjs-dist/legacy/build/pdf.worker.min.js"),
            to: `pdf.worker.${require("pdfjs-dist/package.json").version}.min.js`,
            info: { minimized: true },
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().split(DEV_URL).join(addinUrl).split(DEV_URL.replace(/\/$/, "")).join(addinUrl.replace(/\/$/, "")) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
    };
  }
  return config;
};
