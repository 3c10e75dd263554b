import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { type ExtractInput, extractDetails } from "../../src/understand/extract-details.ts";
import type { Mailbox } from "../../src/understand/mail/parsed-email.ts";

// Every name, company and address below is invented for these tests. Each table is one kind
// of evidence that a human is meant (or that one only seems to be), in several languages. The
// tables of names in the prose read them in an invitation, where they are the meeting's people:
// in feedback or a rejection, a name only in the prose is no contact at all.

const SELF = {
  addresses: ["jordan.lee@gmail.com", "jordan@jordanlee.dev"],
  names: ["Jordan Lee"],
};

const mb = (name: string, address: string | null): Mailbox => ({ name, address });
const WRITER = mb("Oona Veldkamp", "oona.veldkamp@brightmoor.example");

function names(
  text: string,
  category: Category,
  opts: { from?: Mailbox; note?: string } = {},
): (string | null)[] {
  const input: ExtractInput = {
    original: {
      from: opts.from ?? WRITER,
      to: [mb("Jordan Lee", "jordan.lee@gmail.com")],
      cc: [],
      replyTo: [],
      subject: "Your application",
      date: null,
      body: text,
    },
    replyTo: [],
    newest: text,
    note: opts.note ?? "",
    category,
    self: SELF,
    invitation: undefined,
    forwarded: true,
  };
  return extractDetails(input)
    .contacts.map((p) => p.name)
    .sort((a, b) => String(a).localeCompare(String(b)));
}

const signed = (body: string) => `Hi Jordan,\n\n${body}\n\nOona Veldkamp\nRecruiter, Brightmoor`;

describe("a first name with a title beside it is a person, whatever the words before it", () => {
  it.each<[string, string]>([
    [
      "en, bracketed title after a skill-list head",
      "I passed your background on to Ilse and your background with Tobin (our Head of Data) impressed him; he wants to meet.",
    ],
    ["de, title a determiner opens", "Du sprichst mit mir und unserer Tech Lead Marit."],
    ["nl, title a determiner opens", "Je spreekt met mij en onze Engineering Lead Marit."],
    ["fr, bracketed title", "Vous rencontrerez Marit (notre directrice technique) mardi."],
  ])("%s", (_label, sentence) => {
    expect(names(signed(sentence), "interview_invite")).toContain(
      sentence.includes("Tobin") ? "Tobin" : "Marit",
    );
  });

  it("a capitalised title with no determiner still makes the name part of the title", () => {
    expect(names(signed("We are hiring a Lead Dev, Brightmoor Robotics."), "other")).toEqual([
      "Oona Veldkamp",
    ]);
  });
});

describe("an honorific before a lone surname is a person, unless it is the user", () => {
  it.each<[string, string, string]>([
    ["de", "Im Gespräch mit meiner Kollegin Frau Okafor fiel uns das auf.", "Okafor"],
    ["fr", "Vous avez aussi rencontré Mme Ferrandi lors du second entretien.", "Ferrandi"],
    ["nl", "Het gesprek met mevrouw Brouwers verliep goed.", "Brouwers"],
    ["es", "La entrevista con la Sra. Albaladejo fue muy positiva.", "Albaladejo"],
  ])("%s", (_lang, sentence, surname) => {
    expect(names(signed(sentence), "interview_invite")).toContain(surname);
  });

  it.each<[string, string]>([
    ["the user's own surname", "Sehr geehrter Herr Lee, vielen Dank für das Gespräch."],
    ["a brand after Dr.", "Wir arbeiten eng mit Dr. Oetkerhaus zusammen."],
  ])("%s is nobody", (_label, sentence) => {
    expect(names(signed(sentence), "feedback")).toEqual(["Oona Veldkamp"]);
  });
});

describe("the candidate the employer hired is no contact", () => {
  it.each<[string, string]>([
    ["en", "We ended up hiring Corwin Ashdale, who knew the codebase already."],
    ["en, chose", "In the end we were choosing Corwin Ashdale for the role."],
    ["fr", "Nous avons embauché Corwin Ashdale, qui connaissait déjà l'équipe."],
    ["es", "Hemos contratado a Corwin Ashdale para el puesto."],
    ["it", "Abbiamo assunto Corwin Ashdale per la posizione."],
  ])("%s", (_lang, sentence) => {
    expect(names(signed(sentence), "rejection")).toEqual(["Oona Veldkamp"]);
  });
});

