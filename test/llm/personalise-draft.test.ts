import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countLlmCallsOn } from "../../src/db/llm-usage.ts";
import { renderDraft } from "../../src/drafts/render-draft.ts";
import type { DraftFacts } from "../../src/llm/check-personalised-draft.ts";
import { personaliseDraft } from "../../src/llm/personalise-draft.ts";
import { createJordan } from "../support/deliver.ts";
import {
  type FakeScenario,
  fakeAnthropicAnswering,
  fakeAnthropicUrl,
  fakeJournal,
  fakeLlm,
  userTextOf,
} from "../support/fake-anthropic-url.ts";

const NOW = new Date("2026-05-04T10:00:00.000Z");

const TEMPLATE = renderDraft({
  kind: "feedback_request",
  variant: 0,
  recipient: { name: "Maya Ortiz", warm: true, note: "we talked about sim-to-real testing" },
  sender: { name: "Jordan Lee" },
  company: "Northwind Robotics",
  role: "Robotics Engineer",
  targets: [],
});

const FACTS: DraftFacts = {
  senderName: "Jordan Lee",
  company: "Northwind Robotics",
  role: "Robotics Engineer",
  userNote: "Maya was great, we talked about sim-to-real testing.",
  emailExcerpt: "We chose another candidate. Your take-home on the gripper controller was strong.",
  mustKeep: [],
};

const PERSONAL = {
  subject: TEMPLATE.subject,
  body: TEMPLATE.body.replace(
    "If you have a moment",
    "I was glad the take-home on the gripper controller landed well.\n\nIf you have a moment",
  ),
};

async function personalise(baseUrl: string | null, cap?: string) {
  const { userId } = await createJordan();
  const llm = baseUrl ? fakeLlm(baseUrl, cap ? { CLAUDE_DAILY_CALLS_PER_USER: cap } : {}) : null;
  const result = await personaliseDraft({
    db: env.DB,
    llm,
    userId,
    template: TEMPLATE,
    facts: FACTS,
    now: NOW,
  });
  return { result, userId };
}

describe("personaliseDraft", () => {
  it("uses Claude's version when it passes every check", async () => {
    const { result } = await personalise(fakeAnthropicAnswering(PERSONAL));
    expect(result).toEqual({
      draft: { ...TEMPLATE, body: PERSONAL.body },
      engine: "claude",
      why: null,
    });
  });

  it("keeps the template without Claude", async () => {
    const { result } = await personalise(null);
    expect(result).toEqual({ draft: TEMPLATE, engine: "template", why: "claude_off" });
  });

  it.each<[FakeScenario, string]>([
    ["obey", "rejected"],
    ["invalid-json", "invalid_output"],
    ["wrong-shape", "invalid_output"],
    ["429", "http_429"],
    ["500", "http_5xx"],
    ["hang", "timeout"],
    ["refusal", "refused"],
  ])("keeps the template when the fake answers %s", async (scenario, why) => {
    const { result } = await personalise(fakeAnthropicUrl(scenario));
    expect(result.draft).toBe(TEMPLATE);
    expect(result.engine).toBe("template");
    expect(result.why).toMatch(new RegExp(`^${why}`));
  });

  it("sends the template and the facts as delimited data, and no recipient", async () => {
    const url = fakeAnthropicUrl("good");
    const { result } = await personalise(url);
    expect(result.engine).toBe("claude");
    const [request] = await fakeJournal(url);
    if (!request) throw new Error("no request");
    expect(request.body.model).toBe("claude-sonnet-5-5");
    const user = userTextOf(request);
    expect(user).toContain("<template_body>\nHi Maya,");
    expect(user).toContain("<note>\nMaya was great");
    expect(JSON.stringify(request.body.output_config?.format)).not.toMatch(/recipient|"to"|email/i);
  });

  it("records the call against the daily cap and stops at it", async () => {
    const { result, userId } = await personalise(fakeAnthropicAnswering(PERSONAL), "0");
    expect(result).toMatchObject({ engine: "template", why: "daily_cap" });
    expect(await countLlmCallsOn(env.DB, userId, NOW)).toBe(0);
  });
});
