// `npm audit --omit=dev` in CI: fail on a high or critical advisory in what ships; when the
// registry's audit service cannot be reached, say so and go on (the audit is advice about the
// registry's data, not about this code).
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.warn(`npm audit: no report (registry unreachable?): ${(run.stderr || run.stdout).trim().slice(0, 300)}`);
  process.exit(0);
}
if (report.error || (report.message && !report.metadata)) {
  console.warn(`npm audit: the audit service did not answer (${report.message ?? report.error?.summary ?? report.error?.code ?? "error"}); skipped.`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === "high" || v.severity === "critical") console.error(`  ${v.severity}: ${name}`);
  }
  process.exit(1);
}
