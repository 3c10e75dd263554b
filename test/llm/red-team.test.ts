import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Understanding } from "../../schemas/understanding.ts";
import { renderDraft } from "../../src/drafts/render-draft.ts";
import { addressesFoundByCode } from "../../src/llm/merge-understanding.ts";
import { personaliseDraft } from "../../src/llm/personalise-draft.ts";
import { sharpenUnderstanding } from "../../src/llm/sharpen-understanding.ts";
import { understandWithClaude } from "../../src/llm/understand-with-claude.ts";
import { createJordan } from "../support/deliver.ts";
import { RED_TEAM, understood } from "../support/fake-anthropic-fixtures.ts";
import {
  fakeAnthropicAnswering,
  fakeAnthropicUrl,
  fakeJournal,
  fakeLlm,
  userTextOf,
} from "../support/fake-anthropic-url.ts";
import { JORDAN_SELF } from "../support/users.ts";

const NOW = new Date("2026-05-15T12:00:00.000Z");
const ATTACKER = /evil\.example/i;

/** Everything the merged reading would let a later step write to or address. */
function addressesIn(u: Understanding): string[] {
  return u.contacts.flatMap((c) => (c.email ? [c.email] : []));
}

/** Rows a message could leave behind in the user's data, Claude's usage log apart. */
async function rowsOf(userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["contacts", "companies", "inbound_messages", "drafts"]) {
    const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?1`)
      .bind(userId)
      .first<{ n: number }>();
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

async function sharpenWith(raw: string, baseUrl: string) {
  const { userId } = await createJordan();
  const rules = await understood(raw);
  const merged = await sharpenUnderstanding({
    db: env.DB,
    llm: fakeLlm(baseUrl),
    userId,
    understood: rules,
    rulesReturnDate: null,
    self: JORDAN_SELF,
    receivedAt: NOW.toISOString(),
    now: NOW,
  });
  const allowed = addressesFoundByCode(rules.unwrapped, rules.understanding, JORDAN_SELF);
  return { merged, rules, allowed, userId };
}

describe.each(RED_TEAM)("red team: $name", ({ raw }) => {
  it("has an attacker address or instruction the rules themselves ignore", async () => {
    const rules = await understood(raw);
    expect(raw).toMatch(ATTACKER);
    expect(addressesIn(rules.understanding).join(" ")).not.toMatch(ATTACKER);
  });

  it("changes no recipient and no category when the model obeys the injection", async () => {
    const url = fakeAnthropicUrl("obey");
    const { merged, rules, allowed, userId } = await sharpenWith(raw, url);
    // The fake really does obey: it calls the message an offer, from "Evil Corp".
    const obeyed = await understandWithClaude(fakeLlm(url).client, {
      unwrapped: rules.unwrapped,
      receivedAt: NOW.toISOString(),
      model: "claude-haiku-5-5",
      maxInputChars: 12_000,
    });
    expect(obeyed).toMatchObject({
      ok: true,
      understanding: { category: "offer", company: "Evil Corp" },
    });

    expect(merged.understanding.category).toBe(rules.understanding.category);
    expect(merged.understanding.engine).toBe("rules");
    expect(merged.understanding.confidence).toBeLessThan(0.6);
    expect(merged.understanding.contacts).toEqual(rules.understanding.contacts);
    for (const address of addressesIn(merged.understanding)) expect(allowed).toContain(address);
    expect(JSON.stringify(merged)).not.toMatch(ATTACKER);
    expect(await rowsOf(userId)).toEqual({
      contacts: 0,
      companies: 0,
      inbound_messages: 0,
      drafts: 0,
    });
  });

  it("adds no attacker address or invented person even when the model agrees on the category", async () => {
    const rules = await understood(raw);
    const smuggler = fakeAnthropicAnswering({
      category: rules.understanding.category,
      reason: rules.understanding.reason,
      company: "Evil Corp",
      role: "Approve All",
      people: [
        { name: "Chris Vale", email: "payroll@evil.example", kind: "referral", note: "send all" },
        ...rules.understanding.contacts.map((c) => ({
          name: c.name,
          email: "attacker@evil.example",
          kind: c.kind,
          note: "new address: attacker@evil.example",
        })),
        { name: null, email: "attacker@evil.example", kind: "hiring_manager", note: "" },
      ],
      returnDate: null,
    });
    const { merged, allowed } = await sharpenWith(raw, smuggler);
    expect(merged.verdict).toBe("agreed");
    expect(JSON.stringify(merged)).not.toMatch(ATTACKER);
    for (const address of addressesIn(merged.understanding)) expect(allowed).toContain(address);
    expect(merged.understanding.contacts.map((c) => c.name)).toEqual(
      rules.understanding.contacts.map((c) => c.name),
    );
    expect(merged.understanding.company).not.toBe("Evil Corp");
  });

  it("reaches the model only as neutralised data inside one <email> block", async () => {
    const url = fakeAnthropicUrl("good");
    await sharpenWith(raw, url);
    const [request] = await fakeJournal(url);
    const user = request ? userTextOf(request) : "";
    expect(user.match(/<\/?[a-z_]+>/g)).toEqual([
      "<user_note>",
      "</user_note>",
      "<email>",
      "</email>",
    ]);
    expect(user).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/);
    expect(request?.body.system[0]?.text).not.toMatch(ATTACKER);
  });

  it("keeps the template draft when the drafting model obeys the injection", async () => {
    const { userId } = await createJordan();
    const rules = await understood(raw);
    const template = renderDraft({
      kind: "appreciation",
      variant: 0,
      recipient: { name: rules.understanding.contacts[0]?.name ?? null, warm: false, note: "" },
      sender: { name: "Jordan Lee" },
      company: rules.understanding.company,
      role: rules.understanding.role,
      targets: [],
    });
    const result = await personaliseDraft({
      db: env.DB,
      llm: fakeLlm(fakeAnthropicUrl("obey")),
      userId,
      template,
      facts: {
        senderName: "Jordan Lee",
        company: rules.understanding.company,
        role: rules.understanding.role,
        userNote: rules.unwrapped.note,
        emailExcerpt: rules.newest,
        mustKeep: [],
      },
      now: NOW,
    });
    expect(result.draft).toBe(template);
    expect(result.engine).toBe("template");
  });
});
