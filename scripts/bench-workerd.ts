// Part of `npm run bench`: the Worker in workerd, as deployed. Prints one JSON line:
// - the bundle `wrangler deploy --dry-run --outdir` builds, and the same without the Anthropic
//   SDK (aliased to nothing): what a deployment without a key never evaluates;
// - start-up: workerd's CPU over the first request a fresh isolate serves (module evaluation
//   and the warm-up, which local workerd runs on first use);
// - the first message in a fresh isolate, median of RUNS fresh starts;
// - the start-up warm-up's CPU, in a cold isolate of scripts/bench-start-up-worker.ts;
// - the steady state: every fixture once after the first (first sights), median and p99; then
//   every fixture a second time (an isolate that has seen each kind of message once); in each
//   of the RUNS isolates, reported as the median of the runs' figures and their range;
// - per phase (the MIME parse, unwrapping, classifying, extracting, and the rest: routing,
//   planning, drafting, D1 statements), each fixture's first and second sight, in RUNS more
//   fresh isolates (`/phases`, each step between its own marks).
// Messages go through the real email() handler of scripts/bench-inbound-worker.ts (Rebound's
// own src/index.ts) on a D1 stand-in that answers from memory at once, so the CPU read is
// Rebound's alone; then the same with local D1, whose SQLite runs on the Worker's thread
// (production bills D1's work to D1), for comparison. CPU is that of the workerd thread that
// ran the Worker between the Worker's own marks, less the marks' cost (scripts/inbound-workerd.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CONTACT_TO, FORWARD_TO } from "./bench-user.ts";
import { type InboundFixture, inboundFixtures } from "./inbound-fixtures.ts";
import { type InboundWorker, startInboundWorker, warmUpCosts } from "./inbound-workerd.ts";
import { workerdReportLines } from "./workerd-report.ts";

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

