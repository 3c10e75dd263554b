// npm run fuzz [-- --count 10000 --seed 1 --node]: mutated messages through the Worker's own
// receiveEmail() (secret and envelope check -> header-only read -> route -> full parse ->
// unwrap -> classify -> extract -> plan of D1 writes), against a D1 stand-in that answers from
// memory at once (scripts/stand-in-d1.ts), so the CPU measured is Rebound's alone. By default
// in workerd, as deployed: scripts/bench-inbound-worker.ts runs each message and marks its
// edges, and the CPU of the workerd thread that ran it is read from /proc, less the marks' cost
// (scripts/inbound-workerd.ts). `--node` runs the same in Node (same V8, but Node's Blob, which
// postal-mime uses to join a part's lines, is several times slower than workerd's).
//
// Reports crashes (anything receiveEmail throws), whether every owner message was stored or
// kept as failed, and CPU per message: p50/p99/max, and p99 for messages under 256 KB.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { boundedForParse, readHeaders } from "../src/inbound/read-headers.ts";
import { receiveEmail } from "../src/inbound/receive-email.ts";
import { warmUpInbound } from "../src/inbound/warm-up-inbound.ts";
import { BENCH_EXTRA_ADDRESSES, BENCH_USER_ROW, CONTACT_TO, FORWARD_TO } from "./bench-user.ts";
import { startInboundWorker } from "./inbound-workerd.ts";
import { standInBucket, standInD1 } from "./stand-in-d1.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`--${name} needs a positive number`);
  return value;
};
const COUNT = option("count", 10_000);
const IN_NODE = args.includes("--node");
const SEED = option("seed", 1);
/** The target the issue sets: p99 CPU per message under 256 KB. */
const SMALL_BYTES = 256 * 1024;
const BUDGET_MS = 10;
/**
 * Each message runs this many times; the report gives the median (the steady cost in a warm
 * isolate) and the first run: a garbage collection or a compile triggered by earlier messages
 * lands on whichever message is running, and the median of three takes that noise out.
 */
const RUNS_PER_MESSAGE = 3;
/**
 * CPU via process.cpuUsage (microseconds). It counts the whole process, GC helper threads
 * too; process.threadCpuUsage would not, but on this kernel it moves in 4 ms ticks.
 */
const threadCpu = (since?: NodeJS.CpuUsage): NodeJS.CpuUsage => process.cpuUsage(since);

// --- deterministic randomness -------------------------------------------------------------
let state = SEED >>> 0;
function random(): number {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

// --- the corpus ------------------------------------------------------------------------------
const dir = new URL("../test/fixtures/inbound/", import.meta.url).pathname;
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .sort()
  .map((file) => {
    const raw = new Uint8Array(readFileSync(join(dir, file)));
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.eml$/, ".expected.json")), "utf8"),
    ) as { route: string };
    const head = readHeaders(raw);
    const from = head.ok ? (head.block.sender ?? "") : "";
    return { file, raw, route: expected.route, from };
  });

const OWNER_ADDRESSES = new Set([BENCH_USER_ROW.owner_address, ...BENCH_EXTRA_ADDRESSES]);

// --- mutations -------------------------------------------------------------------------------
// Latin-1 both ways, so byte-level damage survives the round trip.
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const splitHead = (text: string) => {
  const at = text.search(/\r?\n\r?\n/);
  return at < 0 ? { head: text, body: "" } : { head: text.slice(0, at), body: text.slice(at) };
};
const withHeader = (text: string, line: string) => {
  const { head, body } = splitHead(text);
  return `${head}\r\n${line}${body}`;
};
const insertInBody = (text: string, insert: string) => {
  const { head, body } = splitHead(text);
  const at = body.length === 0 ? 0 : 4 + int(Math.max(1, body.length - 4));
  return `${head}${body.slice(0, at)}${insert}${body.slice(at)}`;
};

