// The Worker `npm run bench` and `npm run fuzz` run in workerd (started with wrangler's
// unstable_startWorker and the project's wrangler.toml). It is Rebound's own Worker,
// src/index.ts, so its start-up (module evaluation, the warm-up) is the real one; the bench
// hands it messages over fetch and it runs them through the real email() handler or the
// pipeline behind it, on a D1 stand-in that answers from memory at once (scripts/stand-in-d1.ts)
// or, with `db=real`, on local D1.
//
// CPU: workerd gives a Worker no clock that moves while it computes, so at each edge of the
// measured work the Worker asks the bench (BENCH_MARK_URL) to read workerd's per-thread CPU
// from /proc (scripts/workerd-cpu.ts). The marks' own cost is measured by /noop and taken off
// by the bench.
import PostalMime from "postal-mime";
import { readConfig } from "../src/env.ts";
import { boundedForParse, readHeaders } from "../src/inbound/read-headers.ts";
import { receiveEmail } from "../src/inbound/receive-email.ts";
import worker from "../src/index.ts";
import { classifyMessage } from "../src/understand/classify.ts";
import { extractDetails } from "../src/understand/extract-details.ts";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import { readMessage } from "../src/understand/read-message.ts";
import { extractInputOf, understandEmail } from "../src/understand/understand-email.ts";
import { measured } from "./bench-marks.ts";
import { standInBucket, standInD1 } from "./stand-in-d1.ts";

interface BenchEnv extends Env {
  BENCH_MARK_URL?: string;
}

const refuseToSend = async (): Promise<never> => {
  throw new Error("the inbound pipeline tried to send mail");
};

