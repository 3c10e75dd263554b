import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "../support/users.ts";

// A schedule whose rows give the time, what happens, then who; and a panel the user's note
// names in full when the lexicon does not know the given name. Every name, firm and sentence
// below is invented for these tests.

async function contactsOf(raw: string[]): Promise<(string | null)[]> {
  const email = await parseEmail(new TextEncoder().encode(raw.join("\r\n")));
  return understandEmail(email, JORDAN_SELF).understanding.contacts.map((c) => c.name);
}

function direct(subject: string, body: string): string[] {
  return [
    "From: Ottilie Brandt <ottilie.brandt@fernhollow.example>",
    "To: jordan.lee@gmail.com",
    `Subject: ${subject}`,
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <schedule@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    body,
  ];
}

/** Each language's opening, schedule heading and rows (time, topic, dash, interviewer). */
const SCHEDULES: [string, string, string, string[]][] = [
  [
    "en",
    "Your onsite at Fernhollow",
    "Hi Jordan,\n\nHere is the plan for your onsite at Fernhollow:",
    [
      "09:30 - 10:30  Architecture & trade-offs - Rosalind Achterberg",
      "10:45 - 11:30  Team fit - Matthias Quennell",
    ],
  ],
  [
    "de",
    "Ihr Vor-Ort-Termin bei Fernhollow",
    "Hallo Jordan,\n\nhier der Ablauf Ihres Termins bei Fernhollow:",
    [
      "09:30 - 10:30  Architektur & Abwägungen - Rosalind Achterberg",
      "10:45 - 11:30  Teamgespräch - Matthias Quennell",
    ],
  ],
  [
    "fr",
    "Votre journée chez Fernhollow",
    "Bonjour Jordan,\n\nvoici le programme de votre journée chez Fernhollow :",
    [
      "09h30 - 10h30  Architecture et arbitrages - Rosalind Achterberg",
      "10h45 - 11h30  Échange avec l'équipe - Matthias Quennell",
    ],
  ],
  [
    "es",
    "Tu jornada en Fernhollow",
    "Hola Jordan,\n\naquí tienes la agenda de tu jornada en Fernhollow:",
    [
      "09:30 - 10:30  Arquitectura y decisiones - Rosalind Achterberg",
      "10:45 - 11:30  Encaje con el equipo - Matthias Quennell",
    ],
  ],
  [
    "nl",
    "Je dag bij Fernhollow",
    "Hoi Jordan,\n\nhier is het programma van je dag bij Fernhollow:",
    [
      "09:30 - 10:30  Architectuur en afwegingen - Rosalind Achterberg",
      "10:45 - 11:30  Kennismaking met het team - Matthias Quennell",
    ],
  ],
  [
    "it",
    "La tua giornata da Fernhollow",
    "Ciao Jordan,\n\necco il programma della tua giornata da Fernhollow:",
    [
      "09:30 - 10:30  Architettura e compromessi - Rosalind Achterberg",
      "10:45 - 11:30  Incontro con il team - Matthias Quennell",
    ],
  ],
  [
    "pt",
    "O seu dia na Fernhollow",
    "Olá Jordan,\n\nsegue a agenda do seu dia na Fernhollow:",
    [
      "09:30 - 10:30  Arquitetura e escolhas - Rosalind Achterberg",
      "10:45 - 11:30  Conversa com a equipa - Matthias Quennell",
    ],
  ],
];

describe("a schedule row names its interviewer after the topic", () => {
  it.each(SCHEDULES)("%s", async (_, subject, opening, rows) => {
    const body = `${opening}\n\n${rows.join("\n")}\n\nOttilie Brandt\nRecruiting, Fernhollow`;
    const names = await contactsOf(direct(subject, body));
    expect(names).toEqual(expect.arrayContaining(["Rosalind Achterberg", "Matthias Quennell"]));
  });

  it("a row naming a thing after the dash is nobody", async () => {
    const body =
      "Hi Jordan,\n\nHere is the plan for your onsite at Fernhollow:\n\n09:30 - 10:30  Walkthrough - Main Hall\n10:45 - 11:30  Lunch - Garden Terrace\n\nOttilie Brandt\nRecruiting, Fernhollow";
    expect(await contactsOf(direct("Your onsite at Fernhollow", body))).toEqual(["Ottilie Brandt"]);
  });
});

function forward(note: string, body: string): string[] {
  return [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: Next steps at Fernhollow",
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <note-panel@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    note,
    "",
    "---------- Forwarded message ---------",
    "From: Ottilie Brandt <ottilie.brandt@fernhollow.example>",
    "Date: Fri, Dec 4, 2026 at 4:40 PM",
    "Subject: Next steps at Fernhollow",
    "To: Jordan Lee <jordan.lee@gmail.com>",
    "",
    body,
  ];
}

describe("a full name the note and the message both write is a person, given name known or not", () => {
  it.each<[string, string, string]>([
    ["en", "Xiuying Tan would be my manager.", "You will also meet Xiuying Tan on Friday."],
    ["de", "Xiuying Tan wäre meine Chefin.", "Am Freitag lernen Sie auch Xiuying Tan kennen."],
    ["fr", "Xiuying Tan serait ma manager.", "Vous rencontrerez aussi Xiuying Tan vendredi."],
    ["es", "Xiuying Tan sería mi jefa.", "El viernes conocerás también a Xiuying Tan."],
    ["nl", "Xiuying Tan wordt mijn manager.", "Vrijdag spreek je ook Xiuying Tan."],
    ["it", "Xiuying Tan sarebbe la mia responsabile.", "Venerdì incontrerai anche Xiuying Tan."],
    ["pt", "Xiuying Tan seria a minha gestora.", "Na sexta-feira vai conhecer também Xiuying Tan."],
  ])("%s", async (_, note, sentence) => {
    const body = `Hi Jordan,\n\nWe'd like to invite you to a final interview at Fernhollow. ${sentence}\n\nOttilie Brandt\nRecruiting, Fernhollow`;
    expect(await contactsOf(forward(note, body))).toContain("Xiuying Tan");
  });

  it.each<[string, string]>([
    ["a firm the note calls 'the' one", "the Quarry Lane one looked fun"],
    ["a name the message runs into a firm's", "Quarry Lane seemed keen"],
  ])("%s is nobody", async (_, note) => {
    const body =
      "Hi Jordan,\n\nWe'd like to invite you to a final interview at Fernhollow, next to Quarry Lane Partners.\n\nOttilie Brandt\nRecruiting, Fernhollow";
    expect(await contactsOf(forward(note, body))).not.toContain("Quarry Lane");
  });
});