let hugeAttachment: string | null = null;
/** One 20 MB message, built once: refused at the size cap before anything reads it. */
function twentyMegabytes(text: string): string {
  hugeAttachment ??=
    "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n".repeat(
      (20 * 1024 * 1024) / 70,
    );
  return `${text}\r\n--fuzz\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${hugeAttachment}`;
}

/** Which variant of a mutation was picked, for the report of the slowest messages. */
let lastDetail = "";
const ADVERSARIAL: (() => string)[] = [
  () => "a".repeat(100_000 + int(100_000)),
  () => `${" ".repeat(50_000)}x`,
  () => "From: ".repeat(20_000),
  () => `${">".repeat(10_000)} quoted`,
  () => "-----Original Message-----\r\n".repeat(2_000),
  () => "a@".repeat(30_000),
  () => "Acme Corp Inc Globex Systems GmbH ".repeat(5_000),
  () => "Mr. Dr. Prof. ".repeat(10_000),
  () => "=?utf-8?q?".repeat(20_000),
  () => "On Mon, Nov 2, 2026 at 5:40 PM Maya <maya@x.com> wrote:\r\n".repeat(1_000),
  () => "Best regards,\r\n".repeat(5_000),
  () => `${"(".repeat(20_000)}${")".repeat(20_000)}`,
  () => "\u00e9\u00e8\u00ea".repeat(30_000),
  () => "<div><p><span>".repeat(10_000),
];

