// `node scripts/bench-regex.ts [--top N] [--only NAME]`: which regular expressions the
// inbound fixtures' first sights pay for, in Node (the same V8 as workerd, a few versions
// apart). Every RegExp execution is timed (RegExp.prototype.exec is wrapped, so test, replace,
// match, matchAll and split pass through it too) and charged to its pattern and to the width
// of the text it ran on (V8 compiles a pattern once for one-byte and once for two-byte text).
// Runs the start-up warm-up, then every fixture once (first sights) and once more; prints the
// patterns whose first-sight time exceeds their second-pass time the most, and those the
// warm-up never ran. Wrapping makes every execution slower, so read ranks, not figures.
import { performance } from "node:perf_hooks";
import { CONTACT_TO, FORWARD_TO } from "./bench-user.ts";
import { inboundFixtures } from "./inbound-fixtures.ts";
import { standInD1 } from "./stand-in-d1.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const TOP = Number(arg("--top") ?? 40) || 40;
const root = new URL("..", import.meta.url).pathname;

interface Cost {
  label: string;
  calls: [number, number, number];
  ms: [number, number, number];
  /** The first two executions (V8 interprets the first and compiles to machine code on the next). */
  opening: number;
}
const costs = new Map<string, Cost>();
let phase: 0 | 1 | 2 = 0;
const original = RegExp.prototype.exec;
/** Whether V8 keeps the text two bytes a character (anything past Latin-1 in it). */
function isTwoByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}
RegExp.prototype.exec = function timedExec(this: RegExp, text: string) {
  const wide = isTwoByte(String(text)) ? "2" : "1";
  const key = `${this.source}/${this.flags} ${wide}`;
  const start = performance.now();
  const result = original.call(this, text);
  const ms = performance.now() - start;
  let cost = costs.get(key);
  if (!cost) {
    cost = { label: key, calls: [0, 0, 0], ms: [0, 0, 0], opening: 0 };
    costs.set(key, cost);
  }
  if (cost.calls[0] + cost.calls[1] + cost.calls[2] < 2) cost.opening += ms;
  cost.calls[phase]++;
  cost.ms[phase] += ms;
  return result;
};

const { warmUpInbound } = await import("../src/inbound/warm-up-inbound.ts");
const { receiveEmail } = await import("../src/inbound/receive-email.ts");
await warmUpInbound();

const fixtures = inboundFixtures(root, arg("--only"));
const config = {
  serviceAddress: "rebound@jordanlee.dev",
  maxMessageBytes: 2 * 1024 * 1024,
  d1QueriesPerRun: 50,
};
const noMail = {
  notify: refuse,
  send: refuse,
};
async function refuse(): Promise<never> {
  throw new Error("the inbound pipeline tried to send mail");
}
const totals = [0, 0, 0];
for (const pass of [1, 2] as const) {
  phase = pass;
  for (const f of fixtures) {
    const start = performance.now();
    await receiveEmail(
      standInD1(f.from).db,
      config,
      {
        raw: new TextEncoder().encode(f.raw),
        envelopeFrom: f.from,
        envelopeTo: f.route === "reply" ? CONTACT_TO : FORWARD_TO,
        receivedAt: new Date(),
      },
      { mailer: noMail, claude: null },
    );
    totals[pass] = (totals[pass] ?? 0) + performance.now() - start;
  }
}
RegExp.prototype.exec = original;

const ran = (i: 0 | 1 | 2) => [...costs.values()].filter((c) => c.calls[i] > 0).length;
console.log(
  `pattern-widths run: by the warm-up ${ran(0)}, by the first sights ${ran(1)} (${
    [...costs.values()].filter((c) => c.calls[0] === 0 && c.calls[1] > 0).length
  } of them new)`,
);
const sum = (i: 0 | 1 | 2) => [...costs.values()].reduce((s, c) => s + c.ms[i], 0);
console.log(
  `${fixtures.length} fixtures: first sights ${totals[1]?.toFixed(1)} ms (regex ${sum(1).toFixed(1)}), ` +
    `second pass ${totals[2]?.toFixed(1)} ms (regex ${sum(2).toFixed(1)}); warm-up regex ${sum(0).toFixed(1)} ms`,
);
const rows = [...costs.values()].sort((a, b) => b.ms[1] - b.ms[2] - (a.ms[1] - a.ms[2]));
console.log("\nFirst-sight excess (first pass less second), ms, calls warm-up/first/second:");
for (const c of rows.slice(0, TOP)) {
  const label = c.label.length > 150 ? `${c.label.slice(0, 147)}…` : c.label;
  console.log(
    `${(c.ms[1] - c.ms[2]).toFixed(2).padStart(8)}  ${c.calls.join("/").padEnd(14)} ${label}`,
  );
}
const unseen = [...costs.values()]
  .filter((c) => c.calls[0] === 0 && c.calls[1] > 0)
  .sort((a, b) => b.opening - a.opening);
console.log(
  "\nFirst run after the warm-up: the first two executions, ms, calls warm-up/first/second:",
);
for (const c of unseen.slice(0, TOP)) {
  const label = c.label.length > 150 ? `${c.label.slice(0, 147)}…` : c.label;
  console.log(`${c.opening.toFixed(2).padStart(8)}  ${c.calls.join("/").padEnd(14)} ${label}`);
}
console.log(
  `\n${unseen.length} pattern-widths first ran after the warm-up: their first two executions ${unseen
    .reduce((s, c) => s + c.opening, 0)
    .toFixed(
      1,
    )} ms, all of the first pass ${unseen.reduce((s, c) => s + c.ms[1], 0).toFixed(1)} ms`,
);
