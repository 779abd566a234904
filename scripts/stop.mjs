#!/usr/bin/env node
/**
 * `npm stop`: undoes `npm start`. On Windows and macOS removes the sideloaded add-in from desktop
 * Excel (office-addin-debugging stop); everywhere stops the dev server that `npm start` recorded.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PID_FILE, isRunning, readServerInfo, stopProcessTree } from "./dev-server-process.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (msg) => console.log(`[stop] ${msg}`);

if (process.platform === "win32" || process.platform === "darwin") {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [cli, "stop", path.join(ROOT, "manifest.xml"), "desktop"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) log("office-addin-debugging stop reported a problem (see above); going on.");
}

const info = readServerInfo();
if (info && isRunning(info.pid)) {
  stopProcessTree(info.pid);
  for (let i = 0; i < 50 && isRunning(info.pid); i++) await new Promise((r) => setTimeout(r, 100));
  log(isRunning(info.pid) ? `The dev server (pid ${info.pid}) is still running.` : `Stopped the dev server (pid ${info.pid}, port ${info.port}).`);
} else {
  log("No dev server started by `npm start` is running.");
}
fs.rmSync(PID_FILE, { force: true });
