import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { RED_TEAM } from "../support/fake-anthropic-fixtures.ts";
import { type FakeScenario, fakeAnthropicUrl, fakeJournal } from "../support/fake-anthropic-url.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import { fakeMailBinding, makeDraftsDue, sendDigest } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

const NORTHWIND = "fwd-gmail-web-en-northwind-panel-note.eml";

/** The Worker's bindings with Claude configured against the fake, playing `scenario`. */
function withClaude(scenario: FakeScenario) {
  const baseUrl = fakeAnthropicUrl(scenario);
  const mail = fakeMailBinding();
  const bindings = {
    ...mail.env,
    ANTHROPIC_API_KEY: "sk-test-not-a-real-key",
    ANTHROPIC_BASE_URL: baseUrl,
    CLAUDE_MAX_RETRIES: "0",
    CLAUDE_TIMEOUT_MS: "1500",
  } as Env;
  return { bindings, baseUrl, mail };
}

async function stored(userId: string) {
  return env.DB.prepare(
    `SELECT status, category, reason, engine, confidence, needs_review FROM inbound_messages
     WHERE user_id = ?1`,
  )
    .bind(userId)
    .first<{
      status: string;
      category: string;
      reason: string | null;
      engine: string;
      confidence: number;
      needs_review: number;
    }>();
}

async function draftsOf(userId: string) {
  const { results } = await env.DB.prepare(
    `SELECT d.kind, d.engine, d.body, c.email FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1 ORDER BY d.kind, c.email, d.due_at`,
  )
    .bind(userId)
    .all<{ kind: string; engine: string; body: string; email: string | null }>();
  return results;
}

async function usage(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT task, outcome, input_tokens, output_tokens FROM llm_usage WHERE user_id = ?1 ORDER BY created_at",
  )
    .bind(userId)
    .all<{ task: string; outcome: string; input_tokens: number; output_tokens: number }>();
  return results;
}

