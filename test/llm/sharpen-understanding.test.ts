import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countLlmCallsOn } from "../../src/db/llm-usage.ts";
import { sharpenUnderstanding } from "../../src/llm/sharpen-understanding.ts";
import { findReturnDate } from "../../src/understand/return-date.ts";
import { createJordan } from "../support/deliver.ts";
import { understood } from "../support/fake-anthropic-fixtures.ts";
import {
  fakeAnthropicAnswering,
  fakeAnthropicUrl,
  fakeJournal,
  fakeLlm,
} from "../support/fake-anthropic-url.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { JORDAN_SELF } from "../support/users.ts";

const NOW = new Date("2026-04-03T09:00:00.000Z");

async function sharpen(raw: string, baseUrl: string | null, vars = {}) {
  const { userId } = await createJordan();
  const rules = await understood(raw);
  const merged = await sharpenUnderstanding({
    db: env.DB,
    llm: baseUrl ? fakeLlm(baseUrl, vars) : null,
    userId,
    understood: rules,
    rulesReturnDate:
      rules.understanding.category === "auto_reply"
        ? findReturnDate(rules.newest, rules.understanding.language, NOW.toISOString())
        : null,
    self: JORDAN_SELF,
    receivedAt: NOW.toISOString(),
    now: NOW,
  });
  return { merged, rules: rules.understanding, userId };
}

const PANEL = fixtureRaw("case-final-round-cc-panel.eml");

describe("sharpenUnderstanding", () => {
  it("is the rules' reading, untouched, without Claude", async () => {
    const { merged, rules } = await sharpen(PANEL, null);
    expect(merged).toEqual({ understanding: rules, returnDate: null, verdict: "not_asked" });
  });

  it("lets an agreeing Claude add what the message confirms, and records the tokens", async () => {
    const url = fakeAnthropicAnswering({
      category: "rejection",
      reason: "other_candidate",
      company: "Saltmarsh Games",
      role: "Gameplay Tools Engineer",
      people: [
        {
          name: "Priya Shah",
          email: "priya.shah@saltmarsh-games.com",
          kind: "interviewer",
          note: "panel interviewer on cc",
        },
      ],
      returnDate: null,
    });
    const { merged, rules, userId } = await sharpen(PANEL, url);
    expect(merged.verdict).toBe("agreed");
    expect(merged.understanding.engine).toBe("claude");
    expect(merged.understanding.contacts.map((c) => c.email)).toEqual(
      rules.contacts.map((c) => c.email),
    );
    const row = await env.DB.prepare(
      "SELECT task, model, input_tokens, output_tokens, cache_write_tokens, outcome FROM llm_usage WHERE user_id = ?1",
    )
      .bind(userId)
      .first();
    expect(row).toMatchObject({ task: "understand", model: "claude-haiku-5-5", outcome: "ok" });
    expect(row?.input_tokens).toBeGreaterThan(100);
    expect(row?.output_tokens).toBeGreaterThan(50);
    expect(row?.cache_write_tokens).toBeGreaterThan(500);
  });

  it.each(["429", "500", "hang"] as const)(
    "falls back to the rules when the API answers %s, and records the outcome",
    async (scenario) => {
      const { merged, rules, userId } = await sharpen(PANEL, fakeAnthropicUrl(scenario), {
        CLAUDE_TIMEOUT_MS: "1000",
      });
      expect(merged.understanding).toEqual(rules);
      expect(merged.verdict).toBe("unavailable");
      const row = await env.DB.prepare("SELECT outcome FROM llm_usage WHERE user_id = ?1")
        .bind(userId)
        .first<{ outcome: string }>();
      expect(row?.outcome).toBe(
        { "429": "http_429", "500": "http_5xx", hang: "timeout" }[scenario],
      );
    },
  );

  it("marks the rules' answer for review when Claude's output is invalid", async () => {
    const { merged, rules } = await sharpen(PANEL, fakeAnthropicUrl("invalid-json"));
    expect(merged.verdict).toBe("unusable");
    expect(merged.understanding.category).toBe(rules.category);
    expect(merged.understanding.confidence).toBeLessThan(0.6);
  });

  it("makes no call once the user's daily cap is reached", async () => {
    const url = fakeAnthropicUrl("good");
    const { merged, userId } = await sharpen(PANEL, url, { CLAUDE_DAILY_CALLS_PER_USER: "0" });
    expect(merged.verdict).toBe("not_asked");
    expect(await fakeJournal(url)).toEqual([]);
    expect(await countLlmCallsOn(env.DB, userId, NOW)).toBe(0);
  });

  it.each([
    ["2026-04-20", "2026-04-20T00:00:00.000Z"],
    ["2027-01-01", null],
  ])(
    "takes Claude's return date %s for an out-of-office reply only if plausible",
    async (day, expected) => {
      // Received on 3 April, the note's "back on 7 September" is too far off for the rules to trust.
      const ooo = fixtureRaw("case-reply-ooo-en.eml");
      const url = fakeAnthropicAnswering({
        category: "auto_reply",
        reason: null,
        company: null,
        role: null,
        people: [],
        returnDate: day,
      });
      const { merged, rules } = await sharpen(ooo, url);
      expect(rules.category).toBe("auto_reply");
      expect(merged.verdict).toBe("agreed");
      expect(merged.returnDate).toBe(expected);
    },
  );
});