/** A figure over several runs: the median of the runs' values, and their range. */
export interface OverRuns {
  ms: number;
  min: number;
  max: number;
}
const overRuns = (values: number[]): OverRuns => ({
  ms: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

/** One set of workerd figures: against the D1 stand-in, or against local D1. */
export interface Figures {
  runs: number;
  startUpMs: OverRuns;
  markMs: number;
  firstMessageMs: OverRuns;
  steady: { messages: number; medianMs: OverRuns; p99Ms: OverRuns; slowest: string };
  secondPass: { medianMs: OverRuns; p99Ms: OverRuns; slowest: string };
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

/** Per fixture, its first and second sight in each run, for `--verbose`. */
let lastSteady: string[] = [];

/**
 * RUNS fresh isolates: in each, start-up, the first message, then every fixture once (first
 * sights) and once again (second sights). Each figure is the median over the runs.
 */
async function measure(db: "memory" | "real", runs: number): Promise<Figures> {
  const startUp: number[] = [];
  const marks: number[] = [];
  const first: number[] = [];
  const steadyMedian: number[] = [];
  const steadyP99: number[] = [];
  const againMedian: number[] = [];
  const againP99: number[] = [];
  const sights = new Map<string, { first: number[]; again: number[] }>();
  let split = { parseMs: 0, understandMs: 0, wholeMs: 0 };
  // Local D1 has no contacts, so a reply would be refused cheaply: forwards only there.
  const set = db === "real" ? fixtures.filter((f) => f.route === "forward") : fixtures;
  for (let r = 0; r < runs; r++) {
    const worker = await startInboundWorker({ seedD1: db === "real" });
    try {
      startUp.push(worker.startUpMs);
      const markMs = await worker.markCostMs();
      marks.push(markMs);
      first.push(await deliver(worker, markMs, FIRST as Fixture, 0, db));
      const steady: number[] = [];
      for (let i = 0; i < set.length; i++) {
        steady.push(await deliver(worker, markMs, set[i] as Fixture, i + 1, db));
      }
      if (db === "memory" && r === 0) split = await splitOf(worker, set);
      // The same messages again, new Message-IDs: an isolate that has seen each kind once.
      const again: number[] = [];
      for (let i = 0; i < set.length; i++) {
        again.push(await deliver(worker, markMs, set[i] as Fixture, set.length + i + 1, db));
      }
      steadyMedian.push(median(steady));
      steadyP99.push(pct(steady, 99));
      againMedian.push(median(again));
      againP99.push(pct(again, 99));
      set.forEach((f, i) => {
        const seen = sights.get(f.file) ?? { first: [], again: [] };
        seen.first.push(steady[i] ?? 0);
        seen.again.push(again[i] ?? 0);
        sights.set(f.file, seen);
      });
    } finally {
      await worker.dispose();
    }
  }
  // Each fixture's first and second sight, the median over the runs; slowest first sight first.
  const perFixture = [...sights].map(([file, seen]) => ({
    file,
    first: median(seen.first),
    again: median(seen.again),
  }));
  const slowestOf = (key: "first" | "again") => {
    const top = [...perFixture].sort((a, b) => b[key] - a[key])[0];
    return top ? `${top.file} ${top[key].toFixed(2)} ms (median of runs)` : "";
  };
  if (db === "memory") {
    lastSteady = perFixture
      .sort((a, b) => b.first - a.first)
      .map((s) => `${s.file} ${s.first.toFixed(1)} / ${s.again.toFixed(1)}`);
  }
  return {
    runs,
    startUpMs: overRuns(startUp),
    markMs: median(marks),
    firstMessageMs: overRuns(first),
    steady: {
      messages: set.length,
      medianMs: overRuns(steadyMedian),
      p99Ms: overRuns(steadyP99),
      slowest: slowestOf("first"),
    },
    secondPass: {
      medianMs: overRuns(againMedian),
      p99Ms: overRuns(againP99),
      slowest: slowestOf("again"),
    },
    split,
  };
}

/** The pipeline's phases, as `/phases` measures them. */
const PHASES = ["parse", "unwrap", "classify", "extract", "rest"] as const;
type Phase = (typeof PHASES)[number];
/** Per phase, the median and p99 over the fixtures of their first and second sights. */
export type PhaseFigures = Record<
  Phase,
  { first: { medianMs: number; p99Ms: number }; second: { medianMs: number; p99Ms: number } }
>;

/**
 * RUNS fresh isolates (after the first message, as above): each fixture's steps between their
 * own marks, a first and a second time; per phase, the median over the runs of each figure.
 * "rest" is the whole pipeline less the same message's parse and understanding seen again
 * (their second-pass figures): routing, hashing, planning, drafting, the D1 statements.
 */
async function phases(runs: number): Promise<PhaseFigures> {
  const perRun: PhaseFigures[] = [];
  for (let r = 0; r < runs; r++) {
    const worker = await startInboundWorker();
    try {
      const markMs = await worker.markCostMs();
      await deliver(worker, markMs, FIRST as Fixture, 0, "memory");
      const pass = async () => {
        const rows: Record<Exclude<Phase, "rest"> | "whole", number>[] = [];
        for (const f of fixtures) {
          const ns = await worker.post<Record<string, number>>(
            "/phases",
            { from: f.from, to: f.route === "reply" ? CONTACT_TO : FORWARD_TO, contact: f.from },
            f.raw,
          );
          const ms = (key: string) => Math.max(0, (ns[key] ?? 0) / 1e6 - markMs);
          rows.push({
            parse: ms("parseNs"),
            unwrap: ms("unwrapNs"),
            classify: ms("classifyNs"),
            extract: ms("extractNs"),
            whole: ms("wholeNs"),
          });
        }
        return rows;
      };
      const firstRows = await pass();
      const secondRows = await pass();
      const rest = (rows: typeof firstRows) =>
        rows.map((row, i) => {
          const again = secondRows[i] ?? row;
          return Math.max(
            0,
            row.whole - again.parse - again.unwrap - again.classify - again.extract,
          );
        });
      const of = (rows: typeof firstRows, phase: Phase) =>
        phase === "rest" ? rest(rows) : rows.map((row) => row[phase]);
      perRun.push(
        Object.fromEntries(
          PHASES.map((phase) => [
            phase,
            {
              first: {
                medianMs: median(of(firstRows, phase)),
                p99Ms: pct(of(firstRows, phase), 99),
              },
              second: {
                medianMs: median(of(secondRows, phase)),
                p99Ms: pct(of(secondRows, phase), 99),
              },
            },
          ]),
        ) as PhaseFigures,
      );
    } finally {
      await worker.dispose();
    }
  }
  const mid = (pick: (p: PhaseFigures) => number) => median(perRun.map(pick));
  return Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      {
        first: {
          medianMs: mid((p) => p[phase].first.medianMs),
          p99Ms: mid((p) => p[phase].first.p99Ms),
        },
        second: {
          medianMs: mid((p) => p[phase].second.medianMs),
          p99Ms: mid((p) => p[phase].second.p99Ms),
        },
      },
    ]),
  ) as PhaseFigures;
}

const warmUpMs = median(await warmUpCosts(RUNS));
const memory = await measure("memory", RUNS);
if (process.argv.includes("--verbose")) process.stderr.write(`${lastSteady.join("\n")}\n`);
/** `--no-phases`: leave the per-phase runs out (they take RUNS more isolates). */
const phaseFigures = process.argv.includes("--no-phases") ? null : await phases(RUNS);
const realD1 = QUICK ? null : await measure("real", 1);
const report: WorkerdReport = {
  bundle: { withSdk, withoutSdk },
  warmUpMs,
  memory,
  phases: phaseFigures,
  realD1,
};
// The figures for a reader on stderr; the JSON line, which `npm run bench` reads, last on stdout.
if (!process.argv.includes("--no-summary")) {
  process.stderr.write(`${workerdReportLines(report, loadavg()[0] ?? 0).join("\n")}\n`);
}
console.log(JSON.stringify(report));

/** The JSON line this script prints last, as `npm run bench` (scripts/bench.ts) reads it. */
export interface WorkerdReport {
  bundle: { withSdk: { bytes: number; gzip: number }; withoutSdk: { bytes: number; gzip: number } };
  warmUpMs: number;
  memory: Figures;
  phases: PhaseFigures | null;
  realD1: Figures | null;
}
