import {
  createExecutionContext,
  createMessageBatch,
  getQueueResult,
  type QueueResult,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import worker from "../../src/index.ts";
import type { Job } from "../../src/jobs/job.ts";

let messageCounter = 0;

/**
 * Runs jobs through the Worker's real queue() handler, one message per invocation as
 * wrangler.toml configures it, with bindings a test chooses (a capturing mail binding);
 * returns each invocation's ack/retry result.
 */
export async function runJobs(
  jobs: readonly unknown[],
  bindings: Env = env,
  attempts = 1,
): Promise<QueueResult[]> {
  const results: QueueResult[] = [];
  for (const body of jobs) {
    messageCounter += 1;
    const batch = createMessageBatch("rebound-jobs", [
      { id: `test-${messageCounter}`, timestamp: Date.now(), attempts, body },
    ]);
    const ctx = createExecutionContext();
    await (worker.queue as ExportedHandlerQueueHandler<Env>)(batch, bindings, ctx);
    results.push(await getQueueResult(batch, ctx));
  }
  return results;
}

/** A digest job for one user as of an instant, as the hourly run enqueues it. */
export function digestJob(userId: string, at: string | Date): Job {
  return { type: "digest", userId, at: new Date(at).toISOString() };
}

/** The hourly run's leftovers job (approvals left behind, sends interrupted), through queue(). */
export async function runLeftoversJob(bindings: Env = env, at = new Date()): Promise<void> {
  await runJobs([{ type: "leftovers", at: at.toISOString() }], bindings);
}

/** The user's stored next_digest_at. */
export async function nextDigestAtOf(userId: string): Promise<string | null> {
  const row = await env.DB.prepare("SELECT next_digest_at AS next FROM users WHERE id = ?1")
    .bind(userId)
    .first<{ next: string }>();
  return row?.next ?? null;
}

/**
 * Waits until the real queue consumer (which wrangler.toml wires to this Worker, run locally
 * by the vitest plugin) has handled the user's job: their next_digest_at has passed `at`.
 */
export async function waitForUserHandled(userId: string, at: string): Promise<void> {
  await vi.waitFor(
    async () => {
      expect((await nextDigestAtOf(userId)) ?? "").not.toBe("");
      expect(((await nextDigestAtOf(userId)) ?? "") > new Date(at).toISOString()).toBe(true);
    },
    { timeout: 50_000, interval: 20 },
  );
}
