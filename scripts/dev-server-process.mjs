// The dev server `npm start` runs: where its pid is recorded, and how to stop it (shared by
// scripts/start.mjs and scripts/stop.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PID_FILE = path.join(ROOT, "node_modules", ".cache", "sf-subsidy-addin", "dev-server.json");

/** @returns {{ pid: number, port: number, root: string, startedAt: string } | null} */
export function readServerInfo() {
  try {
    const info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
    return Number.isInteger(info.pid) && info.pid > 0 ? info : null;
  } catch {
    return null;
  }
}

export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/**
 * Stops the process and what it started. On POSIX the dev server is started as the leader of its
 * own process group, so the whole group gets SIGTERM; on Windows taskkill /T ends the tree.
 */
export function stopProcessTree(pid) {
  if (!pid || !isRunning(pid)) return false;
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    return true;
  }
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      return false;
    }
  }
  return true;
}
