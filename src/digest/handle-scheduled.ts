import { EmailMessage } from "cloudflare:email";
import { bindingMailer } from "../deliver/binding-mailer.ts";
import { deliverLeftovers } from "../deliver/deliver-leftovers.ts";
import { readConfig } from "../env.ts";
import { runDigests } from "./run-digests.ts";

/** D1 queries the hourly run keeps for approved drafts left behind (deliverLeftovers spends at most 19). */
const LEFTOVER_QUERY_RESERVE = 20;

/** The Worker's scheduled() entry: the hourly digest run, then any approved draft left unsent. */
export async function handleScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const config = readConfig(env);
  const now = new Date(controller.scheduledTime);
  await runDigests(
    env.DB,
    (from, to, raw) => env.EMAIL.send(new EmailMessage(from, to, raw)),
    {
      serviceAddress: config.serviceAddress,
      queryBudget:
        config.d1QueriesPerRun -
        Math.min(LEFTOVER_QUERY_RESERVE, Math.floor(config.d1QueriesPerRun / 3)),
    },
    now,
  );
  await deliverLeftovers(env.DB, bindingMailer(env.EMAIL), config.serviceAddress, now);
}
