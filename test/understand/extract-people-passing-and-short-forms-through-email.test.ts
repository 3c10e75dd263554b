import { describe, expect, it } from "vitest";
import { forwardToRebound, type Stored } from "../support/forwarding.ts";

// Every name, firm and address below is invented for these tests. Each case goes through the
// Worker's email() handler: who is stored as a contact, and who any draft is addressed to.

const MAREN = { name: "Maren Holt", email: "maren.holt@brindlecoe.example" };
const MAREN_FROM = "Maren Holt <maren.holt@brindlecoe.example>";

/** Everyone a draft goes to, by name. */
const draftNames = (s: Stored) => [...new Set(s.drafts.map((d) => d.name))];

describe("no draft goes to a deputy for a back-office matter", () => {
  it("stores only the recruiter whose out-of-office names a deputy for invoices", async () => {
    const s = await forwardToRebound({
      from: MAREN_FROM,
      subject: "Automatic reply: Data Engineer interview",
      note: "she's away",
      body: [
        "Thank you for your message. I am out of the office until 4 January with limited access to email.",
        "",
        "For expense claims and supplier payments please contact Harriet Voss (harriet.voss@brindlecoe.example).",
        "",
        "Maren Holt",
        "Talent Partner, Brindlecoe",
      ],
    });
    expect(s.contacts).toEqual([MAREN]);
    expect(draftNames(s)).not.toContain("Harriet Voss");
  });
});

describe("no draft goes to someone copied by procedure", () => {
  it("drafts only to the hiring manager, not to the works council member in copy", async () => {
    const s = await forwardToRebound({
      from: MAREN_FROM,
      cc: '"Wendtland, Jonna" <jonna.wendtland@brindlecoe.example>',
      subject: "Ihre Bewerbung als Data Engineer",
      body: [
        "Sehr geehrte Frau Lee,",
        "",
        "leider muss ich Ihnen mitteilen, dass wir die Stelle als Data Engineer nicht besetzen werden: Das Budget wurde gestrichen.",
        "",
        "Frau Wendtland von der Gleichstellungsstelle erhält diese Nachricht wie immer in Kopie.",
        "",
        "Maren Holt",
        "Leiterin Data, Brindlecoe",
      ],
    });
    expect(s.contacts).toEqual([MAREN]);
    expect(s.drafts.length).toBeGreaterThan(0);
    for (const d of s.drafts) expect(d.name).toBe("Maren Holt");
  });
});

describe("no draft goes to a leader named in passing", () => {
  it("drafts only to the recruiter who sends the offer the CEO praised", async () => {
    const s = await forwardToRebound({
      from: MAREN_FROM,
      subject: "Proposta - Engenheira de Dados",
      note: "offer!!",
      body: [
        "Olá Jordan,",
        "",
        "É com enorme gosto que lhe envio a nossa proposta para a função de Engenheira de Dados.",
        "",
        "O nosso CEO, Rui Valadão, almoçou com a equipa e falou muito bem do seu portefólio.",
        "",
        "Maren Holt",
        "Talent Partner, Brindlecoe",
      ],
    });
    expect(s.contacts).toEqual([MAREN]);
    for (const d of s.drafts) expect(d.name).toBe("Maren Holt");
  });
});

