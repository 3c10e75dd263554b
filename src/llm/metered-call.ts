import { completeLlmCall, type LlmTask, reserveLlmCall } from "../db/llm-usage.ts";
import type { TokenUsage } from "../domain/token-usage.ts";
import { type ClaudeFailure, NO_USAGE } from "./call-claude.ts";

/** What every task's call returns: usage when billed, a reason when it failed. */
export type MeteredResult =
  | { ok: true; usage: TokenUsage }
  | { ok: false; reason: ClaudeFailure; usage: TokenUsage | null };

export interface Meter {
  db: D1Database;
  userId: string;
  task: LlmTask;
  model: string;
  dailyCap: number;
  now: Date;
}

/**
 * Runs one Claude call within the user's daily cap and records its tokens and outcome in D1.
 * Returns "capped" without calling when the cap is reached. D1 errors propagate, so the
 * inbound message is retried whole rather than half-recorded.
 */
export async function meteredCall<T extends MeteredResult>(
  meter: Meter,
  call: () => Promise<T>,
): Promise<T | "capped"> {
  const id = await reserveLlmCall(meter.db, meter);
  if (id === null) return "capped";
  let result: T;
  try {
    result = await call();
  } catch (error) {
    await completeLlmCall(meter.db, id, NO_USAGE, "unexpected");
    throw error;
  }
  await completeLlmCall(meter.db, id, result.usage ?? NO_USAGE, result.ok ? "ok" : result.reason);
  return result;
}
