// The CPU marks the bench Workers (scripts/bench-inbound-worker.ts, bench-start-up-worker.ts)
// set around measured work: workerd gives a Worker no clock that moves while it computes, so
// at each edge the Worker asks the bench (BENCH_MARK_URL) to read workerd's per-thread CPU
// from /proc (scripts/inbound-workerd.ts answers). The marks' own cost is measured by /noop.

/** Asks the bench to read workerd's CPU: "start" snapshots, "end" answers the ns since. */
async function mark(env: { BENCH_MARK_URL?: string }, edge: "start" | "end"): Promise<number> {
  if (!env.BENCH_MARK_URL) return 0;
  const response = await fetch(`${env.BENCH_MARK_URL}?edge=${edge}`);
  return Number(await response.text());
}

/** Runs `run` between two marks; answers its value and workerd's CPU for it, in ns. */
export async function measured<T>(
  env: { BENCH_MARK_URL?: string },
  run: () => Promise<T>,
): Promise<{ ns: number; value: T }> {
  await mark(env, "start");
  const value = await run();
  const ns = await mark(env, "end");
  return { ns, value };
}