describe("a short or pet form is the sender, by the full name, at the sender's address", () => {
  it("drafts to the full name under the sign-off, not to the note's pet form", async () => {
    const s = await forwardToRebound({
      from: "Paco Ruiz <paco.ruiz@quillmark.example>",
      subject: "Tu candidatura - Data Engineer",
      note: "Paco fue un encanto, qué pena.",
      body: [
        "Hola Jordan,",
        "",
        "Hemos optado por otra persona para el puesto de Data Engineer.",
        "",
        "Un saludo,",
        "Paco",
        "",
        "Francisco Ruiz Olmedo",
        "Responsable de Datos, Quillmark",
      ],
    });
    expect(s.contacts).toEqual([
      { name: "Francisco Ruiz Olmedo", email: "paco.ruiz@quillmark.example" },
    ]);
    expect(s.drafts.length).toBeGreaterThan(0);
    for (const d of s.drafts) expect(d.name).toBe("Francisco Ruiz Olmedo");
  });

  it("drafts to the person at the firm by the signature's surname, not the firm's", async () => {
    const s = await forwardToRebound({
      from: "Lise de Carrelet <lise@carrelet.example>",
      subject: "Data Analyst",
      body: [
        "Bonjour Jordan,",
        "",
        "Le poste de Data Analyst est gelé jusqu'à nouvel ordre, faute de budget.",
        "",
        "Lise Fontaine",
        "People Partner",
      ],
    });
    expect(s.contacts).toEqual([{ name: "Lise Fontaine", email: "lise@carrelet.example" }]);
    for (const d of s.drafts) expect(d.name).toBe("Lise Fontaine");
  });
});

describe("a name part said elsewhere is no second person", () => {
  it("stores the interviewer the note names in full once, beside the recruiter", async () => {
    const s = await forwardToRebound({
      from: MAREN_FROM,
      subject: "Ihre Bewerbung",
      note: "Thomas Konrad (Teamleiter) fand ich sehr angenehm.",
      body: [
        "Sehr geehrte Frau Lee,",
        "",
        "Herr Konrad und ich danken Ihnen für das offene Gespräch. Leider haben wir uns für eine andere Bewerberin entschieden.",
        "",
        "Maren Holt",
        "Personalreferentin, Brindlecoe",
      ],
    });
    expect(s.contacts.map((c) => c.name).sort()).toEqual(["Maren Holt", "Thomas Konrad"]);
    for (const d of s.drafts) expect(["Maren Holt", "Thomas Konrad"]).toContain(d.name);
  });
});

describe("capitalised words and a maxim's speaker are nobody", () => {
  it("stores no standard the note and the message both name", async () => {
    const s = await forwardToRebound({
      from: MAREN_FROM,
      subject: "Sollicitatie Informatieanalist",
      note: "Common Ledger ken ik alleen van naam",
      body: [
        "Beste Jordan,",
        "",
        "Ervaring met Common Ledger en andere open standaarden van de overheid is voor deze functie onmisbaar. We gaan daarom niet verder met je sollicitatie.",
        "",
        "Maren Holt",
        "Recruiter, Brindlecoe",
      ],
    });
    expect(s.contacts).toEqual([MAREN]);
    for (const d of s.drafts) expect(d.name).toBe("Maren Holt");
  });

  it("stores no former colleague a mentor's advice tells a story about", async () => {
    const s = await forwardToRebound({
      from: "Ruth Pemberton <ruth.pemberton@fastmail.com>",
      subject: "a few thoughts",
      note: "saving this",
      body: [
        "Jordan,",
        "",
        "Keep going. Mi antigua compañera Sarah Kimball pasó por lo mismo el año pasado y le fue muy bien.",
        "",
        "Ruth",
      ],
    });
    expect(s.contacts.map((c) => c.name)).not.toContain("Sarah Kimball");
    expect(draftNames(s)).not.toContain("Sarah Kimball");
  });

  it("stores no one a mentor's advice quotes", async () => {
    const s = await forwardToRebound({
      from: "Ruth Pemberton <ruth.pemberton@fastmail.com>",
      subject: "a few thoughts",
      note: "saving this",
      body: [
        "Jordan,",
        "",
        "Chin up - a run of no's in a slow market says more about the market than about you.",
        "",
        "My first manager Harold Quince used to say you never regret asking for the number in writing.",
        "",
        "Ruth",
      ],
    });
    expect(s.contacts.map((c) => c.name)).not.toContain("Harold Quince");
    expect(draftNames(s)).not.toContain("Harold Quince");
  });
});
