import { findUndeliveredApprovals } from "../db/deliveries.ts";
import { findUserById } from "../db/users.ts";
import { type DeliveryReport, deliverApproved } from "./deliver-drafts.ts";
import type { Mailer } from "./mailer.ts";

/** An approval older than this was left behind by a reply whose invocation ended early. */
const LEFT_BEHIND_AFTER_MINUTES = 15;
/** A send still unfinished after this long may or may not have left: it becomes unknown. */
const INTERRUPTED_AFTER_MINUTES = 30;
/** Drafts one hourly run delivers at most: each costs one D1 query and one send. */
const MAX_LEFTOVERS_PER_RUN = 8;
/** Users served per run: each costs a lookup and a claim (three queries). */
const MAX_USERS_PER_RUN = 3;
/** D1 queries one leftover run spends at most: the sweep (3), each user (3), each draft (1). */
export const LEFTOVER_QUERIES = 3 + MAX_USERS_PER_RUN * 3 + MAX_LEFTOVERS_PER_RUN;

/**
 * The hourly safety net behind command replies: sends approved drafts a reply did not get
 * to (exactly once, through the same claim), and marks interrupted sends unknown.
 */
export async function deliverLeftovers(
  db: D1Database,
  mailer: Mailer,
  serviceAddress: string,
  now: Date,
): Promise<DeliveryReport[]> {
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const leftovers = await findUndeliveredApprovals(
    db,
    minutesAgo(LEFT_BEHIND_AFTER_MINUTES),
    minutesAgo(INTERRUPTED_AFTER_MINUTES),
    MAX_LEFTOVERS_PER_RUN,
    now,
  );
  const reports: DeliveryReport[] = [];
  for (const { userId, draftIds } of leftovers.slice(0, MAX_USERS_PER_RUN)) {
    const user = await findUserById(db, userId);
    if (!user) continue;
    reports.push(
      ...(await deliverApproved(db, mailer, user, serviceAddress, draftIds, () => new Date())),
    );
  }
  return reports;
}
