// The Worker `npm run bench:fleet` runs in workerd (scripts/bench-fleet.ts starts it with
// wrangler's unstable_startWorker and the project's wrangler.toml: the same D1, the same queue
// and consumer settings). It is Rebound's own Worker, src/index.ts, with each invocation
// measured: the real scheduled() and queue() handlers run on a D1 binding that counts
// statements, round trips and rows read, and times how long the invocation waited on it.
// Mail is not sent (a binding that only counts), so 10,000 digests do not write 10,000 files.
import worker from "../src/index.ts";
import { observedD1, rowsRead } from "../test/support/observed-d1.ts";

/** One measured invocation, as the bench reads it from /stats (scripts/bench-fleet.ts). */
export interface Invocation {
  kind: string;
  queries: number;
  roundTrips: number;
  rowsRead: number;
  /** Wall time minus the time spent waiting on D1, the queue and the mail binding. */
  cpuMs: number;
  /** CPU time of the workerd thread that ran the Worker over the invocation (from /proc). */
  processCpuMs: number;
  /**
   * The same, for the invocation run again at once on D1's recorded answers (`replayDb`): the
   * Worker's own CPU, without local D1. Null when the replay diverged from the recording.
   */
  workerCpuMs: number | null;
  replayNote: string | null;
  wallMs: number;
  outcome: string;
}

const invocations: Invocation[] = [];
let sends = 0;

/** A statement's SQL and D1's answer to it, as the JSON the D1 client decodes. */
interface Answer {
  sql: string;
  json: string;
}

interface Meter {
  queries: number;
  roundTrips: number;
  rowsRead: number;
  waitMs: number;
  /** Every answer local D1 gave, in order, as JSON, for the replay (see `replayDb`). */
  answers: Answer[];
}

/** Awaits an I/O promise, adding its wait to the meter. */
async function timed<T>(meter: Meter, promise: Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await promise;
  } finally {
    meter.waitMs += performance.now() - start;
  }
}

/**
 * The real D1 binding, counting every statement (a batch counts each of its statements) and
 * round trip, the rows read and the wait, and keeping each answer for the replay.
 */
function meteredDb(meter: Meter, db: D1Database): D1Database {
  return observedD1(db, async (trip, send) => {
    meter.queries += trip.statements.length;
    meter.roundTrips += 1;
    const results = await timed(meter, send());
    for (const result of results) meter.rowsRead += rowsRead(result);
    meter.answers.push(
      trip.batch
        ? { sql: "batch", json: JSON.stringify(results) }
        : { sql: trip.statements[0]?.sql ?? "?", json: JSON.stringify(results[0]) },
    );
    return results;
  });
}

/**
 * A D1 stand-in that answers each statement at once with what local D1 answered the same
 * statement in the recorded run: replaying an invocation on it measures the Worker's own CPU,
 * without local D1's SQLite, which runs on the Worker's thread here but is billed to D1 in
 * production. Each answer is decoded from JSON, as the D1 client decodes D1's response in the
 * Worker's isolate. A statement that differs from the recording ends the replay (reported).
 */
function replayDb(answers: Answer[]): D1Database {
  let next = 0;
  const answer = (sql: string): unknown => {
    const recorded = answers[next];
    next += 1;
    if (!recorded || recorded.sql !== sql) throw new ReplayDiverged(sql);
    // Decoded here, as the real D1 client decodes the response in the Worker's isolate.
    return JSON.parse(recorded.json);
  };
  const statement = (sql: string): D1PreparedStatement => {
    const s = {
      bind: () => s,
      first: async (column?: string) => {
        const row = (answer(sql) as D1Result<Record<string, unknown>>).results[0] ?? null;
        return column === undefined || row === null ? row : row[column];
      },
      all: async () => answer(sql),
      run: async () => answer(sql),
      raw: async () => answer(sql),
    };
    return s as unknown as D1PreparedStatement;
  };
  return {
    prepare: statement,
    batch: async () => answer("batch"),
    exec: async () => {
      throw new ReplayDiverged("exec");
    },
    withSession: () => {
      throw new ReplayDiverged("withSession");
    },
    dump: async () => new ArrayBuffer(0),
    get unconsumed() {
      return answers.length - next;
    },
  } as unknown as D1Database;
}

class ReplayDiverged extends Error {
  constructor(sql: string) {
    super(`the replay asked D1 something the recorded run did not: ${sql.slice(0, 80)}`);
  }
}

function replayEnv(env: Env, answers: Answer[]): Env {
  return {
    ...env,
    DB: replayDb(answers),
    JOBS: { send: async () => undefined, sendBatch: async () => undefined } as unknown as Queue,
    EMAIL: {
      send: async () => ({ messageId: "<replay@email.cloudflare.net>" }),
    } as unknown as SendEmail,
  };
}

function meteredQueue(meter: Meter, queue: Queue): Queue {
  return {
    send: (body, options) => timed(meter, queue.send(body, options)),
    sendBatch: (messages, options) => timed(meter, queue.sendBatch(messages, options)),
  } as Queue;
}

