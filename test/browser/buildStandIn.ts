/**
 * Bundles the stand-in for office.js (the in-memory Excel host, `test/excel-sim`) into one script that
 * the browser test serves in place of Microsoft's CDN file, which no machine here can reach.
 */
import webpack from "webpack";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

export async function buildOfficeStandIn(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "office-stand-in-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: "./test/browser/officeStandIn.ts",
    output: { path: out, filename: "office.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{
        test: /\.tsx?$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false } },
      }],
    },
  });
  const stats = await new Promise<webpack.Stats>((done, fail) =>
    compiler.run((error, result) => (error || !result ? fail(error ?? new Error("no stats")) : done(result))));
  await new Promise<void>((done) => compiler.close(() => done()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return readFileSync(join(out, "office.js"), "utf8");
}