/** An Email Routing message around raw bytes, as the runtime hands it to email(). */
function emailMessage(raw: Uint8Array, from: string, to: string) {
  const state = { rejected: null as string | null };
  const message = {
    from,
    to,
    raw: new Response(raw).body,
    rawSize: raw.byteLength,
    headers: new Headers(),
    setReject(reason: string) {
      state.rejected = reason;
    },
    forward: refuseToSend,
    reply: refuseToSend,
  } as unknown as ForwardableEmailMessage;
  return { message, state };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export default {
  async fetch(request, env: BenchEnv) {
    const url = new URL(request.url);
    const q = (name: string) => url.searchParams.get(name) ?? "";
    if (url.pathname === "/warm") {
      const { warmUpInbound } = await import("../src/inbound/warm-up-inbound.ts");
      const { ns, value } = await measured(env, () => warmUpInbound());
      return Response.json({ ns, outcomes: value.map((o) => o.kind) });
    }
    if (url.pathname === "/noop") {
      const { ns } = await measured(env, async () => null);
      return Response.json({ ns });
    }
    if (url.pathname === "/email") {
      // The real email() handler, as Email Routing calls it.
      const raw = new Uint8Array(await request.arrayBuffer());
      const standIn = standInD1(q("contact"));
      const db = q("db") === "real" ? env.DB : standIn.db;
      const rawMail = q("db") === "real" ? env.RAW_MAIL : standInBucket;
      const { message, state } = emailMessage(raw, q("from"), q("to"));
      let threw: string | null = null;
      const { ns } = await measured(env, async () => {
        try {
          await worker.email(message, { ...env, DB: db, RAW_MAIL: rawMail });
        } catch (error) {
          threw = errorText(error);
        }
      });
      return Response.json({
        ns,
        rejected: state.rejected,
        threw,
        roundTrips: standIn.counts.roundTrips,
      });
    }
    if (url.pathname === "/split") {
      // Where a message's CPU goes, `n` times in one measured region (the marks' noise
      // amortised): the MIME parse alone, and the whole pipeline.
      const raw = new Uint8Array(await request.arrayBuffer());
      const n = Math.max(1, Number(q("n")) || 20);
      const config = readConfig(env);
      const parse = await measured(env, async () => {
        for (let i = 0; i < n; i++) await parseEmail(raw);
      });
      const email = await parseEmail(raw);
      const self = { addresses: ["jordan.lee@gmail.com"], names: ["Jordan Lee"] };
      const understand = await measured(env, async () => {
        for (let i = 0; i < n; i++) understandEmail(email, self);
      });
      const whole = await measured(env, async () => {
        for (let i = 0; i < n; i++) {
          await receiveEmail(
            standInD1(q("contact")).db,
            config,
            { raw, envelopeFrom: q("from"), envelopeTo: q("to"), receivedAt: new Date() },
            {
              mailer: { notify: refuseToSend, send: refuseToSend },
              claude: null,
              rawMail: standInBucket,
            },
          );
        }
      });
      return Response.json({
        parseNs: parse.ns / n,
        understandNs: understand.ns / n,
        wholeNs: whole.ns / n,
      });
    }
    if (url.pathname === "/phases") {
      // One message's steps, each between its own marks, in the order the pipeline takes them:
      // the MIME parse, unwrapping (forward, newest message), classifying, extracting (employer,
      // role, people); then the whole pipeline on the same bytes, whose parse and understanding
      // have just run once (the bench takes their second sight off to leave routing, planning,
      // drafting and the D1 statements).
      const raw = new Uint8Array(await request.arrayBuffer());
      const self = { addresses: ["jordan.lee@gmail.com"], names: ["Jordan Lee"] };
      const parse = await measured(env, () => parseEmail(raw));
      const email = parse.value;
      const unwrap = await measured(env, async () => readMessage(email, self));
      const read = unwrap.value;
      const classify = await measured(env, async () => classifyMessage(read.input));
      const category = read.onlyOwn ? "other" : classify.value.category;
      const extract = await measured(env, async () =>
        extractDetails(extractInputOf(email, read, category, self)),
      );
      const whole = await measured(env, () =>
        receiveEmail(
          standInD1(q("contact")).db,
          readConfig(env),
          { raw, envelopeFrom: q("from"), envelopeTo: q("to"), receivedAt: new Date() },
          {
            mailer: { notify: refuseToSend, send: refuseToSend },
            claude: null,
            rawMail: standInBucket,
          },
        ),
      );
      return Response.json({
        parseNs: parse.ns,
        unwrapNs: unwrap.ns,
        classifyNs: classify.ns,
        extractNs: extract.ns,
        wholeNs: whole.ns,
      });
    }
    if (url.pathname === "/receive") {
      // The pipeline behind email(), `runs` times on the same bytes, with its outcome; with
      // `parse=1`, also postal-mime alone on the bytes the pipeline gives it (twice).
      const raw = new Uint8Array(await request.arrayBuffer());
      const config = readConfig(env);
      const runs: number[] = [];
      let outcome = "";
      let error: string | null = null;
      for (let run = 0; run < Math.max(1, Number(q("runs")) || 1); run++) {
        const { ns, value } = await measured(env, async () => {
          try {
            const result = await receiveEmail(
              standInD1(q("contact")).db,
              config,
              { raw, envelopeFrom: q("from"), envelopeTo: q("to"), receivedAt: new Date() },
              {
                mailer: { notify: refuseToSend, send: refuseToSend },
                claude: null,
                rawMail: standInBucket,
              },
            );
            return result.kind === "stored"
              ? `stored ${result.status}`
              : result.kind === "refused" || result.kind === "dropped"
                ? `${result.kind} ${result.counter}`
                : result.kind;
          } catch (caught) {
            error ??= errorText(caught);
            return "crash";
          }
        });
        runs.push(ns);
        outcome = value;
      }
      const parser: number[] = [];
      const head = readHeaders(raw);
      if (q("parse") === "1" && outcome === "stored processed" && head.ok) {
        const bounded = boundedForParse(raw, head.block);
        for (let run = 0; run < 2; run++) {
          const { ns } = await measured(env, async () => {
            try {
              await PostalMime.parse(bounded, {
                forceRfc822Attachments: true,
                attachmentEncoding: "arraybuffer",
                maxNestingDepth: 40,
              });
            } catch {
              // Only the time matters here; the pipeline reported the outcome.
            }
          });
          parser.push(ns);
        }
      }
      return Response.json({ runs, outcome, error, parser });
    }
    return new Response("not found", { status: 404 });
  },
} satisfies ExportedHandler<BenchEnv>;
