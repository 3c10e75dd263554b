import { EmailMessage } from "cloudflare:email";
import { readConfig } from "../env.ts";
import { runDigests } from "./run-digests.ts";

/** The Worker's scheduled() entry: the hourly digest run. */
export async function handleScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const config = readConfig(env);
  await runDigests(
    env.DB,
    (from, to, raw) => env.EMAIL.send(new EmailMessage(from, to, raw)),
    { serviceAddress: config.serviceAddress, queryBudget: config.d1QueriesPerRun },
    new Date(controller.scheduledTime),
  );
}