type Mutation = { name: string; weight: number; apply: (raw: Uint8Array) => Uint8Array };
const MUTATIONS: Mutation[] = [
  { name: "none", weight: 4, apply: (raw) => raw },
  {
    name: "truncate",
    weight: 12,
    apply: (raw) => raw.slice(0, int(raw.byteLength + 1)),
  },
  {
    name: "bit flips",
    weight: 14,
    apply: (raw) => {
      const out = raw.slice();
      for (let i = 1 + int(32); i > 0; i--) {
        const at = int(out.byteLength);
        out[at] = (out[at] ?? 0) ^ (1 << int(8));
      }
      return out;
    },
  },
  {
    name: "broken boundaries",
    weight: 10,
    apply: (raw) => {
      const text = latin1(raw);
      const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
      if (!boundary) return bytesOf(insertInBody(text, "\r\n--nowhere\r\n--nowhere--\r\n"));
      const damage = pick([
        () => text.replaceAll(`--${boundary}--`, ""),
        () => text.replaceAll(`--${boundary}`, `--${boundary}x`),
        () => text.replace(`--${boundary}`, `--${boundary}\r\nContent-Type: multipart/mixed`),
        () => text.replaceAll(boundary, ""),
      ]);
      return bytesOf(damage());
    },
  },
  {
    name: "5,000-deep nesting",
    weight: 4,
    apply: (raw) => {
      const { head } = splitHead(latin1(raw).replace(/^Content-Type:.*(\r?\n[ \t].*)*$/gim, ""));
      let body = "";
      for (let i = 0; i < 5_000; i++) {
        body += `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`;
      }
      return bytesOf(`${head}\r\nMIME-Version: 1.0\r\n${body}text\r\n`);
    },
  },
  {
    name: "20 MB attachment",
    weight: 1,
    apply: (raw) => bytesOf(twentyMegabytes(latin1(raw))),
  },
  {
    name: "1.5 MB attachment",
    weight: 2,
    apply: (raw) => {
      const { head, body } = splitHead(
        latin1(raw).replace(/^Content-Type:.*(\r?\n[ \t].*)*$/gim, ""),
      );
      const attachment =
        "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n".repeat(
          (1.5 * 1024 * 1024) / 70,
        );
      return bytesOf(
        `${head}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain\r\n${body}\r\n--z\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}--z--\r\n`,
      );
    },
  },
  {
    name: "giant headers",
    weight: 8,
    apply: (raw) => {
      const text = latin1(raw);
      return bytesOf(
        pick([
          () =>
            text.replace(/^Subject:.*$/im, `Subject: ${"Senior Engineer at Acme ".repeat(10_500)}`),
          () => withHeader(text, `X-Pad: ${"x".repeat(100_000)}`),
          () =>
            withHeader(text, Array.from({ length: 2_000 }, (_, i) => `X-H${i}: v`).join("\r\n")),
          () => withHeader(text, `References: ${"<a@b> ".repeat(5_000)}`),
          () => withHeader(text, `Cc: ${"a@b.com, ".repeat(5_000)}`),
        ])(),
      );
    },
  },
  {
    name: "encoded-word headers",
    weight: 8,
    apply: (raw) => {
      const text = latin1(raw);
      return bytesOf(
        pick([
          () =>
            text.replace(/^Subject:.*$/im, `Subject: ${"=?UTF-8?B?QWNtZSBDb3Jw?= ".repeat(3_000)}`),
          () => text.replace(/^Subject:.*$/im, "Subject: =?UTF-8?B?////invalid base64!!?="),
          () => text.replace(/^From:.*$/im, `From: =?UTF-8?B?${btoa("<jordan.lee@gmail.com>")}?=`),
          () => text.replace(/^Subject:.*$/im, `Subject: =?x-unknown?Q?${"=FF".repeat(2_000)}?=`),
          () => text.replace(/^Subject:.*$/im, `Subject: ${"=?utf-8?q?a?=".repeat(10_000)}`),
        ])(),
      );
    },
  },
  {
    name: "NUL bytes",
    weight: 6,
    apply: (raw) => {
      const out = raw.slice();
      for (let i = 1 + int(64); i > 0; i--) out[int(out.byteLength)] = 0;
      return out;
    },
  },
  {
    name: "invalid charsets",
    weight: 6,
    apply: (raw) => {
      const text = latin1(raw);
      const charset = pick(["x-unknown", "utf-7", "", "utf-8\u0000", "iso-2022-jp", "ucs-4"]);
      return bytesOf(
        /charset=/i.test(text)
          ? text.replace(/charset="?[^";\r\n]*"?/gi, `charset="${charset}"`)
          : withHeader(text, `Content-Type: text/plain; charset="${charset}"`),
      );
    },
  },
  {
    name: "regex-adversarial text",
    weight: 16,
    apply: (raw) => {
      const index = int(ADVERSARIAL.length);
      lastDetail = `#${index}`;
      return bytesOf(insertInBody(latin1(raw), (ADVERSARIAL[index] as () => string)()));
    },
  },
  {
    name: "2 MiB of short lines",
    weight: 1,
    apply: (raw) => bytesOf(insertInBody(latin1(raw), "a\r\n".repeat(600_000))),
  },
];
// `--only <name>` runs one mutation (to profile it); the report's figures then cover it alone.
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
if (only !== undefined) {
  for (const m of MUTATIONS) if (m.name !== only) m.weight = 0;
}
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, m) => sum + m.weight, 0);
function pickMutation(): Mutation {
  let roll = random() * TOTAL_WEIGHT;
  for (const m of MUTATIONS) {
    roll -= m.weight;
    if (roll < 0) return m;
  }
  return MUTATIONS[0] as Mutation;
}

const config = {
  serviceAddress: "rebound@jordanlee.dev",
  maxMessageBytes: 2 * 1024 * 1024,
  d1QueriesPerRun: 50,
};
const noMail = {
  notify: async (): Promise<never> => {
    throw new Error("the inbound pipeline tried to send mail");
  },
  send: async (): Promise<never> => {
    throw new Error("the inbound pipeline tried to send mail");
  },
};

// --- the run ---------------------------------------------------------------------------------
type Sender = "owner" | "stranger" | "wrong secret";
interface Sample {
  detail: string;
  /** CPU of the first run, and the median of all runs of this message. */
  first: number;
  ms: number;
  /** For messages understood and stored: postal-mime alone on the same bytes (best of two). */
  parserMs: number | null;
  bytes: number;
  sender: Sender;
  mutation: string;
  file: string;
}
const samples: Sample[] = [];
const crashes: { file: string; mutation: string; error: string }[] = [];
const ownerLost: { file: string; mutation: string; outcome: string }[] = [];
const outcomes = new Map<string, number>();
let ownerMessages = 0;
let ownerStored = 0;
let ownerFailed = 0;
let fromDamaged = 0;
const started = process.hrtime.bigint();

