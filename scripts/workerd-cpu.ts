// CPU time of the workerd processes this Node process started (wrangler's unstable_startWorker),
// every thread, in ns, from /proc/<pid>/task/*/schedstat. workerd gives a Worker no CPU clock,
// and on a shared machine wall time counts other processes too; this counts only workerd's own.
// Per thread: the busiest thread over an interval is the one that ran the Worker's JavaScript.
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: string): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
}

/** The workerd processes descended from this one. */
export function workerdPids(): string[] {
  const pids: string[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("workerd")) continue;
      let ancestor = parentOf(entry);
      for (let depth = 0; depth < 4 && ancestor > 1; depth++) {
        if (ancestor === process.pid) {
          pids.push(entry);
          break;
        }
        ancestor = parentOf(String(ancestor));
      }
    } catch {
      // A process that ended while we looked.
    }
  }
  return pids;
}

let cached: string[] | null = null;

/** workerd's CPU time so far, in ns (0 when there is no /proc, e.g. on macOS). */
export function workerdCpuNs(): number {
  cached ??= workerdPids();
  let total = 0;
  for (const pid of cached) {
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
      }
    } catch {
      // A thread or process that ended while we looked.
    }
  }
  return total;
}

/** Forgets the processes found, for a bench that starts a fresh workerd. */
export function forgetWorkerd(): void {
  cached = null;
}

/** CPU time of every workerd thread so far, in ns, by "pid/tid". */
export function threadCpuNs(): Map<string, number> {
  cached ??= workerdPids();
  const threads = new Map<string, number>();
  for (const pid of cached) {
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const ns = Number(
          readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0],
        );
        threads.set(`${pid}/${task}`, ns);
      }
    } catch {
      // A thread or process that ended while we looked.
    }
  }
  return threads;
}

/**
 * The CPU the busiest workerd thread spent since `before`: the thread that ran the Worker's
 * JavaScript. Other threads (local D1, wrangler's proxy, I/O) are left out.
 */
export function busiestThreadNs(before: Map<string, number>): number {
  let most = 0;
  for (const [thread, ns] of threadCpuNs()) most = Math.max(most, ns - (before.get(thread) ?? ns));
  return most;
}