function meteredEnv(meter: Meter, env: Env): Env {
  const email = {
    send: async () => {
      sends += 1;
      return { messageId: `<bench-${sends}@email.cloudflare.net>` };
    },
  };
  return {
    ...env,
    DB: meteredDb(meter, env.DB),
    JOBS: meteredQueue(meter, env.JOBS),
    EMAIL: email as unknown as SendEmail,
  };
}

/**
 * Asks the bench (scripts/bench-fleet.ts, listening on BENCH_MARK_URL) to read workerd's CPU
 * time from /proc at an invocation's edge: workerd has no CPU clock a Worker can read, and on
 * a shared machine wall time counts other processes' time too. Returns the CPU ns it read.
 */
async function markCpu(env: Env, edge: "start" | "end"): Promise<number> {
  const url = (env as unknown as { BENCH_MARK_URL?: string }).BENCH_MARK_URL;
  if (!url) return 0;
  const response = await fetch(`${url}?edge=${edge}`);
  return Number(await response.text());
}

async function measure(
  kind: string,
  env: Env,
  run: (env: Env, replaying: boolean) => Promise<string>,
) {
  const meter: Meter = { queries: 0, roundTrips: 0, rowsRead: 0, waitMs: 0, answers: [] };
  await markCpu(env, "start");
  const start = performance.now();
  let outcome = "ok";
  try {
    outcome = await run(meteredEnv(meter, env), false);
  } catch (error) {
    outcome = `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  const wallMs = performance.now() - start;
  const cpuNs = await markCpu(env, "end");
  // The same invocation again, on D1's recorded answers: the Worker's own CPU.
  let workerCpuMs: number | null = null;
  let replayNote: string | null = null;
  const replay = replayEnv(env, meter.answers);
  await markCpu(env, "start");
  try {
    await run(replay, true);
  } catch (error) {
    replayNote = error instanceof Error ? error.message : String(error);
  }
  const replayNs = await markCpu(env, "end");
  const left = (replay.DB as unknown as { unconsumed: number }).unconsumed;
  if (replayNote === null && left > 0) replayNote = `${left} recorded answers left unasked`;
  if (replayNote === null) workerCpuMs = replayNs / 1e6;
  invocations.push({
    workerCpuMs,
    replayNote,
    processCpuMs: cpuNs / 1e6,
    kind,
    queries: meter.queries,
    roundTrips: meter.roundTrips,
    rowsRead: meter.rowsRead,
    cpuMs: Math.max(0, wallMs - meter.waitMs),
    wallMs,
    outcome,
  });
}

async function scheduled(controller: ScheduledController, env: Env) {
  await measure("scheduled", env, async (metered) => {
    await worker.scheduled(controller, metered);
    return "ok";
  });
}

export default {
  scheduled,

  /**
   * The local broker hands over up to 100 messages at a time (the bench's own consumer
   * settings, for speed); each is run and measured as an invocation of its own, exactly as
   * wrangler.toml's max_batch_size = 1 delivers them in production, one after another.
   */
  async queue(batch, env) {
    for (const message of batch.messages) {
      const body = message.body as { type?: string } | undefined;
      await measure(`queue:${body?.type ?? "?"}`, env, async (metered, replaying) => {
        const outcomes: string[] = [];
        const single = {
          queue: batch.queue,
          messages: [
            {
              id: message.id,
              body: message.body,
              attempts: message.attempts,
              timestamp: message.timestamp,
              // The replay leaves the real message alone.
              ack: () => {
                outcomes.push("ack");
                if (!replaying) message.ack();
              },
              retry: (options?: QueueRetryOptions) => {
                outcomes.push("retry");
                if (!replaying) message.retry(options);
              },
            },
          ],
          ackAll: () => {
            if (!replaying) message.ack();
          },
          retryAll: (options?: QueueRetryOptions) => {
            if (!replaying) message.retry(options);
          },
        } as unknown as MessageBatch;
        await worker.queue(single, metered);
        return outcomes.join(",") || "implicit";
      });
    }
  },

  /** The bench's control surface: run the cron at a simulated instant, read the figures. */
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/cron") {
      const scheduledTime = Number(url.searchParams.get("at"));
      await scheduled(
        { scheduledTime, cron: "0 * * * *", noRetry: () => undefined } as ScheduledController,
        env,
      );
      return Response.json({ ok: true });
    }
    if (url.pathname === "/calibrate") {
      // Invocations that do nothing: what the metering and the marks cost by themselves.
      for (let i = 0; i < 20; i++) await measure("calibrate", env, async () => "ok");
      // And invocations that only make three trivial D1 round trips: local D1 runs its SQLite
      // on the Worker's thread, which production bills to D1, not to the Worker.
      for (let i = 0; i < 20; i++) {
        await measure("calibrate:d1", env, async (metered) => {
          for (let k = 0; k < 3; k++) await metered.DB.prepare("SELECT 1 AS one").all();
          return "ok";
        });
      }
      return Response.json({ ok: true });
    }
    if (url.pathname === "/stats") {
      const from = Number(url.searchParams.get("from") ?? 0);
      return Response.json({ invocations: invocations.slice(from), total: invocations.length });
    }
    if (url.pathname === "/sql") {
      const { sql, params } = (await request.json()) as { sql: string; params?: unknown[] };
      const result = await env.DB.prepare(sql)
        .bind(...(params ?? []))
        .all();
      return Response.json(result.results);
    }
    return new Response("not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
