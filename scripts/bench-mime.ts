// npm run bench:mime: CPU time to write one digest-sized message as MIME, in Node (same V8 as
// workerd), for the composer in src/ and, when a git revision is given, the composer of that
// revision: `npm run bench:mime -- 7499a93` compares against the hand-written one it replaced.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeMime, type OutgoingEmail } from "../src/deliver/compose-mime.ts";

const RUNS = 2000;
const WARMUP = 200;

const email: OutgoingEmail = {
  from: { name: "Rebound", address: "rebound@example.com" },
  to: "jordan.lee@gmail.com",
  replyTo: "jobs+0123456789abcdef0123456789abcdef@jordanlee.dev",
  subject: "Rebound: 3 follow-ups ready — Müller GmbH, Northwind Robotics and Globex",
  messageId: "<digest.5f0c@example.com>",
  date: new Date("2026-12-07T08:00:00Z"),
  headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
  text: "Hi Jordan, here is today's digest. Grüße, and a draft to approve below.\n".repeat(120),
  html: '<p style="margin:0 0 14px">Hi Jordan, here is today\'s digest. Grüße</p>\n'.repeat(120),
};

function measure(name: string, compose: (e: OutgoingEmail) => string): void {
  for (let i = 0; i < WARMUP; i++) compose(email);
  const start = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) compose(email);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000 / RUNS;
  console.log(`${name}: ${ms.toFixed(3)} ms CPU per message (${compose(email).length} bytes)`);
}

measure("src/deliver/compose-mime.ts", composeMime);
const revision = process.argv[2];
if (revision) {
  const source = execFileSync("git", ["show", `${revision}:src/deliver/compose-mime.ts`], {
    encoding: "utf8",
  });
  const file = join(mkdtempSync(join(tmpdir(), "rebound-mime-")), "compose-mime.ts");
  writeFileSync(file, source);
  const old = (await import(file)) as { composeMime: (e: OutgoingEmail) => string };
  measure(`${revision}:src/deliver/compose-mime.ts`, old.composeMime);
}
