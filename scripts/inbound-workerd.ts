// Starts scripts/bench-inbound-worker.ts (Rebound's own Worker, src/index.ts, wrapped for
// measuring) in a fresh workerd, for `npm run bench` and `npm run fuzz`, and reads the CPU of
// the workerd thread that ran it at the edges the Worker marks (scripts/workerd-cpu.ts).
// Local D1 holds the bench user (scripts/bench-user.ts) for runs with `db=real`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unstable_startWorker } from "wrangler";
import { BENCH_EXTRA_ADDRESSES, BENCH_SECRETS, BENCH_USER_ROW } from "./bench-user.ts";
import { busiestThreadNs, forgetWorkerd, threadCpuNs } from "./workerd-cpu.ts";

const root = new URL("..", import.meta.url).pathname;
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");

function wranglerRun(args: string[]) {
  execFileSync(process.execPath, [wrangler, ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "1", WRANGLER_LOG: "error" },
  });
}

// At the Worker's marks: a snapshot of every workerd thread's CPU at "start", and at "end" the
// CPU of the busiest thread since, the one that ran the Worker's JavaScript.
let snapshot = new Map<string, number>();
const markServer = createServer((request, response) => {
  if (request.url?.includes("edge=start")) {
    snapshot = threadCpuNs();
    response.end("0");
  } else {
    response.end(String(busiestThreadNs(snapshot)));
  }
});
let markUrl: string | null = null;
async function markServerUrl(): Promise<string> {
  if (markUrl) return markUrl;
  await new Promise<void>((resolve) => markServer.listen(0, "127.0.0.1", resolve));
  markServer.unref();
  markUrl = `http://127.0.0.1:${(markServer.address() as { port: number }).port}/mark`;
  return markUrl;
}

export interface InboundWorker {
  /**
   * CPU of workerd's busiest thread over the first request (an empty one), in ms: module
   * evaluation and the start-up warm-up, where local workerd runs them on first use.
   */
  startUpMs: number;
  /** POSTs raw bytes to one of the bench worker's paths; answers its JSON. */
  post<T>(path: string, query: Record<string, string>, body: Uint8Array | string): Promise<T>;
  /** The marks' own cost, in ms: the median of `n` empty measured regions. */
  markCostMs(n?: number): Promise<number>;
  dispose(): Promise<void>;
}

/**
 * A fresh workerd running the bench worker; its isolate has served nothing. Waits for start-up
 * (module evaluation and the warm-up) to finish. With `seedD1`, local D1 gets the migrations
 * and the bench user, for runs with `db=real`.
 */
export async function startInboundWorker(
  options: { seedD1?: boolean; entrypoint?: string } = {},
): Promise<InboundWorker> {
  const state = mkdtempSync(join(tmpdir(), "rebound-inbound-"));
  if (options.seedD1) {
    wranglerRun(["d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
    const u = BENCH_USER_ROW;
    const extra = BENCH_EXTRA_ADDRESSES.map((a) => `('${u.id}', '${a}')`).join(", ");
    wranglerRun([
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      state,
      "--command",
      `INSERT INTO users (id, inbox_address, owner_address, display_name, time_zone, digest_hour, created_at, forward_secret, contact_secret)
       VALUES ('${u.id}', '${u.inbox_address}', '${u.owner_address}', '${u.display_name}', 'Europe/Berlin', 8, '2026-01-01T00:00:00Z', '${BENCH_SECRETS.forward_secret}', '${BENCH_SECRETS.contact_secret}');
       INSERT INTO user_addresses (user_id, address) VALUES ${extra};`,
    ]);
  }
  forgetWorkerd();
  const worker = await unstable_startWorker({
    config: join(root, "wrangler.toml"),
    entrypoint: join(root, "scripts", options.entrypoint ?? "bench-inbound-worker.ts"),
    bindings: { BENCH_MARK_URL: { type: "plain_text", value: await markServerUrl() } },
    dev: { persist: state, server: { port: 0 }, inspector: false, logLevel: "none", watch: false },
  });
  await worker.ready;
  // Let start-up (module evaluation, the warm-up) finish before the first message.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const post = async <T>(
    path: string,
    query: Record<string, string>,
    body: Uint8Array | string,
  ) => {
    const response = await worker.fetch(`http://bench${path}?${new URLSearchParams(query)}`, {
      method: "POST",
      body,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  // wrangler starts the workerd that runs the Worker on the first request: threads new since
  // `before` count from zero, so this is an upper bound (workerd's own boot is in it too).
  const before = threadCpuNs();
  await post("/noop", {}, "");
  forgetWorkerd();
  let startUpNs = 0;
  for (const [thread, ns] of threadCpuNs()) {
    startUpNs = Math.max(startUpNs, ns - (before.get(thread) ?? 0));
  }
  const startUpMs = startUpNs / 1e6;
  return {
    startUpMs,
    post,
    async markCostMs(n = 15) {
      const samples: number[] = [];
      for (let i = 0; i < n; i++)
        samples.push((await post<{ ns: number }>("/noop", {}, "")).ns / 1e6);
      return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
    },
    async dispose() {
      await worker.dispose();
      rmSync(state, { recursive: true, force: true });
    },
  };
}

/** The start-up warm-up's CPU in RUNS cold isolates (scripts/bench-start-up-worker.ts), in ms. */
export async function warmUpCosts(runs: number): Promise<number[]> {
  const costs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const worker = await startInboundWorker({ entrypoint: "bench-start-up-worker.ts" });
    try {
      const markMs = await worker.markCostMs();
      const { ns } = await worker.post<{ ns: number }>("/warm", {}, "");
      costs.push(ns / 1e6 - markMs);
    } finally {
      await worker.dispose();
    }
  }
  return costs;
}
