import { readRetention } from "../env.ts";
import { applyRetention } from "../retention/apply-retention.ts";

/**
 * D1 queries the daily retention job may spend: well inside the 50 of one invocation, leaving
 * room for the bucket listing. Whatever is left over is caught up by the next day's job.
 */
const RETENTION_QUERY_BUDGET = 40;

/**
 * The daily retention job, in an invocation of its own: raw mail and message text past the
 * documented periods (README, "Retention"), in bounded statements, and old raw objects in the
 * RAW_MAIL bucket when one is bound.
 */
export async function runRetentionJob(env: Env, at: Date): Promise<void> {
  const bucket = (env as { RAW_MAIL?: R2Bucket }).RAW_MAIL;
  const report = await applyRetention(
    env.DB,
    bucket,
    at,
    RETENTION_QUERY_BUDGET,
    readRetention(env),
  );
  console.log("retention", JSON.stringify(report));
}
