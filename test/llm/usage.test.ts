import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  completeLlmCall,
  countLlmCallsOn,
  type ModelUsage,
  reserveLlmCall,
  usageByModel,
} from "../../src/db/llm-usage.ts";
import { NO_USAGE } from "../../src/llm/call-claude.ts";
import { costLine, costOf, monthlyCostLine, priceOf } from "../../src/llm/usage.ts";
import { createJordan } from "../support/deliver.ts";

const MAY_4 = new Date("2026-05-04T10:00:00.000Z");

const slot = (userId: string, now = MAY_4, dailyCap = 2) => ({
  userId,
  task: "understand" as const,
  model: "claude-haiku-5-5",
  dailyCap,
  now,
});

const usage = (over: Partial<ModelUsage>): ModelUsage => ({
  model: "claude-haiku-5-5",
  calls: 1,
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  ...over,
});

describe("the daily cap", () => {
  it("reserves calls up to the cap, then refuses and records the refusal", async () => {
    const { userId } = await createJordan();
    expect(await reserveLlmCall(env.DB, slot(userId))).toEqual(expect.any(String));
    expect(await reserveLlmCall(env.DB, slot(userId))).toEqual(expect.any(String));
    expect(await reserveLlmCall(env.DB, slot(userId))).toBeNull();
    expect(await countLlmCallsOn(env.DB, userId, MAY_4)).toBe(2);
    const capped = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM llm_usage WHERE user_id = ?1 AND outcome = 'capped'",
    )
      .bind(userId)
      .first<{ n: number }>();
    expect(capped?.n).toBe(1);
  });

  it("starts again the next UTC day", async () => {
    const { userId } = await createJordan();
    await reserveLlmCall(env.DB, slot(userId, MAY_4, 1));
    expect(await reserveLlmCall(env.DB, slot(userId, MAY_4, 1))).toBeNull();
    const nextDay = new Date("2026-05-05T00:00:01.000Z");
    expect(await reserveLlmCall(env.DB, slot(userId, nextDay, 1))).toEqual(expect.any(String));
  });

  it("is per user", async () => {
    const a = await createJordan();
    const b = await createJordan();
    await reserveLlmCall(env.DB, slot(a.userId, MAY_4, 1));
    expect(await reserveLlmCall(env.DB, slot(b.userId, MAY_4, 1))).toEqual(expect.any(String));
  });

  it("cannot be overrun by calls reserved at the same moment", async () => {
    const { userId } = await createJordan();
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => reserveLlmCall(env.DB, slot(userId, MAY_4, 3))),
    );
    expect(ids.filter((id) => id !== null)).toHaveLength(3);
  });
});

describe("recorded usage", () => {
  it("sums tokens per model over a month, leaving out refused calls", async () => {
    const { userId } = await createJordan();
    for (const [model, input] of [
      ["claude-haiku-5-5", 1_000],
      ["claude-haiku-5-5", 500],
      ["claude-sonnet-5-5", 2_000],
    ] as const) {
      const id = await reserveLlmCall(env.DB, { ...slot(userId, MAY_4, 10), model });
      if (!id) throw new Error("cap");
      await completeLlmCall(
        env.DB,
        id,
        { inputTokens: input, outputTokens: 100, cacheReadTokens: 10, cacheWriteTokens: 5 },
        "ok",
      );
    }
    const failed = await reserveLlmCall(env.DB, slot(userId, MAY_4, 10));
    if (failed) await completeLlmCall(env.DB, failed, NO_USAGE, "http_429");
    const may = await usageByModel(env.DB, userId, new Date("2026-05-01"), new Date("2026-06-01"));
    expect(may).toEqual([
      usage({
        calls: 3,
        inputTokens: 1_500,
        outputTokens: 200,
        cacheReadTokens: 20,
        cacheWriteTokens: 10,
      }),
      usage({
        model: "claude-sonnet-5-5",
        inputTokens: 2_000,
        outputTokens: 100,
        cacheReadTokens: 10,
        cacheWriteTokens: 5,
      }),
    ]);
    expect(
      await usageByModel(env.DB, userId, new Date("2026-06-01"), new Date("2026-07-01")),
    ).toEqual([]);
  });
});

describe("cost", () => {
  it.each<[string, ModelUsage[], number]>([
    ["nothing", [], 0],
    // 1M input at $0.10 + 1M output at $0.50.
    ["Haiku 5.5 input and output", [usage({ inputTokens: 1e6, outputTokens: 1e6 })], 0.6],
    // 1M cache writes at $0.125 + 1M cache reads at $0.01.
    ["Haiku 5.5 cache", [usage({ cacheWriteTokens: 1e6, cacheReadTokens: 1e6 })], 0.135],
    // 1,000 messages of 1,300 + 900 cached input and 250 output tokens.
    [
      "a thousand typical messages",
      [usage({ calls: 1000, inputTokens: 1.3e6, cacheReadTokens: 0.9e6, outputTokens: 0.25e6 })],
      0.13 + 0.009 + 0.125,
    ],
    ["Sonnet 5.5", [usage({ model: "claude-sonnet-5-5", inputTokens: 1e6, outputTokens: 1e5 })], 3],
    ["a dated snapshot", [usage({ model: "claude-haiku-4-5-20251001", inputTokens: 1e6 })], 1],
  ])("%s", (_, rows, usd) => {
    expect(costOf(rows).usd).toBeCloseTo(usd, 9);
  });

  it("counts calls on a model without a price instead of guessing", () => {
    expect(priceOf("claude-unknown-9")).toBeNull();
    expect(costOf([usage({ model: "claude-unknown-9", calls: 3, inputTokens: 1e6 })])).toEqual({
      usd: 0,
      calls: 3,
      unpricedCalls: 3,
    });
  });

  it.each<[string, Parameters<typeof costLine>[0], string | null]>([
    ["no calls", { usd: 0, calls: 0, unpricedCalls: 0 }, null],
    [
      "a tiny month",
      { usd: 0.004, calls: 1, unpricedCalls: 0 },
      "Claude in May: 1 call, under $0.01.",
    ],
    [
      "a normal month",
      { usd: 0.2649, calls: 212, unpricedCalls: 0 },
      "Claude in May: 212 calls, about $0.26.",
    ],
    [
      "unpriced calls",
      { usd: 1, calls: 5, unpricedCalls: 2 },
      "Claude in May: 5 calls, about $1.00 (2 on a model without a known price).",
    ],
  ])("the footer line for %s", (_, cost, line) => {
    expect(costLine(cost, "May")).toBe(line);
  });

  it("prices the user's calendar month from D1", async () => {
    const { userId } = await createJordan();
    expect(await monthlyCostLine(env.DB, userId, MAY_4)).toBeNull();
    const id = await reserveLlmCall(env.DB, slot(userId));
    if (!id) throw new Error("cap");
    await completeLlmCall(env.DB, id, { ...NO_USAGE, inputTokens: 200_000 }, "ok");
    expect(await monthlyCostLine(env.DB, userId, new Date("2026-05-31T23:00:00Z"))).toBe(
      "Claude in May: 1 call, about $0.02.",
    );
    expect(await monthlyCostLine(env.DB, userId, new Date("2026-06-01T00:00:00Z"))).toBeNull();
  });
});