describe("email() with Claude configured (against the local fake)", () => {
  it("when Claude agrees: one understanding call, the record says Claude decided, tokens recorded", async () => {
    const { userId, inbox } = await createJordan();
    const claude = withClaude("good");
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: inbox }, claude.bindings);
    const row = await stored(userId);
    expect(row).toMatchObject({ status: "processed", category: "rejection", engine: "claude" });
    const calls = await usage(userId);
    expect(calls[0]).toMatchObject({ task: "understand" });
    expect(calls[0]?.input_tokens).toBeGreaterThan(0);
    // The email travelled as data inside a delimited block, after the fixed, cached instructions.
    const [first] = await fakeJournal(claude.baseUrl);
    expect(first?.body.system[0]?.cache_control).toEqual({ type: "ephemeral" });
    // Nothing was sent: Claude never causes mail.
    expect(claude.mail.attempts).toEqual([]);
  });

  it("personalises at most two of the first drafts; every draft keeps its recipient", async () => {
    const rulesOnly = await createJordan();
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: rulesOnly.inbox });
    const { userId, inbox } = await createJordan();
    const claude = withClaude("good");
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: inbox }, claude.bindings);
    const withClaudeDrafts = await draftsOf(userId);
    const plain = await draftsOf(rulesOnly.userId);
    expect(withClaudeDrafts.map((d) => [d.kind, d.email])).toEqual(
      plain.map((d) => [d.kind, d.email]),
    );
    const drafting = (await usage(userId)).filter((u) => u.task === "draft");
    expect(drafting.length).toBeGreaterThan(0);
    expect(drafting.length).toBeLessThanOrEqual(2);
    const personalised = withClaudeDrafts.filter((d) => d.engine === "claude");
    expect(personalised.length).toBe(drafting.filter((u) => u.outcome === "ok").length);
    expect(personalised.length).toBeGreaterThan(0);
  });

  it.each<[FakeScenario, string]>([
    ["429", "a rate limit"],
    ["500", "a server error"],
    ["hang", "a request that never answers (the client's timeout fires)"],
  ])("falls back to the rules on %s (%s), and loses nothing", async (scenario) => {
    const { userId, inbox } = await createJordan();
    const rules = await createJordan();
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: rules.inbox });
    const claude = withClaude(scenario);
    const message = await deliver(
      fixtureRaw(NORTHWIND),
      { from: JORDAN.owner, to: inbox },
      claude.bindings,
    );
    expect(message.rejected).toBeNull();
    const row = await stored(userId);
    expect(row).toMatchObject({ status: "processed", category: "rejection", engine: "rules" });
    expect(row).toEqual(await stored(rules.userId));
    const drafts = await draftsOf(userId);
    expect(drafts.map((d) => [d.kind, d.email])).toEqual(
      (await draftsOf(rules.userId)).map((d) => [d.kind, d.email]),
    );
    // Drafting failed the same way: every draft is the template's own text.
    expect(drafts.every((d) => d.engine === "template")).toBe(true);
  });

  it("on invalid output keeps the rules' answer, marked for review in the digest", async () => {
    const { userId, inbox } = await createJordan();
    const claude = withClaude("invalid-json");
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: inbox }, claude.bindings);
    const row = await stored(userId);
    expect(row).toMatchObject({ status: "processed", category: "rejection", engine: "rules" });
    expect(row?.needs_review).toBe(1);
    expect(row?.confidence).toBeLessThan(0.6);
  });

  it("stops calling at the daily cap, and the rules carry on", async () => {
    const { userId, inbox } = await createJordan();
    const claude = withClaude("good");
    const capped = { ...claude.bindings, CLAUDE_DAILY_CALLS_PER_USER: "0" } as Env;
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: inbox }, capped);
    expect(await fakeJournal(claude.baseUrl)).toEqual([]);
    expect(await stored(userId)).toMatchObject({ status: "processed", engine: "rules" });
    expect((await usage(userId)).every((u) => u.outcome === "capped")).toBe(true);
  });

  it("puts this month's Claude cost in the digest footer", async () => {
    const { userId, inbox } = await createJordan(env.DB, { digestHour: 0 });
    const claude = withClaude("good");
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: inbox }, claude.bindings);
    await makeDraftsDue(userId);
    const digest = await sendDigest(userId, inbox);
    expect(digest.digestText.replace(/\s+/g, " ")).toMatch(
      /Claude in [A-Z][a-z]+: \d+ calls?, (about \$\d+\.\d\d|under \$0\.01)\./,
    );
  });

  it("works exactly as before without an API key: no call at all", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(fixtureRaw(NORTHWIND), { from: JORDAN.owner, to: inbox });
    expect(await usage(userId)).toEqual([]);
    expect((await stored(userId))?.engine).toBe("rules");
  });
});

describe.each(RED_TEAM)("red team through email(): $name", ({ raw }) => {
  it("a model that obeys the email changes no recipient and sends nothing", async () => {
    const rules = await createJordan();
    const sender = /^From:.*?([^\s<>"]+@[^\s<>"]+)/m.exec(raw)?.[1] ?? JORDAN.owner;
    await deliver(raw, { from: sender, to: rules.inbox });
    const { userId, inbox } = await createJordan();
    const claude = withClaude("obey");
    await deliver(raw, { from: sender, to: inbox }, claude.bindings);

    expect(claude.mail.attempts).toEqual([]);
    const addresses = async (id: string) => {
      const { results } = await env.DB.prepare(
        "SELECT email FROM contacts WHERE user_id = ?1 AND email IS NOT NULL ORDER BY email",
      )
        .bind(id)
        .all<{ email: string }>();
      return results.map((r) => r.email);
    };
    const allowed = new Set(await addresses(rules.userId));
    for (const address of await addresses(userId)) {
      expect(address).not.toMatch(/evil\.example/);
      expect(allowed.has(address) || raw.toLowerCase().includes(address)).toBe(true);
    }
    for (const draft of await draftsOf(userId)) {
      if (draft.email) expect(draft.email).not.toMatch(/evil\.example/);
    }
    const user = await env.DB.prepare("SELECT paused, target_companies FROM users WHERE id = ?1")
      .bind(userId)
      .first();
    expect(user).toEqual({ paused: 0, target_companies: "[]" });
    const approved = await env.DB.prepare(
      "SELECT count(*) AS n FROM drafts WHERE user_id = ?1 AND state <> 'pending'",
    )
      .bind(userId)
      .first<{ n: number }>();
    expect(approved?.n).toBe(0);
  });
});
