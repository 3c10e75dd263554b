// npm run bench: CPU time of the inbound pipeline per message, against bare MIME parsing,
// and D1 round trips per message. Runs the Worker's own receiveEmail() in Node (same V8 as
// workerd) over every fixture, with a stand-in D1 that answers instantly and counts round trips,
// so the time measured is Rebound's CPU alone: parse -> route -> unwrap -> classify -> extract ->
// plan of D1 writes -> statements built.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { composeConfirmation } from "../src/commands/compose-confirmation.ts";
import { parseCommands } from "../src/commands/parse-commands.ts";
import { planCommands } from "../src/commands/plan-commands.ts";
import { commandText } from "../src/commands/reply-text.ts";
import type { DigestItemNow } from "../src/db/commands.ts";
import { receiveEmail } from "../src/inbound/receive-email.ts";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import { CONTACT_TO, FORWARD_TO } from "./bench-user.ts";
import type { WorkerdReport } from "./bench-workerd.ts";
import { standInD1 } from "./stand-in-d1.ts";
import { workerdReportLines } from "./workerd-report.ts";

const RUNS_PER_MESSAGE = 30;
const WARMUP_RUNS = 5;

const dir = new URL("../test/fixtures/inbound/", import.meta.url).pathname;
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .sort()
  .map((file) => {
    const raw = new Uint8Array(readFileSync(join(dir, file)));
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.eml$/, ".expected.json")), "utf8"),
    );
    const from =
      /^From:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(new TextDecoder().decode(raw.slice(0, 20000)))?.[1] ??
      "";
    return { file, raw, route: expected.route as string, from: from.toLowerCase() };
  });

const config = {
  serviceAddress: "rebound@jordanlee.dev",
  maxMessageBytes: 2 * 1024 * 1024,
  d1QueriesPerRun: 50,
};

/** The pipeline on a stand-in D1 where the message's sender is the known contact. */
async function pipelineOnce(f: (typeof fixtures)[number], db = standInD1(f.from)) {
  return receiveEmail(
    db.db,
    config,
    {
      raw: f.raw,
      envelopeFrom: f.from,
      // The owner forwards to the secret forwarding address; contacts write to the contact one.
      envelopeTo: f.route === "reply" ? CONTACT_TO : FORWARD_TO,
      receivedAt: new Date(),
    },
    { mailer: noMail, claude: null },
  );
}

/** Inbound mail never sends anything; a send here would be a bug. */
const noMail = {
  notify: refuseToSend,
  send: refuseToSend,
};