/** One message, RUNS_PER_MESSAGE times: its outcome, CPU per run and postal-mime's alone, in ms. */
interface Ran {
  outcome: string;
  runs: number[];
  parserMs: number | null;
  error: string | null;
}
type Runner = (
  raw: Uint8Array,
  envelopeFrom: string,
  envelopeTo: string,
  contact: string,
  headersRead: boolean,
  runs?: number,
) => Promise<Ran>;

/** In workerd: the bench worker runs the message and marks each run's edges. */
async function workerdRunner(): Promise<{ run: Runner; dispose(): Promise<void>; markMs: number }> {
  const worker = await startInboundWorker();
  const markMs = await worker.markCostMs();
  const run: Runner = async (raw, envelopeFrom, envelopeTo, contact, _read, runs) => {
    const answer = await worker.post<{
      runs: number[];
      outcome: string;
      error: string | null;
      parser: number[];
    }>(
      "/receive",
      {
        from: envelopeFrom,
        to: envelopeTo,
        contact,
        runs: String(runs ?? RUNS_PER_MESSAGE),
        parse: "1",
      },
      raw,
    );
    const ms = (ns: number) => Math.max(0, ns / 1e6 - markMs);
    return {
      outcome: answer.outcome,
      runs: answer.runs.map(ms),
      parserMs: answer.parser.length > 0 ? Math.min(...answer.parser.map(ms)) : null,
      error: answer.error,
    };
  };
  return { run, dispose: () => worker.dispose(), markMs };
}

/** In Node: receiveEmail() in this process, CPU from process.cpuUsage. */
const nodeRunner: Runner = async (raw, envelopeFrom, envelopeTo, contact, headersRead, count) => {
  let outcome = "";
  let error: string | null = null;
  const runs: number[] = [];
  for (let run = 0; run < (count ?? RUNS_PER_MESSAGE); run++) {
    const start = threadCpu();
    try {
      const result = await receiveEmail(
        standInD1(contact).db,
        config,
        { raw, envelopeFrom, envelopeTo, receivedAt: new Date() },
        { mailer: noMail, claude: null, rawMail: standInBucket },
      );
      outcome =
        result.kind === "stored"
          ? `stored ${result.status}`
          : result.kind === "refused" || result.kind === "dropped"
            ? `${result.kind} ${result.counter}`
            : result.kind;
    } catch (caught) {
      outcome = "crash";
      error ??= caught instanceof Error ? caught.message : String(caught);
    }
    const used = threadCpu(start);
    runs.push((used.user + used.system) / 1000);
  }
  let parserMs: number | null = null;
  if (outcome === "stored processed" && headersRead) {
    const head = readHeaders(raw);
    const bounded = head.ok ? boundedForParse(raw, head.block) : raw;
    const parses: number[] = [];
    for (let run = 0; run < 2; run++) {
      const start = threadCpu();
      try {
        await PostalMime.parse(bounded, {
          forceRfc822Attachments: true,
          attachmentEncoding: "arraybuffer",
          maxNestingDepth: 40,
        });
      } catch {
        // Only the time matters here; the pipeline reported the outcome.
      }
      const used = threadCpu(start);
      parses.push((used.user + used.system) / 1000);
    }
    parserMs = Math.min(...parses);
  }
  return { outcome, runs, parserMs, error };
};

const workerd = IN_NODE ? null : await workerdRunner();
const runMessage: Runner = workerd ? workerd.run : nodeRunner;

