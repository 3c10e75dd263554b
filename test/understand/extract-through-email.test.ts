import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { JORDAN } from "../support/users.ts";

// Every name, company and address below is invented for these tests.

/** A Gmail web forward from the job seeker of one original message. */
function gmailForward(original: {
  from: string;
  to?: string;
  subject: string;
  body: string;
  note?: string;
}): string {
  const id = crypto.randomUUID();
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: Fwd: ${original.subject}`,
    "Date: Mon, 7 Dec 2026 09:12:00 +0100",
    `Message-ID: <${id}@mail.gmail.com>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    original.note ?? "",
    "",
    "---------- Forwarded message ---------",
    `From: ${original.from}`,
    "Date: Fri, Dec 4, 2026 at 4:40 PM",
    `Subject: ${original.subject}`,
    `To: ${original.to ?? `Jordan Lee <${JORDAN.owner}>`}`,
    "",
    "",
    original.body,
    "",
  ].join("\r\n");
}

interface Stored {
  contacts: { name: string | null; email: string | null }[];
  drafts: { kind: string; name: string | null; email: string | null }[];
  companies: string[];
  roles: (string | null)[];
}

async function stored(userId: string): Promise<Stored> {
  const contacts = await env.DB.prepare("SELECT name, email FROM contacts WHERE user_id = ?1")
    .bind(userId)
    .all<{ name: string | null; email: string | null }>();
  const drafts = await env.DB.prepare(
    `SELECT d.kind, c.name, c.email FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1`,
  )
    .bind(userId)
    .all<{ kind: string; name: string | null; email: string | null }>();
  const companies = await env.DB.prepare("SELECT name FROM companies WHERE user_id = ?1")
    .bind(userId)
    .all<{ name: string }>();
  const roles = await env.DB.prepare("SELECT role FROM applications WHERE user_id = ?1")
    .bind(userId)
    .all<{ role: string | null }>();
  return {
    contacts: contacts.results,
    drafts: drafts.results,
    companies: companies.results.map((r) => r.name),
    roles: roles.results.map((r) => r.role),
  };
}

async function forwardToRebound(message: Parameters<typeof gmailForward>[0]): Promise<Stored> {
  const { userId, inbox } = await createJordan();
  await deliver(gmailForward(message), { from: JORDAN.owner, to: inbox });
  return stored(userId);
}

describe("forwarded rejections draft nothing to an invented person", () => {
  it("takes no job-title words for a person, and keeps the comma in the role", async () => {
    const s = await forwardToRebound({
      from: "Corvane Careers <careers@corvane.example>",
      subject: "Your application: Manager, Threat Research Services",
      body: [
        "Dear Jordan,",
        "",
        "Thank you for your interest in the Manager, Threat Research Services position. After careful review we have decided to move forward with other candidates.",
        "",
        "Offensive Research",
        "Corvane Defense Systems",
      ].join("\r\n"),
    });
    expect(s.contacts).toEqual([]);
    expect(s.drafts).toEqual([]);
    expect(s.companies).toEqual(["Corvane Defense Systems"]);
    expect(s.roles).toEqual(["Manager, Threat Research Services"]);
  });

  it("stores no team mailbox as a nameless recruiter, and names the employer, not the display suffix", async () => {
    const s = await forwardToRebound({
      from: "Tallbridge Hydraulics Application Update <talent.acquisition@tallbridge.example>",
      subject: "Application Update",
      body: [
        "Dear Jordan,",
        "",
        "Thank you for applying to the Hydraulic Controls Engineer position at Tallbridge Hydraulics. Unfortunately we will not be moving forward with your application.",
        "",
        "Talent Acquisition",
      ].join("\r\n"),
    });
    expect(s.contacts).toEqual([]);
    expect(s.drafts).toEqual([]);
    expect(s.companies).toEqual(["Tallbridge Hydraulics"]);
  });

  it("stores no robot behind an automated do-not-reply address", async () => {
    const s = await forwardToRebound({
      from: "hr-ss-automated_message_do_not_reply@brassmoor.example",
      subject: "Requisition closed",
      body: [
        "Dear Applicant,",
        "",
        "The role you applied to is no longer available. We encourage you to apply for other openings at Brassmoor Instruments.",
        "",
        "© 2026 Brassmoor Instruments Corporation",
      ].join("\r\n"),
    });
    expect(s.contacts).toEqual([]);
    expect(s.drafts).toEqual([]);
    expect(s.companies).not.toContain("2026 © Brassmoor Instruments Corporation");
  });

  it("never stores the job seeker, named beside an applicant-tracking address", async () => {
    const s = await forwardToRebound({
      from: "Quayside Bank Workday Notification <quayside@myworkday.com>",
      to: "Jordan Lee <quayside-candidate-4471@myworkday.com>",
      subject: "Your application for Payments Analyst",
      body: [
        "Hello Jordan Lee,",
        "",
        "Thank you for your application for Payments Analyst at Quayside Bank. We have decided not to proceed with your candidacy.",
        "",
        "Kind regards,",
        "Quayside Bank Talent Acquisition",
      ].join("\r\n"),
    });
    expect(s.contacts.map((c) => c.name)).not.toContain("Jordan Lee");
    expect(s.contacts).toEqual([]);
    expect(s.drafts).toEqual([]);
    expect(s.companies).toEqual(["Quayside Bank"]);
  });

  it("still drafts to the real person who wrote, with the employer from the signature, not the city", async () => {
    const s = await forwardToRebound({
      from: "Rosalind Achebe <rosalind.achebe@quayside.example>",
      subject: "Staff Engineer, Ledger",
      note: "She was lovely.",
      body: [
        "Hi Jordan,",
        "",
        "Thank you for the time you gave us for the Staff Engineer, Ledger role. We have decided to go with another candidate whose background is closer to what we need right now.",
        "",
        "Best,",
        "Rosalind Achebe",
        "Engineering Manager, Payments",
        "Quayside Bank",
        "Leeds, United Kingdom",
      ].join("\r\n"),
    });
    expect(s.contacts).toEqual([
      { name: "Rosalind Achebe", email: "rosalind.achebe@quayside.example" },
    ]);
    expect(s.drafts.length).toBeGreaterThan(0);
    expect(s.drafts.every((d) => d.name === "Rosalind Achebe")).toBe(true);
    expect(s.companies).toEqual(["Quayside Bank"]);
  });
});
