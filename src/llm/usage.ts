import { type ModelUsage, usageByModel } from "../db/llm-usage.ts";

/** US dollars per million tokens. `cacheWrite` is the 5-minute cache, the one Rebound uses. */
export interface Price {
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

/**
 * Published Claude API prices, read 2026-12-05 from platform.claude.com (models/<model>/overview
 * and about-claude/pricing). Haiku 5.5 is priced by prompt length: these are its rates for prompts
 * up to 100,000 tokens, which Rebound's bounded inputs never exceed. Sonnet 5.5's cache reads
 * were cut from $0.20 to $0.10 on 2026-10-07. Update this table when Anthropic changes prices.
 */
export const PRICES_PER_MTOK: Readonly<Record<string, Price>> = {
  "claude-haiku-5-5": { input: 0.1, output: 0.5, cacheWrite: 0.125, cacheRead: 0.01 },
  "claude-sonnet-5-5": { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.1 },
  "claude-opus-5-5": { input: 4, output: 20, cacheWrite: 5, cacheRead: 0.2 },
  "claude-sonnet-5": { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.2 },
  "claude-haiku-4-5": { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
  "claude-sonnet-4-6": { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  "claude-sonnet-4-5": { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
};

/** A model id's price: exact, or a dated snapshot of a listed model ("claude-haiku-4-5-20251001"). */
export function priceOf(model: string): Price | null {
  const exact = PRICES_PER_MTOK[model];
  if (exact) return exact;
  const base = Object.keys(PRICES_PER_MTOK)
    .filter((key) => new RegExp(`^${key}-\\d{8}$`).test(model))
    .sort((a, b) => b.length - a.length)[0];
  return base ? (PRICES_PER_MTOK[base] ?? null) : null;
}

export interface Cost {
  usd: number;
  calls: number;
  /** Calls on models missing from the price table: their cost is not in `usd`. */
  unpricedCalls: number;
}

/** What the given usage cost at published prices. */
export function costOf(usage: readonly ModelUsage[]): Cost {
  let usd = 0;
  let calls = 0;
  let unpricedCalls = 0;
  for (const u of usage) {
    calls += u.calls;
    const price = priceOf(u.model);
    if (!price) {
      unpricedCalls += u.calls;
      continue;
    }
    usd +=
      (u.inputTokens * price.input +
        u.outputTokens * price.output +
        u.cacheWriteTokens * price.cacheWrite +
        u.cacheReadTokens * price.cacheRead) /
      1_000_000;
  }
  return { usd, calls, unpricedCalls };
}

/** One line for the digest footer; null when Claude was not called this month. */
export function costLine(cost: Cost, monthName: string): string | null {
  if (cost.calls === 0) return null;
  const amount = cost.usd < 0.01 ? "under $0.01" : `about $${cost.usd.toFixed(2)}`;
  const calls = cost.calls === 1 ? "1 call" : `${cost.calls} calls`;
  const unpriced =
    cost.unpricedCalls > 0 ? ` (${cost.unpricedCalls} on a model without a known price)` : "";
  return `Claude in ${monthName}: ${calls}, ${amount}${unpriced}.`;
}

/** The digest footer's cost line for `now`'s calendar month (UTC), or null. */
export async function monthlyCostLine(
  db: D1Database,
  userId: string,
  now: Date,
): Promise<string | null> {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const monthName = from.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return costLine(costOf(await usageByModel(db, userId, from, to)), monthName);
}
