// Part of `npm run bench`: the Worker in workerd, as deployed. Prints one JSON line:
// - the bundle `wrangler deploy --dry-run --outdir` builds, and the same without the Anthropic
//   SDK (aliased to nothing): what a deployment without a key never evaluates;
// - start-up: workerd's CPU over the first request a fresh isolate serves (module evaluation
//   and the warm-up, which local workerd runs on first use);
// - the first message in a fresh isolate, median of RUNS fresh starts;
// - the start-up warm-up's CPU, in a cold isolate of scripts/bench-start-up-worker.ts;
// - the steady state: every fixture once after the first, median and p99; then every fixture
//   a second time (an isolate that has seen each kind of message once).
// Messages go through the real email() handler of scripts/bench-inbound-worker.ts (Rebound's
// own src/index.ts) on a D1 stand-in that answers from memory at once, so the CPU read is
// Rebound's alone; then the same with local D1, whose SQLite runs on the Worker's thread
// (production bills D1's work to D1), for comparison. CPU is that of the workerd thread that
// ran the Worker between the Worker's own marks, less the marks' cost (scripts/inbound-workerd.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CONTACT_TO, FORWARD_TO } from "./bench-user.ts";
import { type InboundFixture, inboundFixtures } from "./inbound-fixtures.ts";
import { type InboundWorker, startInboundWorker, warmUpCosts } from "./inbound-workerd.ts";

/** Fresh starts measured for the first message (median); `--runs N` to change. */
const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1] ?? 3) || 3;
const root = new URL("..", import.meta.url).pathname;
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");

function run(args: string[]) {
  execFileSync(process.execPath, [wrangler, ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "1", WRANGLER_LOG: "error" },
  });
}

/** The bundle wrangler would upload, in bytes and gzip bytes. */
function bundle(config: string): { bytes: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), "rebound-bundle-"));
  run(["deploy", "--dry-run", "--outdir", out, "--config", config]);
  const file = readdirSync(out).find((f) => f.endsWith(".js"));
  const code = readFileSync(join(out, file ?? "index.js"));
  rmSync(out, { recursive: true, force: true });
  return { bytes: code.byteLength, gzip: gzipSync(code).byteLength };
}

/** `--quick`: the in-memory figures alone (no bundle sizes, no local D1), for comparing changes. */
const QUICK = process.argv.includes("--quick");
const withSdk = QUICK ? { bytes: 0, gzip: 0 } : bundle(join(root, "wrangler.toml"));
const noSdkConfig = join(root, ".bench-no-sdk.wrangler.toml");
writeFileSync(
  noSdkConfig,
  readFileSync(join(root, "wrangler.toml"), "utf8").replace(
    "[alias]",
    [
      "[alias]",
      // What stays statically imported: the error classes and the JSON Schema helper.
      '"@anthropic-ai/sdk/error" = "./node_modules/@anthropic-ai/sdk/error.mjs"',
      '"@anthropic-ai/sdk/lib/transform-json-schema" = "./node_modules/@anthropic-ai/sdk/lib/transform-json-schema.mjs"',
      '"@anthropic-ai/sdk" = "./scripts/bench-no-sdk.ts"',
    ].join("\n"),
  ),
);
let withoutSdk: { bytes: number; gzip: number };
try {
  withoutSdk = QUICK ? { bytes: 0, gzip: 0 } : bundle(noSdkConfig);
} finally {
  rmSync(noSdkConfig, { force: true });
}

type Fixture = InboundFixture;
/** Forwards come from the owner to the forwarding address; replies from a known contact. */
const fixtures: Fixture[] = inboundFixtures(root);
const FIRST = fixtures.find((f) => f.file === "fwd-gmail-web-en-northwind-panel-note.eml");
if (!FIRST) throw new Error("the first-message fixture is missing");

