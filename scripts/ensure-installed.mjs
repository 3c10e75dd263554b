// Runs before every npm script (the "pre" scripts in package.json): on a fresh clone (or after package-lock.json
// changed) it installs the locked dependencies, including the project's own Node (the `node`
// package: wrangler and vitest need Node >= 22.12, and the system one may be older).
// Plain JavaScript, no dependencies: it must run on whatever Node started npm.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const lock = "package-lock.json";
const installed = "node_modules/.package-lock.json";
const stale =
  !existsSync(installed) ||
  !existsSync("node_modules/.bin/node") ||
  statSync(installed).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  console.error("Installing dependencies (npm install) ...");
  // npm's output goes to stderr: stdout belongs to the script that asked (analyze prints JSON).
  execSync("npm install --no-audit --no-fund --loglevel=error", { stdio: ["ignore", 2, 2] });
}
