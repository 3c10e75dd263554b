import { type DueCursor, listDueUsers } from "../db/users.ts";
import type { Job } from "./job.ts";

/**
 * Users one page reads: 1 D1 query and ~1 ms of CPU for the rows, then one sendBatch per 100
 * (the Queues limit per call), so a page spends 6 of the 50 subrequests an invocation has.
 */
export const DUE_PAGE_SIZE = 500;
/** Messages one sendBatch call may carry (Cloudflare Queues limit). */
export const SEND_BATCH_MAX = 100;

/** A queue Rebound may put its jobs on: the JOBS binding. */
export type JobQueue = Pick<Queue<Job>, "send" | "sendBatch">;

/** Sends jobs in as few calls as the queue allows. */
export async function sendJobs(queue: JobQueue, jobs: readonly Job[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += SEND_BATCH_MAX) {
    await queue.sendBatch(jobs.slice(i, i + SEND_BATCH_MAX).map((body) => ({ body })));
  }
}

/**
 * Enqueues one digest job per user due at `at`, one page after `after`; when the page is
 * full, the rest is a `due_page` job of its own, so no invocation reads more than a page.
 * Returns how many digest jobs it enqueued.
 */
export async function fanOutDueUsers(
  db: D1Database,
  queue: JobQueue,
  at: Date,
  after: DueCursor | null,
  extra: readonly Job[] = [],
  pageSize = DUE_PAGE_SIZE,
): Promise<number> {
  const due = await listDueUsers(db, at, after, pageSize);
  const iso = at.toISOString();
  const jobs: Job[] = [
    ...extra,
    ...due.map((u): Job => ({ type: "digest", userId: u.id, at: iso })),
  ];
  const last = due.at(-1);
  if (last && due.length === pageSize) {
    jobs.push({
      type: "due_page",
      at: iso,
      after: { nextDigestAt: last.nextDigestAt, id: last.id },
    });
  }
  await sendJobs(queue, jobs);
  return due.length;
}
