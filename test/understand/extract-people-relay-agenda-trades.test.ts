import { describe, expect, it } from "vitest";
import { forwardToRebound } from "../support/forwarding.ts";
import { understandPlain } from "../support/plain-message.ts";

// People behind an ATS relay, interviewers on an agenda, and firms of the building trades named
// after a founder. Every name, firm and sentence below is invented for these tests.

async function contactsOf(headers: string[], body: string) {
  const understanding = await understandPlain([...headers, "To: jordan.lee@gmail.com"], body);
  return understanding.contacts.map((c) => [c.name, c.email]);
}

describe("a relay's display name that a personal Reply-To spells is the recruiter", () => {
  it.each<[string, string, string]>([
    ["an unlisted given name", "Brennagh Fairclough", "brennagh.fairclough@plumline-rpo.example"],
    ["an O' surname", "Kenna O'Halloran", "kenna.ohalloran@plumline-rpo.example"],
    ["a Dutch particle", "Fenna van Rijswijk", "fenna.vanrijswijk@plumline-rpo.example"],
  ])("%s", async (_, name, address) => {
    const contacts = await contactsOf(
      [
        `From: ${name} <no-reply@us.greenhouse-mail.io>`,
        `Reply-To: ${name} <${address}>`,
        "Subject: Your application to Tallowmere Foods",
      ],
      "Hi Jordan,\n\nThe team has chosen another candidate for the Planner role at Tallowmere Foods.\n\nKind regards,\nThe recruiting team",
    );
    expect(contacts).toEqual([[name, address]]);
  });

  it("a relay's firm name with the firm's shared Reply-To stays nobody", async () => {
    const contacts = await contactsOf(
      [
        "From: Harrowgate Bakeries <no-reply@us.greenhouse-mail.io>",
        "Reply-To: Harrowgate Bakeries <careers@harrowgate.example>",
        "Subject: Your application",
      ],
      "Hi Jordan,\n\nWe have chosen another candidate for the Planner role.\n\nHarrowgate Bakeries",
    );
    expect(contacts).toEqual([]);
  });
});

describe("a firm of the building trades named after a founder is no person", () => {
  it.each<[string, string, string]>([
    ["en", "Thornbury Mechanical Contractors", "Thank you for applying to"],
    ["en", "Wexley Electrical", "Thank you for applying to"],
    ["de", "Lukas Haustechnik", "Danke für Ihre Bewerbung bei"],
    ["fr", "Martin Bâtiment", "Merci pour votre candidature chez"],
    ["es", "Alvaro Instalaciones", "Gracias por su candidatura en"],
    ["nl", "Jansen Installatietechniek", "Bedankt voor je sollicitatie bij"],
    ["it", "Marco Impianti", "Grazie per la candidatura presso"],
    ["pt", "Joao Construtora", "Obrigado pela candidatura na"],
  ])("%s: %s", async (_, firm, opening) => {
    const contacts = await contactsOf(
      [`From: "${firm}" <noreply@paylocity.com>`, "Subject: Estimator"],
      `Jordan,\n\n${opening} ${firm}. The position is on hold.\n\nRespectfully,\n\n${firm}\nHuman Resources Department`,
    );
    expect(contacts).toEqual([]);
  });
});

describe("a row of an interview agenda names an interviewer, whatever their surname", () => {
  it.each<[string, string]>([
    ["a bullet, a dash and minutes", "  - Teodor Quillfeather - systems design (60 min)"],
    ["a bullet and a length in hours", "• Teodor Quillfeather: architecture, 1 hour"],
    ["a time slot first", "10:30–11:15 Teodor Quillfeather, data modelling"],
    ["German minutes", "- Teodor Quillfeather – Systemdesign (45 Minuten)"],
    ["Spanish minutes", "* Teodor Quillfeather - diseño de sistemas (45 minutos)"],
  ])("%s", async (_, row) => {
    const contacts = await contactsOf(
      ["From: Aurelie Dansk <aurelie.dansk@gullhaven.example>", "Subject: Your final round"],
      `Hi Jordan,\n\nYour final round is set:\n${row}\n\nPlease confirm.\n\nAurelie Dansk\nRecruiting Coordinator`,
    );
    expect(contacts.map((c) => c[0])).toContain("Teodor Quillfeather");
  });

  it("a bulleted topic with a length names nobody", async () => {
    const contacts = await contactsOf(
      ["From: Aurelie Dansk <aurelie.dansk@gullhaven.example>", "Subject: Your final round"],
      "Hi Jordan,\n\nYour final round is set:\n  - Values Conversation - culture (45 min)\n\nAurelie Dansk\nRecruiting Coordinator",
    );
    expect(contacts.map((c) => c[0])).toEqual(["Aurelie Dansk"]);
  });
});

describe("through email(): drafts go to the people found, never to a trade firm", () => {
  it("no draft to a contractor firm that signs its own rejection", async () => {
    const s = await forwardToRebound({
      from: '"Thornbury Mechanical Contractors" <hr@thornburymech.example>',
      subject: "Estimator position",
      body: "Jordan,\n\nThank you for applying to Thornbury Mechanical Contractors. We have put hiring for this position on hold.\n\nRespectfully,\n\nThornbury Mechanical Contractors\nHuman Resources Department",
    });
    expect(s.contacts.map((c) => c.name)).not.toContain("Thornbury Mechanical Contractors");
    for (const d of s.drafts) expect(d.name).not.toBe("Thornbury Mechanical Contractors");
  });

  it("no draft goes to an interviewer a rejection only lists as met", async () => {
    const s = await forwardToRebound({
      from: "Aurelie Dansk <aurelie.dansk@gullhaven.example>",
      subject: "Your final round",
      body: "Hi Jordan,\n\nThank you for the final round. We have decided to move forward with another candidate. You met:\n  - Teodor Quillfeather - systems design (60 min)\n\nAurelie Dansk\nRecruiting Coordinator, Gullhaven",
    });
    expect(s.contacts.map((c) => c.name)).not.toContain("Teodor Quillfeather");
    for (const d of s.drafts) expect(d.name).toBe("Aurelie Dansk");
  });
});
