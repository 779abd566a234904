#!/usr/bin/env node
/**
 * `npm start`: serve the add-in at https://localhost:3000 and load it into Excel.
 *
 * 1. Makes sure there are development certificates (office-addin-dev-certs). Where the CA cannot be
 *    trusted automatically (Linux as root without sudo, a declined prompt) it warns and goes on with
 *    the generated files, or with a self-signed certificate.
 * 2. Starts webpack-dev-server (development build, in memory) and waits until it serves.
 * 3. Windows and macOS: sideloads manifest.xml into desktop Excel (office-addin-debugging).
 *    Linux (no desktop Excel): prints how to sideload into Excel on the web, and keeps serving.
 *
 * Runs until Ctrl+C (or `npm stop` from another terminal). Options:
 *   --no-sideload   only serve (any platform)
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PID_FILE, isRunning, readServerInfo, stopProcessTree } from "./dev-server-process.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const BASE_URL = `https://localhost:${PORT}/`;
const sideload = !process.argv.includes("--no-sideload") && (process.platform === "win32" || process.platform === "darwin");

const log = (msg) => console.log(`[start] ${msg}`);
const warn = (msg) => console.warn(`[start] ${msg.replace(/\n/g, "\n        ")}`);

/** Resolves true once `url` answers 200 (any certificate), false after `timeoutMs`. */
async function waitForServer(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await new Promise((resolve) => {
      const req = https.get(url, { rejectUnauthorized: false, timeout: 60_000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => resolve(false));
      req.on("timeout", () => req.destroy());
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function webInstructions(certs) {
  const trust = certs
    ? `   Your browser must trust https://localhost:${PORT}: import ${certs} as a certificate authority\n` +
      `   (Chrome/Edge: Settings > Privacy and security > Security > Manage certificates > Authorities > Import;\n` +
      `   Firefox: Settings > Certificates > View Certificates > Authorities > Import), or open\n` +
      `   ${BASE_URL}taskpane.html once and accept the warning.`
    : `   The server uses a self-signed certificate: open ${BASE_URL}taskpane.html in the browser once and accept the warning.`;
  return [
    "",
    "Excel desktop is not available on Linux. To try the add-in in Excel on the web:",
    trust,
    "   If the browser runs on another machine, forward the port first (e.g. ssh -L 3000:localhost:3000 this-host).",
    " 1. Open a workbook in Excel on the web (https://www.office.com > Excel).",
    " 2. Home > Add-ins > More Add-ins (or Insert > Add-ins > My Add-ins) > Upload My Add-in.",
    ` 3. Choose this manifest and upload it:\n      ${MANIFEST}`,
    " 4. Type =SF.SUBSIDY(\"스마트공장 구축 및 고도화\", \"고도화1\", 300000000) in a cell, or open Home > 지원금 카탈로그.",
    "",
    `Serving ${BASE_URL} until Ctrl+C (or \`npm stop\`).`,
  ].join("\n");
}

async function main() {
  const previous = readServerInfo();
  if (previous && isRunning(previous.pid)) {
    log(`A dev server started earlier is still running (pid ${previous.pid}); run \`npm stop\` first.`);
    process.exitCode = 1;
    return;
  }

  // 1. Certificates (the dev server config reads the same files).
  const { ensureDevCerts, FILES } = require("./dev-certs.cjs");
  const files = await ensureDevCerts({ warn });
  log(files ? `HTTPS certificate: ${FILES.cert}` : "HTTPS: self-signed certificate from webpack-dev-server");

  // 2. The dev server, in its own process group so that stopping it stops everything it started.
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    detached: process.platform !== "win32",
    env: { ...process.env, SF_DEV_CERTS_READY: files ? "1" : "0" },
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify({ pid: server.pid, port: PORT, root: ROOT, startedAt: new Date().toISOString() }));

  let stopping = false;
  const shutdown = (code) => {
    if (stopping) return;
    stopping = true;
    stopProcessTree(server.pid);
    try {
      fs.rmSync(PID_FILE, { force: true });
    } catch {
      // already gone
    }
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0));
  server.on("exit", (code, signal) => {
    if (stopping) return;
    fs.rmSync(PID_FILE, { force: true });
    if (code === 0 || signal === "SIGTERM" || signal === "SIGINT") {
      log("The dev server stopped."); // e.g. by `npm stop`
      process.exit(0);
    }
    console.error(`[start] The dev server exited (${signal || `code ${code}`}).`);
    process.exit(code || 1);
  });

  log(`Building (development) and starting the dev server on ${BASE_URL} …`);
  const ready = await waitForServer(`${BASE_URL}functions.json`, 180_000, server);
  if (!ready) {
    console.error(`[start] The dev server did not answer at ${BASE_URL} (is port ${PORT} taken?).`);
    shutdown(1);
    return;
  }
  log(`Serving ${BASE_URL}taskpane.html, functions.js and functions.json.`);

  // 3. Sideload.
  if (sideload) {
    log("Sideloading manifest.xml into Excel (office-addin-debugging) …");
    const cli = require.resolve("office-addin-debugging/cli.js");
    const result = spawnSync(process.execPath, [cli, "start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(PORT)], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (result.status !== 0) warn("Sideloading failed; the dev server keeps running. Sideload manifest.xml by hand, or fix the error above.");
    else log("Excel should open with the add-in: Home > 지원금 카탈로그. `npm stop` removes it and stops the server.");
  } else if (process.platform === "linux") {
    console.log(webInstructions(files ? FILES.ca : null));
  } else {
    log(`Sideloading skipped. Manifest: ${MANIFEST}`);
  }
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.stack || err.message : err}`);
  process.exit(1);
});
