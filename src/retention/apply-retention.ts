import { type RetentionPeriods, retentionStatements } from "../db/retention.ts";
import { deleteRawObjects } from "./raw-objects.ts";

/** The documented defaults (README): raw mail 30 days, message text one year. */
export const DEFAULT_RETENTION: RetentionPeriods = { rawDays: 30, textDays: 365 };

/** Bucket calls one run spends on raw mail; the bucket's lifecycle rule is the main guard. */
const BUCKET_OPERATIONS_PER_RUN = 4;

/** What one retention pass did. */
export interface RetentionReport {
  /** D1 queries spent (never more than the budget). */
  queries: number;
  rowsChanged: number;
  rawObjectsDeleted: number;
}

/**
 * Applies the retention periods within a budget of D1 queries: as many bounded statements as
 * the budget allows (one round trip), then old raw objects in the bucket when one is bound.
 * Repeated hourly, it catches up; a queue consumer can call it with its own budget.
 */
export async function applyRetention(
  db: D1Database,
  bucket: R2Bucket | undefined,
  now: Date,
  budget: number,
  periods: RetentionPeriods = DEFAULT_RETENTION,
): Promise<RetentionReport> {
  const statements = retentionStatements(db, periods, now).slice(0, Math.max(0, budget));
  let rowsChanged = 0;
  if (statements.length > 0) {
    const results = await db.batch(statements);
    for (const result of results) rowsChanged += result.meta.changes ?? 0;
  }
  let rawObjectsDeleted = 0;
  if (bucket) {
    const before = new Date(now.getTime() - periods.rawDays * 86_400_000);
    // Keys are raw/<user id>/<hash>: start at a random point so that, in a bucket too large
    // for one run, every range is reached over time; wrap around to the start when there is
    // budget left.
    const startAfter = `raw/${crypto.randomUUID().slice(0, 4)}`;
    const first = await deleteRawObjects(
      bucket,
      "raw/",
      BUCKET_OPERATIONS_PER_RUN,
      before,
      startAfter,
    );
    rawObjectsDeleted = first.deleted;
    if (!first.more) {
      const rest = await deleteRawObjects(
        bucket,
        "raw/",
        BUCKET_OPERATIONS_PER_RUN - first.spent,
        before,
      );
      rawObjectsDeleted += rest.deleted;
    }
  }
  return { queries: statements.length, rowsChanged, rawObjectsDeleted };
}
