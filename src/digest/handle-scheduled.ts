import { fanOutDueUsers } from "../jobs/fan-out.ts";
import type { Job } from "../jobs/job.ts";

/** The UTC hour of the daily retention job: a quiet hour, after Europe's and before America's mornings. */
const RETENTION_HOUR_UTC = 3;

/**
 * The Worker's scheduled() entry: the hourly run only hands out work. It reads one page of
 * the users whose digest is due (one D1 query, through an index) and puts one job per user on
 * the queue, plus a job for approvals left behind and, once a day, one for retention; the rest
 * of a large fleet follows page by page through the queue (src/jobs/fan-out.ts).
 */
export async function handleScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const at = new Date(controller.scheduledTime);
  const iso = at.toISOString();
  const chores: Job[] = [{ type: "leftovers", at: iso }];
  if (at.getUTCHours() === RETENTION_HOUR_UTC) chores.push({ type: "retention", at: iso });
  await fanOutDueUsers(env.DB, env.JOBS, at, null, chores);
}
