import type { TokenUsage } from "../domain/token-usage.ts";

export type LlmTask = "understand" | "draft";

/** How a call ended, as stored: "ok", a ClaudeFailure, or "capped" (never made). */
export type LlmOutcome = string;

export interface CallSlot {
  userId: string;
  task: LlmTask;
  model: string;
  /** Calls the user may make per UTC day; this one is refused when the day already holds as many. */
  dailyCap: number;
  now: Date;
}

/** Tokens used per model over a period, for pricing. */
export interface ModelUsage extends TokenUsage {
  model: string;
  calls: number;
}

/**
 * Reserves a call against the user's daily cap in one statement, so two messages arriving
 * together cannot both take the last slot. Returns the row id, or null when the cap is reached
 * (a 'capped' row is written instead, so the refusal is on record).
 */
export async function reserveLlmCall(db: D1Database, slot: CallSlot): Promise<string | null> {
  const id = crypto.randomUUID();
  const createdAt = slot.now.toISOString();
  const result = await db
    .prepare(
      `INSERT INTO llm_usage (id, user_id, task, model, outcome, created_at)
       SELECT ?1, ?2, ?3, ?4, 'pending', ?5
       WHERE (SELECT COUNT(*) FROM llm_usage
              WHERE user_id = ?2 AND created_at >= ?6 AND outcome != 'capped') < ?7`,
    )
    .bind(id, slot.userId, slot.task, slot.model, createdAt, utcDayStart(slot.now), slot.dailyCap)
    .run();
  if (result.meta.changes === 1) return id;
  await db
    .prepare(
      `INSERT INTO llm_usage (id, user_id, task, model, outcome, created_at)
       VALUES (?1, ?2, ?3, ?4, 'capped', ?5)`,
    )
    .bind(id, slot.userId, slot.task, slot.model, createdAt)
    .run();
  return null;
}

/** Records what a reserved call used and how it ended. */
export async function completeLlmCall(
  db: D1Database,
  id: string,
  usage: TokenUsage,
  outcome: LlmOutcome,
): Promise<void> {
  await db
    .prepare(
      `UPDATE llm_usage
       SET input_tokens = ?2, output_tokens = ?3, cache_read_tokens = ?4, cache_write_tokens = ?5,
           outcome = ?6
       WHERE id = ?1 AND outcome = 'pending'`,
    )
    .bind(
      id,
      usage.inputTokens,
      usage.outputTokens,
      usage.cacheReadTokens,
      usage.cacheWriteTokens,
      outcome,
    )
    .run();
}

/** Calls counted against the cap on `day`'s UTC date (everything but 'capped' rows). */
export async function countLlmCallsOn(db: D1Database, userId: string, day: Date): Promise<number> {
  const next = new Date(Date.parse(utcDayStart(day)) + 86_400_000).toISOString();
  const row = await db
    .prepare(
      `SELECT COUNT(*) AS calls FROM llm_usage
       WHERE user_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND outcome != 'capped'`,
    )
    .bind(userId, utcDayStart(day), next)
    .first<{ calls: number }>();
  return row?.calls ?? 0;
}

/** Tokens per model for one user in [from, to), calls refused by the cap left out. */
export async function usageByModel(
  db: D1Database,
  userId: string,
  from: Date,
  to: Date,
): Promise<ModelUsage[]> {
  const { results } = await db
    .prepare(
      `SELECT model, COUNT(*) AS calls,
              SUM(input_tokens) AS input, SUM(output_tokens) AS output,
              SUM(cache_read_tokens) AS cache_read, SUM(cache_write_tokens) AS cache_write
       FROM llm_usage
       WHERE user_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND outcome != 'capped'
       GROUP BY model ORDER BY model`,
    )
    .bind(userId, from.toISOString(), to.toISOString())
    .all<{
      model: string;
      calls: number;
      input: number;
      output: number;
      cache_read: number;
      cache_write: number;
    }>();
  return results.map((r) => ({
    model: r.model,
    calls: r.calls,
    inputTokens: r.input,
    outputTokens: r.output,
    cacheReadTokens: r.cache_read,
    cacheWriteTokens: r.cache_write,
  }));
}

function utcDayStart(day: Date): string {
  return `${day.toISOString().slice(0, 10)}T00:00:00.000Z`;
}
