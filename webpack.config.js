// @ts-check
/**
 * Builds the add-in's web part into dist/web (dist/node is the command line's): the task pane
 * (src/taskpane/index.tsx into taskpane.html) and the ribbon's function file (src/commands/commands.ts into
 * commands.html), plus the icons, the help page and the manifest, copied as they are.
 *
 *   webpack --mode production      content-hashed, minified; `npm run build:web` also reports its size
 *   webpack serve --mode development   https://localhost:3000 for sideloading (`npm run dev-server`)
 *
 * Type checking is `npm run typecheck`'s job: ts-loader only transpiles here.
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_SERVER_PORT = 3000;

/** The pages the manifest points at: entry, its source, its HTML template and the page it becomes. */
const PAGES = [
  { entry: "taskpane", source: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html", filename: "taskpane.html" },
  { entry: "commands", source: "./src/commands/commands.ts", template: "./src/commands/commands.html", filename: "commands.html" },
];

/** Files served as they are: `from` relative to the project, `to` relative to dist/web. */
const STATIC_FILES = [
  ...fs
    .readdirSync(path.join(__dirname, "assets"))
    .filter((file) => file.endsWith(".png"))
    .sort()
    .map((file) => ({ from: `assets/${file}`, to: `assets/${file}` })),
  { from: "assets/support.html", to: "support.html" },
  { from: "manifest.xml", to: "manifest.xml" },
];

/**
 * Emits STATIC_FILES unchanged, and watches them in `webpack serve`. This stands in for copy-webpack-plugin,
 * which cannot run in this install: its option check (schema-utils -> ajv-keywords 5) needs ajv 8 at the top
 * of node_modules, and legacy-peer-deps leaves ESLint's ajv 6 there ("Cannot find module
 * 'ajv/dist/compile/codegen'").
 */
class StaticFilesPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("StaticFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "StaticFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of STATIC_FILES) {
            const from = path.join(__dirname, file.from);
            compilation.fileDependencies.add(from);
            compilation.emitAsset(file.to, new RawSource(fs.readFileSync(from)));
          }
        },
      );
    });
  }
}

/**
 * Office needs https. office-addin-dev-certs makes a certificate Office trusts, but installs its authority
 * with sudo on Linux, which fails on machines without it: then webpack-dev-server's own self-signed
 * certificate is used (the browser and Office warn about it until you trust it).
 */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      `Note: office-addin-dev-certs could not provide a trusted certificate (${reason}).\n` +
        "Serving with webpack-dev-server's self-signed certificate instead: trust it in your browser (or run\n" +
        "`npx office-addin-dev-certs install` where sudo works) before sideloading the add-in.",
    );
    return "https";
  }
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: string }} argv
 * @returns {Promise<import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(PAGES.map((page) => [page.entry, page.source])),
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            // ES modules, or nothing is tree-shaken: a CommonJS build of the pane is about 35 times bigger.
            compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: !production },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            template: page.template,
            filename: page.filename,
            chunks: [page.entry],
            // Injected at the end of <head>, after office.js, and deferred.
            inject: "head",
            scriptLoading: "defer",
          }),
      ),
      new StaticFilesPlugin(),
    ],
    optimization: {
      // Code the two pages share (the engine, the office-js host) and the libraries land in chunks of their
      // own; whatever the pane imports with import() loads only when it is needed.
      splitChunks: { chunks: "all" },
    },
    stats: { preset: "normal", modules: false },
    performance: {
      // Sizes before gzip; the figure that matters (first load, gzipped) is reported by
      // scripts/report-bundle-size. These only catch a gross regression, such as a CommonJS build.
      hints: production ? "warning" : false,
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 900_000,
      assetFilter: (/** @type {string} */ file) => file.endsWith(".js"),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await httpsServer() : "https",
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.PAGES = PAGES;
module.exports.STATIC_FILES = STATIC_FILES;
module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
