// Measures, in a fresh process, the CPU of the first inbound message, with or without the
// start-up warm-up the Worker runs (src/inbound/warm-up-inbound.ts). Prints one JSON line.
// Run by `npm run bench`; `node scripts/bench-cold.ts [--warm-up]`.
import { readFileSync } from "node:fs";
import { receiveEmail } from "../src/inbound/receive-email.ts";
import { warmUpInbound } from "../src/inbound/warm-up-inbound.ts";
import { BENCH_SECRETS, BENCH_USER_ROW } from "./bench-user.ts";

const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
let warmUpMs = 0;
if (process.argv.includes("--warm-up")) {
  const start = process.cpuUsage();
  await warmUpInbound();
  warmUpMs = ms(process.cpuUsage(start));
}
const raw = new Uint8Array(
  readFileSync(
    new URL("../test/fixtures/inbound/fwd-gmail-web-en-northwind-panel-note.eml", import.meta.url)
      .pathname,
  ),
);
/** Answers every query with nothing but the user: the message is understood and planned, then stored. */
const db = {
  prepare: () => {
    const statement = {
      bind: () => statement,
      first: async () => null,
      run: async () => ({ results: [], meta: {} }),
      all: async () => ({ results: [], meta: {} }),
    };
    return statement;
  },
  batch: async (statements: unknown[]) =>
    statements.map((_, i) => ({
      results: i === 0 ? [BENCH_USER_ROW] : i === 1 ? [BENCH_SECRETS] : [],
      meta: {},
    })),
};
const refuse = async (): Promise<never> => {
  throw new Error("no mail in this bench");
};
const start = process.cpuUsage();
const outcome = await receiveEmail(
  db as unknown as D1Database,
  {
    serviceAddress: "rebound@jordanlee.dev",
    maxMessageBytes: 2 * 1024 * 1024,
    d1QueriesPerRun: 50,
  },
  {
    raw,
    envelopeFrom: "jordan.lee@gmail.com",
    envelopeTo: `jobs+fwd-${BENCH_SECRETS.forward_secret}@jordanlee.dev`,
    receivedAt: new Date(),
  },
  { mailer: { notify: refuse, send: refuse }, claude: null },
);
console.log(
  JSON.stringify({ warmUpMs, firstMessageMs: ms(process.cpuUsage(start)), outcome: outcome.kind }),
);
