import { EmailMessage } from "cloudflare:email";
import { bindingMailer } from "../deliver/binding-mailer.ts";
import { deliverLeftovers } from "../deliver/deliver-leftovers.ts";
import { readConfig } from "../env.ts";
import { runDigestJob } from "./digest-job.ts";
import { fanOutDueUsers } from "./fan-out.ts";
import { type Job, readJob } from "./job.ts";
import { runRetentionJob } from "./retention-job.ts";

/** Seconds before a failed job is tried again: 1, 2, 4 … minutes, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1));
}

/**
 * The Worker's queue() entry. wrangler.toml delivers one message per invocation, so each
 * digest has the invocation's whole D1 and CPU budget. A job that fails is retried with a
 * growing delay; past max_retries the queue moves it to the dead-letter queue.
 */
export async function handleQueue(batch: MessageBatch, env: Env): Promise<void> {
  for (const message of batch.messages) {
    const job = readJob(message.body);
    if (!job) {
      // Retrying cannot make an unknown body valid: record it and let it go.
      console.error("queue: unknown job dropped", message.id);
      message.ack();
      continue;
    }
    try {
      const done = await runJob(job, env);
      if (done) message.ack();
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    } catch (error) {
      console.error("queue: job failed", job.type, error instanceof Error ? error.message : error);
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/** Runs one job; false when it failed in a way worth retrying. */
async function runJob(job: Job, env: Env): Promise<boolean> {
  const at = new Date(job.at);
  switch (job.type) {
    case "digest": {
      const { serviceAddress } = readConfig(env);
      const send = (from: string, to: string, raw: string) =>
        env.EMAIL.send(new EmailMessage(from, to, raw));
      return (await runDigestJob(env.DB, send, serviceAddress, job.userId, at)) !== "failed";
    }
    case "due_page":
      await fanOutDueUsers(env.DB, env.JOBS, at, job.after);
      return true;
    case "leftovers": {
      const { serviceAddress } = readConfig(env);
      await deliverLeftovers(env.DB, bindingMailer(env.EMAIL), serviceAddress, at);
      return true;
    }
    case "retention":
      await runRetentionJob(env, at);
      return true;
  }
}