describe("the referrer an ATS receipt names is a contact; nobody else in it is", () => {
  const robot = mb("Brightmoor Talent", "no-reply@brightmoor.example");
  it.each<[string, string]>([
    [
      "en, before",
      "Thanks for applying! Mireille Osterhout referred you for our Platform Engineer opening.",
    ],
    [
      "en, after",
      "Thanks for applying! You were referred by Mireille Osterhout for the Platform Engineer opening.",
    ],
    [
      "de",
      "Vielen Dank! Sie wurden auf Empfehlung von Mireille Osterhout für die Stelle vorgeschlagen.",
    ],
    ["fr", "Merci ! Vous avez été recommandé par Mireille Osterhout pour ce poste."],
    ["pt", "Obrigado! Você foi indicado por Mireille Osterhout para a vaga."],
    ["nl", "Bedankt! Je bent aanbevolen door Mireille Osterhout voor deze functie."],
  ])("%s", (_lang, sentence) => {
    const text = `Hi Jordan,\n\n${sentence}\n\nBest,\nBrightmoor Talent Team`;
    expect(names(text, "application_received", { from: robot })).toEqual(["Mireille Osterhout"]);
  });

  it("a name in a receipt with no referral cue stays nobody", () => {
    const text =
      "Hi Jordan,\n\nThanks for applying! Read how Mireille Osterhout grew our platform team.\n\nBrightmoor Talent Team";
    expect(names(text, "application_received", { from: robot })).toEqual([]);
  });
});

describe("a full name and its given name alone are one person, vouched by both", () => {
  it.each<[string, string]>([
    [
      "en",
      "The reviewers (Anneke Vosburgh and Dev Malhotra) liked it. Anneke said it ran first try.",
    ],
    [
      "de",
      "Die Gutachter (Anneke Vosburgh und Dev Malhotra) waren angetan. Anneke sagte, es lief sofort.",
    ],
  ])("%s", (_lang, sentence) => {
    expect(names(signed(sentence), "interview_invite")).toEqual([
      "Anneke Vosburgh",
      "Dev Malhotra",
      "Oona Veldkamp",
    ]);
  });
});

describe("a surname after an honorific beside the same full name is one person", () => {
  it.each<[string, string]>([
    ["de", "Sie haben mit Petra Okonkwo gesprochen. Frau Okonkwo war sehr angetan."],
    ["fr", "Vous avez rencontré Petra Okonkwo. Mme Okonkwo a beaucoup apprécié."],
  ])("%s", (_lang, sentence) => {
    expect(names(signed(sentence), "interview_invite")).toEqual(["Oona Veldkamp", "Petra Okonkwo"]);
  });
});

describe("a bracket that holds a first name alone says who took part", () => {
  it.each<[string, string]>([
    ["en", "- Coding round (Ilse): strong hire.\n- System design (Tobin K.): lean hire."],
    ["de", "- Programmierrunde (Ilse): klare Empfehlung.\n- Systemdesign (Tobin K.): eher ja."],
  ])("%s", (_lang, lines) => {
    expect(names(signed(lines), "interview_invite")).toEqual(["Ilse", "Oona Veldkamp", "Tobin K."]);
  });
});

describe("a word in brackets is not a person by the bracket alone", () => {
  it.each<[string, string]>([
    ["en", "We need several years of RTOS work (Zephyr ideally) and BLE."],
    ["de", "Wir brauchen Erfahrung mit Echtzeitsystemen (Zephyr bevorzugt)."],
  ])("%s", (_lang, sentence) => {
    expect(names(signed(sentence), "rejection")).toEqual(["Oona Veldkamp"]);
  });
});

describe("the host of a booked meeting is whom the user meets; a programme's host is not", () => {
  const robot = mb("Calendly", "notifications@calendly.com");
  it("a booked intro call names its host", () => {
    const text =
      "Hi Jordan Lee,\n\nYour event has been scheduled.\n\nEvent: Intro call - Staff Engineer\nHost: Tamsin Achterberg (Brightmoor)\nDate: Tuesday 11:30am\n";
    expect(names(text, "interview_invite", { from: robot })).toEqual(["Tamsin Achterberg"]);
  });
  it("an event's hosts are speakers", () => {
    const text =
      "Hi Jordan,\n\nJoin our meetup on Thursday.\n\nHost: Tamsin Achterberg, VP Engineering\nSpeakers: Ilse Grunwald\n";
    expect(
      names(text, "other", { from: mb("Brightmoor Events", "events@brightmoor.example") }),
    ).toEqual([]);
  });
});

describe("the user's note wrapped by the mail client is read as typed", () => {
  it("gives the address on the next line to the name before it", () => {
    const note =
      "Founder reached out after my blog post. Oona Veldkamp, cofounder Pieter Holloway\n(pieter@brightmoor.example) will join the call.";
    const input: ExtractInput = {
      original: {
        from: WRITER,
        to: [mb("Jordan Lee", "jordan.lee@gmail.com")],
        cc: [],
        replyTo: [],
        subject: "Coffee?",
        date: null,
        body: signed("Would you be up for a call with me and my cofounder Pieter next week?"),
      },
      replyTo: [],
      newest: signed("Would you be up for a call with me and my cofounder Pieter next week?"),
      note,
      category: "interview_invite",
      self: SELF,
      invitation: undefined,
      forwarded: true,
    };
    const contacts = extractDetails(input).contacts.map((c) => [c.name, c.email]);
    expect(contacts).toContainEqual(["Pieter Holloway", "pieter@brightmoor.example"]);
    expect(contacts.some((c) => c[0] === null)).toBe(false);
  });
});
