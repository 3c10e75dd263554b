import { describe, expect, it } from "vitest";
import { understandPlain } from "../support/plain-message.ts";

// A product's or a function's mailbox copied on a thread, its display name only repeating its
// local part ("Tidewell Ledger" <tidewell.ledger@…>), beside people copied the same way.
// Every name, firm and sentence below is invented for these tests.

async function namesOf(cc: string, body: string): Promise<(string | null)[]> {
  const headers = [
    "From: Ottilie Brandt <ottilie.brandt@fernhollow.example>",
    "To: jordan.lee@gmail.com",
    `Cc: ${cc}`,
    "Subject: Your final round at Fernhollow",
  ];
  return (await understandPlain(headers, body)).contacts.map((c) => c.name);
}

const BOX = '"Tidewell Ledger" <tidewell.ledger@fernhollow.example>';
const PERSON = '"Brennagh Quorrel" <brennagh.quorrel@fernhollow.example>';

describe("a copied box the message writes as a thing is nobody; a person copied alike stays", () => {
  it.each<[string, string]>([
    [
      "en",
      "Your final round at Fernhollow is on Friday at 10:00, including a demo of our Tidewell Ledger platform.",
    ],
    [
      "de",
      "Ihr letztes Gespräch bei Fernhollow ist am Freitag um 10:00, mit einer Demo unserer Plattform, der Tidewell Ledger Suite.",
    ],
    [
      "fr",
      "Votre dernier entretien chez Fernhollow a lieu vendredi à 10h00, avec une démo de notre Tidewell Ledger.",
    ],
    [
      "es",
      "Tu última entrevista en Fernhollow es el viernes a las 10:00, con una demo de nuestro Tidewell Ledger.",
    ],
    [
      "nl",
      "Je laatste gesprek bij Fernhollow is vrijdag om 10:00, met een demo van onze Tidewell Ledger.",
    ],
    [
      "it",
      "Il tuo ultimo colloquio da Fernhollow è venerdì alle 10:00, con una demo del nostro Tidewell Ledger.",
    ],
    [
      "pt",
      "A sua última entrevista na Fernhollow é na sexta às 10:00, com uma demo do nosso Tidewell Ledger.",
    ],
  ])("%s", async (_, sentence) => {
    const names = await namesOf(
      `${BOX}, ${PERSON}`,
      `Hi Jordan,\n\n${sentence}\n\nOttilie Brandt\nRecruiting, Fernhollow`,
    );
    expect(names).not.toContain("Tidewell Ledger");
    expect(names).toContain("Brennagh Quorrel");
  });

  it("a box never written in the message is kept, as a person copied alike would be", async () => {
    const names = await namesOf(
      PERSON,
      "Hi Jordan,\n\nYour final round at Fernhollow is on Friday at 10:00.\n\nOttilie Brandt\nRecruiting, Fernhollow",
    );
    expect(names).toContain("Brennagh Quorrel");
  });
});