async function refuseToSend(): Promise<never> {
  throw new Error("the inbound pipeline tried to send mail");
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

async function measure(run: (f: (typeof fixtures)[number]) => Promise<unknown>) {
  const samples: number[] = [];
  const worst = new Map<string, number>();
  for (const f of fixtures) {
    for (let i = 0; i < WARMUP_RUNS; i++) await run(f);
    for (let i = 0; i < RUNS_PER_MESSAGE; i++) {
      const start = process.cpuUsage();
      await run(f);
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      samples.push(ms);
      worst.set(f.file, Math.max(worst.get(f.file) ?? 0, ms));
    }
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p99: percentile(samples, 99), worst };
}

// The very first message pays for V8 compiling the code and every pattern on first use, as a
// Worker's first event in a fresh isolate does, unless the Worker's start-up warm-up did it.
// Each is measured in a fresh process, median of five.
function coldRuns(args: string[]): { warmUpMs: number; firstMessageMs: number } {
  const runs = Array.from({ length: 5 }, () => {
    const out = execFileSync(
      process.execPath,
      [new URL("./bench-cold.ts", import.meta.url).pathname, ...args],
      {
        encoding: "utf8",
      },
    );
    return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as {
      warmUpMs: number;
      firstMessageMs: number;
    };
  });
  const mid = (values: number[]) => values.sort((a, b) => a - b)[2] ?? Number.NaN;
  return {
    warmUpMs: mid(runs.map((r) => r.warmUpMs)),
    firstMessageMs: mid(runs.map((r) => r.firstMessageMs)),
  };
}
const coldWithout = coldRuns([]);
const coldWith = coldRuns(["--warm-up"]);

const outcomes = new Map<string, number>();
const trips: number[] = [];
const statements: number[] = [];
for (const f of fixtures) {
  const db = standInD1(f.from);
  const outcome = await pipelineOnce(f, db);
  outcomes.set(outcome.kind, (outcomes.get(outcome.kind) ?? 0) + 1);
  trips.push(db.counts.roundTrips);
  statements.push(db.counts.statements);
}
const heapBefore = process.memoryUsage().heapUsed;
const pipeline = await measure((f) => pipelineOnce(f));
const parse = await measure((f) => PostalMime.parse(f.raw));
const heapAfter = process.memoryUsage().heapUsed;

// A command reply: "approve all" plus an edit, above a fully quoted 30-draft digest, as Gmail
// sends it. Measured: MIME parse, own words, grammar, planning against the digest, confirmation.
const DIGEST_DRAFTS = 30;
const digestItems: DigestItemNow[] = Array.from({ length: DIGEST_DRAFTS }, (_, i) => ({
  number: i + 1,
  draftId: `d${i + 1}`,
  shownVersion: 1,
  state: "pending",
  version: 1,
  kind: i % 3 === 0 ? "linkedin_note" : "appreciation",
  channel: i % 3 === 0 ? "linkedin" : "email",
  contactId: `c${i + 1}`,
  contactName: `Person ${i + 1}`,
  contactEmail: `person${i + 1}@example.org`,
  doNotContact: false,
  subject: "Thank you",
  body: "Hi,\n\nThank you for your time during the process. I enjoyed our conversations.\n\nJordan",
}));
const quotedDigest = digestItems
  .flatMap((item) => [
    `> ${item.number}.  Thank-you to ${item.contactName} (Example Ltd)`,
    `>     To: ${item.contactName} <${item.contactEmail}>`,
    ">     Why: A short thank-you with no hard feelings stands out.",
    ">",
    ...item.body.split("\n").map((l) => `>     ${l}`),
    ">",
  ])
  .join("\r\n");
const commandReply = new TextEncoder().encode(
  [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: jobs+0123456789abcdef0123456789abcdef@jordanlee.dev",
    "Subject: Re: Rebound: 30 drafts to approve",
    "Message-ID: <bench-reply@mail.gmail.com>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "edit 2",
    "Hi Person, thank you again for the conversation about testing. Jordan",
    "approve all",
    "",
    "On Sat, 5 Dec 2026 at 08:00, Rebound <rebound@jordanlee.dev> wrote:",
    quotedDigest,
    "",
  ].join("\r\n"),
);
async function commandReplyOnce() {
  const email = await parseEmail(commandReply);
  const parsed = parseCommands(commandText(email.text));
  const plan = planCommands(parsed.commands, digestItems, new Date());
  const applied = {
    approved: new Set(plan.approve.map((a) => a.draftId)),
    edited: new Set(plan.edit.map((e) => e.draftId)),
    skipped: new Set<string>(),
    snoozed: new Set<string>(),
    filled: new Set<string>(),
    addressed: new Set<string>(),
    confirmed: new Set<string>(),
    released: new Set<string>(),
    declined: new Set<string>(),
  };
  const deliveries = [...applied.approved, ...applied.edited].map((draftId) => ({
    draftId,
    kind: "appreciation" as const,
    to: "Maya Ortiz",
    subject: "Thank you",
    outcome: {
      state: "sent" as const,
      via: "handoff" as const,
      platformMessageId: null,
      note: null,
    },
    recorded: true,
  }));
  return composeConfirmation(
    { plan, applied, deliveries, items: digestItems, parseProblems: [], empty: false },
    {
      serviceAddress: "rebound@jordanlee.dev",
      ownerAddress: "jordan.lee@gmail.com",
      replyMessageId: email.messageId,
      replySubject: email.subject,
      replyAddress: "jobs+0123456789abcdef0123456789abcdef@jordanlee.dev",
    },
  );
}
const commandSamples: number[] = [];
for (let i = 0; i < 600; i++) {
  const start = process.cpuUsage();
  await commandReplyOnce();
  const used = process.cpuUsage(start);
  if (i >= 100) commandSamples.push((used.user + used.system) / 1000);
}
commandSamples.sort((a, b) => a - b);

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(
  `Fixtures: ${fixtures.length} messages × ${RUNS_PER_MESSAGE} runs (Node ${process.version}, CPU time via process.cpuUsage)`,
);
console.log(`Outcomes: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(
  `Whole inbound pipeline: median ${fmt(pipeline.median)}, p99 ${fmt(pipeline.p99)} (budget: 10 ms CPU per event on the free plan)`,
);
console.log(
  `First message in a fresh process: ${fmt(coldWithout.firstMessageMs)} without warm-up; ${fmt(coldWith.firstMessageMs)} after the Worker's start-up warm-up, which itself takes ${fmt(coldWith.warmUpMs)} (start-up limit 1 s)`,
);
console.log(`postal-mime parse alone: median ${fmt(parse.median)}, p99 ${fmt(parse.p99)}`);
console.log(
  `Ratio pipeline / parse: median ${(pipeline.median / parse.median).toFixed(2)}×, p99 ${(pipeline.p99 / parse.p99).toFixed(2)}×`,
);
console.log(
  `D1 round trips per message: min ${Math.min(...trips)}, max ${Math.max(...trips)}, mean ${(trips.reduce((a, b) => a + b, 0) / trips.length).toFixed(2)} (budget ≤ 6; free plan caps 50 queries per invocation)`,
);
console.log(
  `D1 statements per message: max ${Math.max(...statements)}, mean ${(statements.reduce((a, b) => a + b, 0) / statements.length).toFixed(1)} (the free plan's 50-query cap counts these)`,
);
const slowest = [...pipeline.worst].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(
  `Slowest messages (worst run): ${slowest.map(([f, ms]) => `${f} ${fmt(ms)}`).join(", ")}`,
);
console.log(
  `Heap growth over the benchmark: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB`,
);
console.log(
  `Command reply (${commandReply.byteLength} bytes, approve all + edit over a quoted ${DIGEST_DRAFTS}-draft digest; parse, own words, grammar, plan, confirmation): median ${fmt(percentile(commandSamples, 50))}, p90 ${fmt(percentile(commandSamples, 90))}, p99 ${fmt(percentile(commandSamples, 99))}`,
);
console.log(
  "Command reply D1 cost: 1 batch to read, 1 transaction to apply, 1 batch to claim, 1 write per draft sent, 1 to record (see test/commands/reply-budget.test.ts)",
);

// The same Worker in workerd, as deployed (scripts/bench-workerd.ts): Node's figures above
// overstate postal-mime several times; these are the ones the 10 ms CPU limit is about.
if (!process.argv.includes("--node-only")) {
  const workerd = JSON.parse(
    execFileSync(
      process.execPath,
      [
        new URL("./bench-workerd.ts", import.meta.url).pathname,
        "--no-summary",
        ...process.argv.slice(2),
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    )
      .trim()
      .split("\n")
      .at(-1) ?? "{}",
  ) as WorkerdReport;
  console.log(workerdReportLines(workerd, loadavg()[0] ?? 0).join("\n"));
}
