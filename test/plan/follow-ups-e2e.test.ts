import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
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
    const { userId, inbox } = await createJordan();
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
    await deliver(reply, { from: email, to: inbox });

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
