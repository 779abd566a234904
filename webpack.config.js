/**
 * Builds the add-in into dist/:
 *   functions.js    the SF.* custom functions: self-contained, DOM-free, registers first
 *   functions.json  their metadata, generated from the JSDoc in src/functions/functions.ts
 *   taskpane.js     the React task pane (and any [name].[contenthash:8].js it imports lazily)
 *   taskpane.html   the shared-runtime page: office.js, then functions.js, then taskpane.js
 *   manifest.xml, assets/icon-*.png, help/*.html
 *
 * `npm run build` (production) rewrites https://localhost:3000/ in manifest.xml and functions.json
 * to ADDIN_PUBLIC_URL when that is set. Only `webpack serve` (npm run dev-server / npm start)
 * touches the development certificates.
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The deployment URL from ADDIN_PUBLIC_URL (https, ending in "/"), or undefined. */
function publicUrl() {
  const url = (process.env.ADDIN_PUBLIC_URL || "").trim();
  if (!url) return undefined;
  if (!/^https:\/\/[^/\s]+/i.test(url)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL, got "${url}"`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development URL in text assets (functions.json's help URLs; manifest.xml is done by the copy). */
class RewriteUrlPlugin {
  constructor(assets, to) {
    this.assets = assets;
    this.to = to;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          for (const name of this.assets) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source.source().toString().replaceAll(DEV_URL, this.to);
            compilation.updateAsset(name, new webpack.sources.RawSource(text));
          }
        },
      );
    });
  }
}

/**
 * Writes functions.ko.json and functions.en.json next to the generated functions.json: the same
 * metadata with Korean-only and English-only descriptions from src/i18n/functions.json (the
 * strings the task pane shows too). The JSDoc descriptions in functions.ts must read exactly
 * "<ko> <en>" from that file; a mismatch fails the build, so the three never drift apart.
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    const textsPath = path.resolve(__dirname, "src/i18n/functions.json");
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(textsPath);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const texts = JSON.parse(require("fs").readFileSync(textsPath, "utf8"));
          const problems = [];
          const localized = { ko: structuredClone(metadata), en: structuredClone(metadata) };
          for (const [lang, meta] of Object.entries(localized)) {
            for (const fn of meta.functions) {
              const t = texts[fn.id];
              if (!t) {
                if (lang === "ko") problems.push(`${fn.id}: no texts in src/i18n/functions.json`);
                continue;
              }
              if (lang === "ko" && fn.description !== `${t.ko.description} ${t.en.description}`) {
                problems.push(`${fn.id}: the JSDoc description is not "<ko> <en>" from src/i18n/functions.json`);
              }
              fn.description = t[lang].description;
              for (const p of fn.parameters ?? []) {
                const ko = t.ko.parameters[p.name];
                const en = t.en.parameters[p.name];
                if (lang === "ko" && p.description !== `${ko} ${en}`) {
                  problems.push(`${fn.id}(${p.name}): the JSDoc description is not "<ko> <en>" from src/i18n/functions.json`);
                }
                p.description = t[lang].parameters[p.name];
              }
            }
          }
          for (const problem of problems) compilation.errors.push(new webpack.WebpackError(problem));
          for (const lang of ["ko", "en"]) {
            compilation.emitAsset(`functions.${lang}.json`, new webpack.sources.RawSource(JSON.stringify(localized[lang], null, 2)));
          }
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const deployUrl = dev ? undefined : publicUrl();
  const rewrite = (content) => (deployUrl ? content.toString().replaceAll(DEV_URL, deployUrl) : content);

  return {
    mode,
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false, // never eval-*: the page's CSP forbids eval
    entry: {
      functions: FUNCTIONS_SOURCE,
      // The task pane runs in the same page after functions.js and reuses its modules (one engine,
      // one catalog registry in memory) instead of bundling a second copy.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Relative to the page (taskpane.html sits beside the scripts), so the add-in can be served
      // from any folder; unlike "auto" it needs no document.currentScript in functions.js.
      publicPath: "",
      // globalThis rather than self/window: functions.js holds the webpack runtime and must also
      // load in the JavaScript-only custom functions runtime.
      globalObject: "globalThis",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run lint` (tsc --noEmit).
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Only lazily imported chunks are split (so they share vendor code). The entries stay whole:
        // above all functions.js, which must never lose code to a shared chunk.
        chunks: (chunk) => chunk.name !== "functions" && !chunk.canBeInitial(),
      },
    },
    performance: dev ? { hints: false } : { hints: "warning", maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head", // after the office.js <script>, which the template has in <head>
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: rewrite },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help", to: "help" },
        ],
      }),
      new LocalizedMetadataPlugin(),
      ...(deployUrl ? [new RewriteUrlPlugin(["functions.json", "functions.ko.json", "functions.en.json"], deployUrl)] : []),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      // HMR would not help (no React refresh) and would add its runtime to functions.js.
      hot: false,
      liveReload: true,
      static: false,
      server: env && env.WEBPACK_SERVE ? await require("./scripts/dev-certs.cjs").devServerHttps() : "https",
    },
  };
};