// As the Worker does at start-up (src/inbound/warm-up-inbound.ts, which the workerd runner's
// Worker runs itself), then every fixture once: the first event in an isolate pays for
// compiling code and patterns, which is not per-message cost.
if (IN_NODE) await warmUpInbound();
for (const f of fixtures) {
  await runMessage(
    f.raw,
    f.route === "reply" ? f.from : BENCH_USER_ROW.owner_address,
    f.route === "reply" ? CONTACT_TO : FORWARD_TO,
    f.from,
    true,
    1,
  );
}

for (let n = 0; n < COUNT; n++) {
  const fixture = pick(fixtures);
  const mutation = pickMutation();
  lastDetail = "";
  const raw = mutation.apply(fixture.raw);
  const roll = random();
  const sender: Sender = roll < 0.8 ? "owner" : roll < 0.9 ? "stranger" : "wrong secret";
  const reply = fixture.route === "reply";
  const envelopeFrom =
    sender === "stranger"
      ? "someone@evil.example"
      : reply
        ? fixture.from
        : BENCH_USER_ROW.owner_address;
  const envelopeTo =
    sender === "wrong secret"
      ? `jobs+fwd-${"0".repeat(32)}@jordanlee.dev`
      : reply
        ? CONTACT_TO
        : FORWARD_TO;
  const message = sender === "stranger" ? strangerCopy(raw) : raw;

  const head = readHeaders(message);
  // An owner message: its raw From is still one of the owner's addresses (or, for a reply,
  // the known contact's), or its headers cannot be read and the envelope is the owner's.
  const trusted =
    sender === "owner" &&
    (head.ok
      ? head.block.sender !== null &&
        (reply ? head.block.sender === fixture.from : OWNER_ADDRESSES.has(head.block.sender))
      : !reply);

  const { outcome, runs, parserMs, error } = await runMessage(
    message,
    envelopeFrom,
    envelopeTo,
    fixture.from,
    head.ok,
  );
  if (error !== null) crashes.push({ file: fixture.file, mutation: mutation.name, error });
  samples.push({
    parserMs,
    detail: lastDetail,
    first: runs[0] ?? Number.NaN,
    ms: [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? Number.NaN,
    bytes: message.byteLength,
    sender,
    mutation: mutation.name,
    file: fixture.file,
  });
  outcomes.set(`${sender}: ${outcome}`, (outcomes.get(`${sender}: ${outcome}`) ?? 0) + 1);
  if (sender === "owner" && !trusted) fromDamaged += 1;
  if (trusted) {
    if (message.byteLength > config.maxMessageBytes) {
      // Refused at the size cap before it is read: the owner is told why (a bounce).
      if (outcome !== "refused too_large")
        ownerLost.push({ ...fixture, mutation: mutation.name, outcome });
      continue;
    }
    ownerMessages += 1;
    if (outcome === "stored processed") ownerStored += 1;
    else if (outcome === "stored failed") ownerFailed += 1;
    else ownerLost.push({ file: fixture.file, mutation: mutation.name, outcome });
  }
}

/** The same message sent by a stranger: From and envelope both theirs. */
function strangerCopy(raw: Uint8Array): Uint8Array {
  const text = latin1(raw);
  return bytesOf(
    /^From:.*$/im.test(text)
      ? text.replace(/^From:.*$/im, "From: Someone <someone@evil.example>")
      : `From: someone@evil.example\r\n${text}`,
  );
}

// --- the report ------------------------------------------------------------------------------
function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
function summary(label: string, rows: Sample[]) {
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  const first = rows.map((r) => r.first).sort((a, b) => a - b);
  const over = rows.filter((r) => r.ms > BUDGET_MS).length;
  console.log(
    `${label}: ${rows.length} messages, median of ${RUNS_PER_MESSAGE} runs: p50 ${fmt(percentile(ms, 50))}, p99 ${fmt(percentile(ms, 99))}, max ${fmt(ms.at(-1) ?? Number.NaN)}, over ${BUDGET_MS} ms: ${over}; first run: p99 ${fmt(percentile(first, 99))}`,
  );
}

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  workerd
    ? `Fuzz: ${COUNT} mutated messages from ${fixtures.length} fixtures, seed ${SEED}, ${seconds.toFixed(0)} s, in workerd (CPU of the thread that ran the Worker, from /proc, less the marks' ${workerd.markMs.toFixed(2)} ms; median of ${RUNS_PER_MESSAGE} runs per message)`
    : `Fuzz: ${COUNT} mutated messages from ${fixtures.length} fixtures, seed ${SEED}, ${seconds.toFixed(0)} s, in Node ${process.version} (CPU via process.cpuUsage, median of ${RUNS_PER_MESSAGE} runs per message)`,
);
console.log(`Crashes (receiveEmail threw): ${crashes.length}`);
for (const c of crashes.slice(0, 10)) console.log(`  ${c.file} [${c.mutation}]: ${c.error}`);
console.log(
  `Owner messages (raw From still the owner's, or headers unreadable from the owner's envelope), under the size cap: ${ownerMessages}; stored ${ownerStored}, kept as failed ${ownerFailed}, neither ${ownerLost.length}`,
);
for (const l of ownerLost.slice(0, 10))
  console.log(`  not stored: ${l.file} [${l.mutation}] -> ${l.outcome}`);
