import { EmailMessage } from "cloudflare:email";
import { bindingMailer } from "../deliver/binding-mailer.ts";
import { deliverLeftovers, LEFTOVER_QUERIES } from "../deliver/deliver-leftovers.ts";
import { readConfig, readRetention } from "../env.ts";
import { applyRetention } from "../retention/apply-retention.ts";
import { queriesSpent, runDigests } from "./run-digests.ts";

/**
 * The Worker's scheduled() entry: the hourly digest run, then, with the D1 queries left,
 * any approved draft a reply did not get to send (rare; digests come first).
 */
export async function handleScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const config = readConfig(env);
  const now = new Date(controller.scheduledTime);
  const outcomes = await runDigests(
    env.DB,
    (from, to, raw) => env.EMAIL.send(new EmailMessage(from, to, raw)),
    { serviceAddress: config.serviceAddress, queryBudget: config.d1QueriesPerRun },
    now,
  );
  let left = config.d1QueriesPerRun - queriesSpent(outcomes);
  if (left >= LEFTOVER_QUERIES) {
    await deliverLeftovers(env.DB, bindingMailer(env.EMAIL), config.serviceAddress, now);
    left -= LEFTOVER_QUERIES;
  }
  // Retention last, with whatever budget is left: it catches up over the following runs.
  const bucket = (env as { RAW_MAIL?: R2Bucket }).RAW_MAIL;
  await applyRetention(env.DB, bucket, now, left, readRetention(env)).catch((error: unknown) =>
    // Retention catches up next hour; a failure here must not read as a failed digest run.
    console.error("retention failed", error instanceof Error ? error.message : error),
  );
}
