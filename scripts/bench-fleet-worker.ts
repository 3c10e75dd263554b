// The Worker `npm run bench:fleet` runs in workerd (scripts/bench-fleet.ts starts it with
// wrangler's unstable_startWorker and the project's wrangler.toml: the same D1, the same queue
// and consumer settings). It is Rebound's own Worker, src/index.ts, with each invocation
// measured: the real scheduled() and queue() handlers run on a D1 binding that counts
// statements, round trips and rows read, and times how long the invocation waited on it.
// Mail is not sent (a binding that only counts), so 10,000 digests do not write 10,000 files.
import worker from "../src/index.ts";

interface Invocation {
  kind: string;
  queries: number;
  roundTrips: number;
  rowsRead: number;
  /** Wall time minus the time spent waiting on D1, the queue and the mail binding. */
  cpuMs: number;
  /** CPU time of the workerd thread that ran the Worker over the invocation (from /proc). */
  processCpuMs: number;
  wallMs: number;
  outcome: string;
}

const invocations: Invocation[] = [];
let sends = 0;

/** The key a metering statement answers with the statement it wraps. */
const ORIGINAL = Symbol("original");

interface Meter {
  queries: number;
  roundTrips: number;
  rowsRead: number;
  waitMs: number;
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

function rowsOf(result: unknown): number {
  const meta = (result as { meta?: { rows_read?: number } } | null)?.meta;
  return meta?.rows_read ?? 0;
}

function meteredStatement(meter: Meter, statement: D1PreparedStatement): D1PreparedStatement {
  return new Proxy(statement, {
    get(target, key) {
      if (key === ORIGINAL) return target;
      if (key === "bind") {
        return (...values: unknown[]) => meteredStatement(meter, target.bind(...values));
      }
      if (key === "first") {
        // first() hides the result's meta: read all() and take the first row, as first() does.
        return async (column?: string) => {
          meter.queries += 1;
          meter.roundTrips += 1;
          const result = await timed(meter, target.all<Record<string, unknown>>());
          meter.rowsRead += rowsOf(result);
          const row = result.results[0] ?? null;
          return column === undefined || row === null ? row : row[column];
        };
      }
      if (key === "all" || key === "run" || key === "raw") {
        return async (...args: unknown[]) => {
          meter.queries += 1;
          meter.roundTrips += 1;
          const method = Reflect.get(target, key) as (...a: unknown[]) => Promise<unknown>;
          const result = await timed(meter, method.apply(target, args));
          meter.rowsRead += rowsOf(result);
          return result;
        };
      }
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The real D1 binding, counting every statement (a batch counts each of its statements). */
function meteredDb(meter: Meter, db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, key) {
      if (key === "prepare") {
        return (sql: string) => meteredStatement(meter, target.prepare(sql));
      }
      if (key === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          meter.queries += statements.length;
          meter.roundTrips += 1;
          // The statements are metering proxies; D1 needs the originals underneath.
          const results = await timed(meter, target.batch(statements.map(unwrap)));
          for (const result of results) meter.rowsRead += rowsOf(result);
          return results;
        };
      }
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function unwrap(statement: D1PreparedStatement): D1PreparedStatement {
  return (statement as unknown as Record<symbol, D1PreparedStatement>)[ORIGINAL] ?? statement;
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

async function measure(kind: string, env: Env, run: (env: Env) => Promise<string>) {
  const meter: Meter = { queries: 0, roundTrips: 0, rowsRead: 0, waitMs: 0 };
  await markCpu(env, "start");
  const start = performance.now();
  let outcome = "ok";
  try {
    outcome = await run(meteredEnv(meter, env));
  } catch (error) {
    outcome = `threw: ${error instanceof Error ? error.message : String(error)}`;
  }
  const wallMs = performance.now() - start;
  const cpuNs = await markCpu(env, "end");
  invocations.push({
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
      await measure(`queue:${body?.type ?? "?"}`, env, async (metered) => {
        const outcomes: string[] = [];
        const single = {
          queue: batch.queue,
          messages: [
            {
              id: message.id,
              body: message.body,
              attempts: message.attempts,
              timestamp: message.timestamp,
              ack: () => {
                outcomes.push("ack");
                message.ack();
              },
              retry: (options?: QueueRetryOptions) => {
                outcomes.push("retry");
                message.retry(options);
              },
            },
          ],
          ackAll: () => message.ack(),
          retryAll: (options?: QueueRetryOptions) => message.retry(options),
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
