import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type DigestRecipient, loadDigestData } from "../../src/db/digests.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { FIXTURES } from "../support/fixtures.ts";
import { JORDAN } from "../support/users.ts";

const fixture = (name: string) => {
  const found = FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};

interface DraftRow {
  kind: string;
  email: string | null;
  name: string | null;
  state: string;
  days: number;
  rule: string;
  body: string;
}

async function drafts(userId: string): Promise<DraftRow[]> {
  const { results } = await env.DB.prepare(
    `SELECT d.kind, c.email, c.name, d.state, d.rule, d.body,
            CAST(round(julianday(d.due_at) - julianday(m.received_at)) AS INTEGER) AS days
     FROM drafts d JOIN contacts c ON c.id = d.contact_id
     JOIN inbound_messages m ON m.id = d.inbound_id
     WHERE d.user_id = ?1 ORDER BY d.due_at, d.kind, c.name`,
  )
    .bind(userId)
    .all<DraftRow>();
  return results;
}

const brief = (rows: DraftRow[]) => rows.map((d) => `${d.kind}→${d.name}@+${d.days}:${d.state}`);

describe("forwarding a rejection plans the follow-ups", () => {
  it("drafts a feedback request to the decision maker, LinkedIn notes for everyone met and a 90-day check-in, and no email to the warm interviewer whose address is unknown", async () => {
    const { userId, inbox } = await createJordan();
    const f = fixture("fwd-gmail-web-en-northwind-panel-note.eml");
    await deliver(f.raw, { from: f.from, to: inbox });
    const rows = await drafts(userId);
    expect(brief(rows)).toMatchSnapshot();
    expect(rows.every((d) => d.state === "pending")).toBe(true);
    // Recipients come only from stored contacts, and drafts are signed by the user.
    for (const d of rows.filter((r) => r.kind !== "linkedin_note")) {
      expect(d.body).toContain("Jordan");
    }
    expect(rows.filter((r) => r.kind === "feedback_request")).toHaveLength(1);
  });

  it("plans nothing twice when the same rejection is delivered again", async () => {
    const { userId, inbox } = await createJordan();
    const f = fixture("fwd-gmail-web-en-northwind-panel-note.eml");
    await deliver(f.raw, { from: f.from, to: inbox });
    const before = (await drafts(userId)).length;
    await deliver(f.raw, { from: f.from, to: inbox });
    expect((await drafts(userId)).length).toBe(before);
  });

  it("drafts no email to a no-reply applicant-tracking sender", async () => {
    const { userId, inbox } = await createJordan();
    const f = fixture("case-greenhouse-other-candidate.eml");
    await deliver(f.raw, { from: f.from, to: inbox });
    const rows = await drafts(userId);
    expect(rows.filter((r) => r.kind !== "linkedin_note" && r.email === null)).toEqual([]);
  });
});

describe("a contact's feedback reply", () => {
  it("produces a thank-you and cancels that person's pending nudges", async () => {
    const { userId, inbox, contactInbox } = await createJordan();
    const f = fixture("fwd-gmail-web-en-northwind-panel-note.eml");
    await deliver(f.raw, { from: f.from, to: inbox });
    const decisionMaker = (await drafts(userId)).find((d) => d.kind === "feedback_request");
    expect(decisionMaker?.email).toBeTruthy();
    const email = decisionMaker?.email ?? "";

    const reply = [
      `From: ${decisionMaker?.name} <${email}>`,
      `To: ${JORDAN.inbox}`,
      "Subject: Re: Thank you, and a question",
      "Message-ID: <feedback-reply-1@example.test>",
      "Date: Thu, 5 Nov 2026 10:00:00 +0100",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hi Jordan,",
      "",
      "Happy to share some feedback. Your technical depth was clear, but the panel felt the",
      "system design discussion stayed at a high level; walking through concrete trade-offs,",
      "failure modes and how you would measure success would have made you a stronger candidate.",
      "",
      "Best,",
      decisionMaker?.name ?? "",
    ].join("\r\n");
    await deliver(reply, { from: email, to: contactInbox });

    const rows = (await drafts(userId)).filter((d) => d.email === email);
    const states = Object.fromEntries(rows.map((d) => [d.kind, d.state]));
    expect(states.thanks_for_feedback).toBe("pending");
    expect(states.feedback_request).toBe("superseded");
    expect(states.check_in_90_day).toBe("superseded");
    // A year of stay-in-touch notes is moot too; the recruiter who wrote got no LinkedIn note.
    expect(states.stay_in_touch).toBe("superseded");
    expect(states.linkedin_note).toBeUndefined();
    const contact = await env.DB.prepare(
      "SELECT warm FROM contacts WHERE user_id = ?1 AND email = ?2",
    )
      .bind(userId, email)
      .first<{ warm: number }>();
    expect(contact?.warm).toBe(1);
  });
});

describe("the digest after two unanswered touches, and the language of each draft", () => {
  it("holds back a person's due nudges once two sent ones went unanswered, and says which language each draft is in", async () => {
    const { userId, inbox } = await createJordan();
    const f = fixture("fwd-thunderbird-de-stadtwerke-einstellungsstopp.eml");
    await deliver(f.raw, { from: f.from, to: inbox });
    const recipient = await env.DB.prepare(
      `SELECT id, owner_address AS ownerAddress, inbox_address AS inboxAddress,
              display_name AS displayName, time_zone AS timeZone, digest_hour AS digestHour
       FROM users WHERE id = ?1`,
    )
      .bind(userId)
      .first<DigestRecipient>();
    if (!recipient) throw new Error("no user");
    const rows = await env.DB.prepare(
      "SELECT id, kind, language, register FROM drafts WHERE user_id = ?1 ORDER BY due_at",
    )
      .bind(userId)
      .all<{ id: string; kind: string; language: string; register: string }>();
    expect(new Set(rows.results.map((r) => `${r.language}/${r.register}`))).toEqual(
      new Set(["de/formal"]),
    );
    const later = new Date("2030-01-01T00:00:00.000Z");
    const due = async () =>
      (await loadDigestData(env.DB, recipient, "2030-01-01", later)).drafts.map((d) => d.kind);
    const data = await loadDigestData(env.DB, recipient, "2030-01-01", later);
    expect(data.drafts.every((d) => d.language === "de")).toBe(true);
    expect(await due()).toContain("on_hold_check_back");

    // The check-back and the first stay-in-touch note went out, and nobody answered.
    const nudges = rows.results.filter((r) =>
      ["on_hold_check_back", "stay_in_touch"].includes(r.kind),
    );
    for (const r of nudges.slice(0, 2)) {
      await env.DB.prepare(
        "UPDATE drafts SET state = 'sent', sent_at = '2027-07-01T00:00:00.000Z' WHERE id = ?1",
      )
        .bind(r.id)
        .run();
    }
    const held = await due();
    expect(held).not.toContain("stay_in_touch");
    expect(held).not.toContain("pass_on_lead");
    // Still there, waiting: an answer from them would bring the next ones back.
    const pending = await env.DB.prepare(
      "SELECT count(*) AS n FROM drafts WHERE user_id = ?1 AND state = 'pending' AND kind IN ('stay_in_touch', 'pass_on_lead')",
    )
      .bind(userId)
      .first<{ n: number }>();
    expect(pending?.n).toBeGreaterThan(0);
  });
});
