import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

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