/** Delivers one fixture to the real email() handler; answers the Worker's CPU for it, in ms. */
async function deliver(
  worker: InboundWorker,
  markMs: number,
  f: Fixture,
  n: number,
  db: "memory" | "real",
): Promise<number> {
  // A Message-ID of its own, so local D1 measures understanding, not de-duplication.
  const unique = f.raw.replace(/^Message-ID:\s*<([^>]*)>/im, `Message-ID: <bench-${n}-$1>`);
  const answer = await worker.post<{ ns: number; rejected: string | null; threw: string | null }>(
    "/email",
    { from: f.from, to: f.route === "reply" ? CONTACT_TO : FORWARD_TO, contact: f.from, db },
    unique,
  );
  if (answer.threw) throw new Error(`${f.file}: ${answer.threw}`);
  if (answer.rejected && !(db === "real" && f.route === "reply")) {
    throw new Error(`${f.file}: rejected: ${answer.rejected}`);
  }
  return Math.max(0, answer.ns / 1e6 - markMs);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** One set of workerd figures: against the D1 stand-in, or against local D1. */
export interface Figures {
  startUpMs: number;
  markMs: number;
  firstMessageMs: number;
  steady: { messages: number; medianMs: number; p99Ms: number; maxMs: number; slowest: string };
  secondPass: { medianMs: number; p99Ms: number; maxMs: number };
  split: { parseMs: number; understandMs: number; wholeMs: number };
}

/**
 * Where a warm message's CPU goes, per fixture (each run SPLIT_RUNS times in one measured
 * region, so the marks' noise is amortised), as medians over the fixtures: the MIME parse,
 * understanding (unwrap, classify, extract) and the whole pipeline.
 */
const SPLIT_RUNS = 20;
async function splitOf(worker: InboundWorker, set: Fixture[]) {
  const parse: number[] = [];
  const understand: number[] = [];
  const whole: number[] = [];
  for (const f of set) {
    const answer = await worker.post<{ parseNs: number; understandNs: number; wholeNs: number }>(
      "/split",
      {
        from: f.from,
        to: f.route === "reply" ? CONTACT_TO : FORWARD_TO,
        contact: f.from,
        n: String(SPLIT_RUNS),
      },
      f.raw,
    );
    parse.push(answer.parseNs / 1e6);
    understand.push(answer.understandNs / 1e6);
    whole.push(answer.wholeNs / 1e6);
  }
  return { parseMs: median(parse), understandMs: median(understand), wholeMs: median(whole) };
}

let lastSteady: string[] = [];

/** RUNS fresh isolates: start-up and the first message in each; the steady state in the first. */
async function measure(db: "memory" | "real", runs: number): Promise<Figures> {
  const startUp: number[] = [];
  const marks: number[] = [];
  const first: number[] = [];
  let steady: { file: string; ms: number }[] = [];
  let again: number[] = [];
  let split = { parseMs: 0, understandMs: 0, wholeMs: 0 };
  for (let r = 0; r < runs; r++) {
    const worker = await startInboundWorker({ seedD1: db === "real" });
    try {
      startUp.push(worker.startUpMs);
      const markMs = await worker.markCostMs();
      marks.push(markMs);
      first.push(await deliver(worker, markMs, FIRST as Fixture, 0, db));
      if (r === 0) {
        // Local D1 has no contacts, so a reply would be refused cheaply: forwards only there.
        const set = db === "real" ? fixtures.filter((f) => f.route === "forward") : fixtures;
        steady = [];
        for (let i = 0; i < set.length; i++) {
          const f = set[i] as Fixture;
          steady.push({ file: f.file, ms: await deliver(worker, markMs, f, i + 1, db) });
        }
        if (db === "memory") split = await splitOf(worker, set);
        // The same messages again, new Message-IDs: an isolate that has seen each kind once.
        again = [];
        for (let i = 0; i < set.length; i++) {
          const f = set[i] as Fixture;
          again.push(await deliver(worker, markMs, f, set.length + i + 1, db));
        }
      }
    } finally {
      await worker.dispose();
    }
  }
  // `--verbose`: each fixture's first and second sight, slowest first sight first.
  if (db === "memory") {
    lastSteady = steady
      .map((s, i) => ({ ...s, again: again[i] ?? 0 }))
      .sort((a, b) => b.ms - a.ms)
      .map((s) => `${s.file} ${s.ms.toFixed(1)} / ${s.again.toFixed(1)}`);
  }
  const ms = steady.map((s) => s.ms);
  const slowest = [...steady].sort((a, b) => b.ms - a.ms)[0];
  return {
    startUpMs: median(startUp),
    markMs: median(marks),
    firstMessageMs: median(first),
    steady: {
      messages: steady.length,
      medianMs: median(ms),
      p99Ms: pct(ms, 99),
      maxMs: Math.max(...ms),
      slowest: slowest ? `${slowest.file} ${slowest.ms.toFixed(2)} ms` : "",
    },
    secondPass: { medianMs: median(again), p99Ms: pct(again, 99), maxMs: Math.max(...again) },
    split,
  };
}

const warmUpMs = median(await warmUpCosts(RUNS));
const memory = await measure("memory", RUNS);
if (process.argv.includes("--verbose")) process.stderr.write(`${lastSteady.join("\n")}\n`);
const realD1 = QUICK ? null : await measure("real", 1);
const report: WorkerdReport = { bundle: { withSdk, withoutSdk }, warmUpMs, memory, realD1 };
console.log(JSON.stringify(report));

/** The JSON line this script prints last, as `npm run bench` (scripts/bench.ts) reads it. */
export interface WorkerdReport {
  bundle: { withSdk: { bytes: number; gzip: number }; withoutSdk: { bytes: number; gzip: number } };
  warmUpMs: number;
  memory: Figures;
  realD1: Figures | null;
}
