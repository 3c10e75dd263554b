import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests. Each case goes through
// the Worker's email() handler: what is stored as a contact, and who may get a draft.

const sorted = (xs: (string | null)[]) =>
  [...xs].sort((a, b) => String(a).localeCompare(String(b)));

describe("people are stored on the evidence that a human is meant", () => {
  it("keeps a first-name interviewer the recruiter titles in brackets", async () => {
    const s = await forwardToRebound({
      from: "Hedda Marsh <hedda@kittiwake.example>",
      subject: "Platform Architect - next steps",
      note: "fyi",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for chatting! I shared your background with Ilias (our VP of Platform) and he'd like to meet for a technical conversation next week.",
        "",
        "Thanks,",
        "Hedda",
        "",
        "Hedda Marsh",
        "Talent Lead, Kittiwake",
      ],
    });
    expect(sorted(s.contacts.map((c) => c.name))).toEqual(["Hedda Marsh", "Ilias"]);
  });

  it("stores no colleague German feedback names in passing by honorific and surname", async () => {
    const s = await forwardToRebound({
      from: "Jonas Feldhaus <jonas.feldhaus@kittiwake.example>",
      subject: "Ihr Feedback",
      body: [
        "Hallo Jordan,",
        "",
        "wie versprochen ein paar Worte zum Feedback. Auch im Gespräch mit meiner Kollegin Frau Oyelowo kam der Eindruck auf, dass Sie sich bei Anforderungen zurückhalten.",
        "",
        "Beste Grüße",
        "Jonas Feldhaus",
        "Engineering Lead, Kittiwake",
      ],
    });
    expect(sorted(s.contacts.map((c) => c.name))).toEqual(["Jonas Feldhaus"]);
  });

  it("stores the referrer an ATS receipt names, and drafts to no one else", async () => {
    const s = await forwardToRebound({
      from: "Kittiwake Talent <no-reply@kittiwake.example>",
      subject: "Your application to Kittiwake",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for your interest in Kittiwake! Mireille Osterhout referred you for our Platform Architect opening, and we've received your application.",
        "",
        "Best,",
        "Kittiwake Talent Team",
      ],
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Mireille Osterhout"]);
  });

  it("stores nobody for the candidate hired instead or a tool in brackets", async () => {
    const s = await forwardToRebound({
      from: "Hedda Marsh <hedda@kittiwake.example>",
      subject: "Platform Architect",
      body: [
        "Hi Jordan,",
        "",
        "We've filled the role: we ended up hiring Corwin Ashdale, who had contracted with us before. We also needed more RTOS work (Zephyr ideally).",
        "",
        "All the best,",
        "Hedda Marsh",
        "Talent Lead, Kittiwake",
      ],
    });
    expect(s.contacts.map((c) => c.name)).toEqual(["Hedda Marsh"]);
    for (const d of s.drafts) expect(d.name).toBe("Hedda Marsh");
  });

  it("stores no reviewer the feedback names in passing, in full or by given name", async () => {
    const s = await forwardToRebound({
      from: "Hedda Marsh <hedda@kittiwake.example>",
      subject: "Take-home feedback",
      body: [
        "Hi Jordan,",
        "",
        "I went back to the two engineers who reviewed your take-home (Anneke Vosburgh and Dev Malhotra). Anneke said it was the easiest submission to run this year.",
        "",
        "Best,",
        "Hedda Marsh",
        "Talent Lead, Kittiwake",
      ],
    });
    expect(sorted(s.contacts.map((c) => c.name))).toEqual(["Hedda Marsh"]);
  });
});
