// Gzip sizes of what the add-in loads, shared by `npm run bench` and the size test in `npm test`.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Budgets in bytes of gzip -9 (issue: functions.js ≤ 25 KB, all scripts taskpane.html loads ≤ 120 KB). */
const BUDGETS = { functions_gzip_bytes: 25 * 1024, taskpane_gzip_bytes: 120 * 1024 };

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Local scripts a page loads at start (<script src>), leaving out Office.js from its CDN. */
function pageScripts(distDir, htmlFile) {
  const html = fs.readFileSync(path.join(distDir, htmlFile), "utf8");
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(distDir, src.replace(/^\.?\//, "").split("?")[0]));
}

function measureBundles(distDir) {
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error(`${distDir}/taskpane.html is missing: run \`npm run build\` first`);
  }
  const scripts = pageScripts(distDir, "taskpane.html");
  const initial = new Set(scripts.map((f) => path.basename(f)));
  const lazy = fs.readdirSync(distDir).filter((f) => f.endsWith(".js") && !initial.has(f));
  return {
    functions_gzip_bytes: gzipBytes(path.join(distDir, "functions.js")),
    taskpane_gzip_bytes: scripts.reduce((sum, f) => sum + gzipBytes(f), 0),
    taskpane_scripts: scripts.map((f) => path.basename(f)),
    lazy_chunks_gzip_bytes: lazy.reduce((sum, f) => sum + gzipBytes(path.join(distDir, f)), 0),
  };
}

module.exports = { BUDGETS, measureBundles, gzipBytes };