console.log(
  `Owner sends whose mutation damaged the From header (refused with a reason, nothing stored): ${fromDamaged}`,
);
summary("All messages", samples);
summary(
  `Under ${SMALL_BYTES / 1024} KB`,
  samples.filter((s) => s.bytes < SMALL_BYTES),
);
summary(
  `Owner messages under ${SMALL_BYTES / 1024} KB`,
  samples.filter((s) => s.bytes < SMALL_BYTES && s.sender === "owner"),
);
summary(
  "Strangers (never parsed in full)",
  samples.filter((s) => s.sender === "stranger"),
);
summary(
  "Wrong secret (refused before the headers are read)",
  samples.filter((s) => s.sender === "wrong secret"),
);
{
  const parsed = samples.filter((s) => s.parserMs !== null && s.bytes < SMALL_BYTES);
  // Messages understood (not kept as failed), where the parse is one part of the pipeline.
  const own = parsed.map((s) => Math.max(0, s.ms - (s.parserMs ?? 0))).sort((a, b) => a - b);
  const parser = parsed.map((s) => s.parserMs ?? 0).sort((a, b) => a - b);
  console.log(
    `Messages understood and stored, under ${SMALL_BYTES / 1024} KB (${parsed.length}): postal-mime alone p50 ${fmt(percentile(parser, 50))}, p99 ${fmt(percentile(parser, 99))}; the rest of the pipeline (Rebound's own code) p50 ${fmt(percentile(own, 50))}, p99 ${fmt(percentile(own, 99))}, over ${BUDGET_MS} ms: ${own.filter((ms) => ms > BUDGET_MS).length}`,
  );
}
console.log("By mutation (all senders):");
for (const m of MUTATIONS) {
  const rows = samples.filter((s) => s.mutation === m.name);
  if (rows.length === 0) continue;
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `  ${m.name.padEnd(24)} ${String(rows.length).padStart(5)}  p50 ${fmt(percentile(ms, 50)).padStart(10)}  p99 ${fmt(percentile(ms, 99)).padStart(10)}  max ${fmt(ms.at(-1) ?? 0).padStart(10)}`,
  );
}
console.log("Outcomes:");
for (const [k, v] of [...outcomes].sort()) console.log(`  ${k}: ${v}`);
const slowest = [...samples]
  .sort((a, b) => b.ms - a.ms)
  .slice(0, args.includes("--verbose") ? 30 : 5);
console.log(
  `Slowest: ${slowest.map((s) => `${s.file} [${s.mutation}${s.detail ? ` ${s.detail}` : ""}, ${s.sender}, ${Math.round(s.bytes / 1024)} KB] ${fmt(s.ms)}${s.parserMs === null ? "" : ` (parser ${fmt(s.parserMs)})`}`).join("; ")}`,
);
await workerd?.dispose();
if (crashes.length > 0 || ownerLost.length > 0) process.exitCode = 1;
