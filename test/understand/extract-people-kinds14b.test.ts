import { describe, expect, it } from "vitest";
import { guestListInText } from "../../src/understand/extract/guest-list.ts";
import { givesReaderAContact } from "../../src/understand/extract/introduced.ts";
import { notAPersonHere } from "../../src/understand/extract/people-context.ts";
import { isHearsaySource } from "../../src/understand/extract/person-role.ts";
import { splitDisplayName } from "../../src/understand/extract/sender.ts";
import { parseMailboxes } from "../../src/understand/mail/parse-email.ts";

// Table tests for the people kinds of round 14b. Every name and address is invented.

describe("parseMailboxes: a directory's 'Surname, Given' written without quotes", () => {
  it.each([
    [
      "Brandl, Theresa <theresa.brandl@x.example>",
      [["Brandl, Theresa", "theresa.brandl@x.example"]],
    ],
    ["Lefort, Anaïs <a.lefort@x.example>", [["Lefort, Anaïs", "a.lefort@x.example"]]],
    [
      "Ruiz, Pilar <pilar.ruiz@x.example>, Bakker, Joost <j.bakker@x.example>",
      [
        ["Ruiz, Pilar", "pilar.ruiz@x.example"],
        ["Bakker, Joost", "j.bakker@x.example"],
      ],
    ],
    ['"Conti, Elisa" <elisa.conti@x.example>', [["Conti, Elisa", "elisa.conti@x.example"]]],
    [
      "hr@x.example, Rui Matos <rui.matos@x.example>",
      [
        ["", "hr@x.example"],
        ["Rui Matos", "rui.matos@x.example"],
      ],
    ],
  ])("%s", (header, expected) => {
    expect(parseMailboxes(header).map((m) => [m.name, m.address])).toEqual(expected);
  });
});

describe("givesReaderAContact: someone given to the reader to turn to, in seven languages", () => {
  it.each([
    ["en", "For any questions, Priya Raman from our team is there for you.", true],
    ["en", "Your contact person is Priya Raman.", true],
    ["de", "Bei Fragen ist Jonas Heller aus unserem Team für Sie da.", true],
    ["fr", "Pour toute question, Léa Morin est là pour vous.", true],
    ["es", "Para cualquier duda, Marta Gil está disponible para ayudarte.", true],
    ["it", "Per qualsiasi domanda, Giulia Sarti è disponibile per aiutarti.", true],
    ["nl", "Bij vragen staat Sanne Visser voor je klaar.", true],
    ["pt", "Em caso de dúvidas, Inês Costa está disponível para ajudar.", true],
    ["fr", "Hugo Lemaire reste à votre disposition.", true],
    ["pt", "A Inês Costa fica à sua disposição.", true],
    ["en", "The conversation with Priya Raman went well.", false],
    ["de", "Jonas Heller hat das Gespräch geführt.", false],
    ["fr", "Léa Morin a présenté l'équipe.", false],
  ])("%s: %s", (_lang, sentence, expected) => {
    expect(givesReaderAContact(sentence)).toBe(expected);
  });
});

describe("notAPersonHere: 'via' an address is the way to reach someone, not a street", () => {
  it.each([
    ["contact Tomás Ferro via tomas.ferro@x.example today", "Tomás Ferro", false],
    ["neem contact op met Bram Kuipers via bram.kuipers@x.example.", "Bram Kuipers", false],
    ["Lorenzo Bassi\nVia Solferino 12, Torino", "Lorenzo Bassi", true],
  ])("%s", (text, name, expected) => {
    const start = text.indexOf(name);
    expect(notAPersonHere(text, start, start + name.length, name)).toBe(expected);
  });
});

describe("splitDisplayName: a surname that is also a greeting or a day word", () => {
  it.each([
    ["Marta Liebe", "Marta Liebe"],
    ["Oliver Best", "Oliver Best"],
    ["Julia Friday", "Julia Friday"],
    ["Hello Friday", null],
    ["Best Regards", null],
  ])("%s", (display, person) => {
    expect(splitDisplayName(display).person).toBe(person);
  });
});

describe("isHearsaySource: read past who someone is to what they said of the user", () => {
  it.each([
    ["en", ", our lead investor at Fenmoor) had also mentioned your name", true],
    ["de", ", unsere Beirätin, hat mir von dir erzählt", true],
    ["fr", " (notre investisseuse) m'a parlé de toi", true],
    ["es", ", nuestra inversora, me habló de ti", true],
    ["it", " (il nostro investitore) mi ha parlato di te", true],
    ["nl", ", onze investeerder, heeft me over je verteld", true],
    ["pt", " (nossa investidora) me falou de você", true],
    ["en", ", our CTO, will join the call", false],
  ])("%s: %s", (_lang, after, expected) => {
    expect(isHearsaySource(after)).toBe(expected);
  });
});

describe("guestListInText: a forwarded invitation's guests, listed as text", () => {
  it.each([
    [
      "en",
      "Guests\nPaula Grieve - organizer\nnils.okafor@brenn.example\nMei Tanaka\n\nHi Jordan, see you then.",
      {
        organizer: ["Paula Grieve", null],
        attendees: [
          ["", "nils.okafor@brenn.example"],
          ["Mei Tanaka", null],
        ],
      },
    ],
    [
      "de",
      "Gäste:\nJonas Heller (Organisator)\nLeni Schubert\n\nBis Donnerstag!",
      { organizer: ["Jonas Heller", null], attendees: [["Leni Schubert", null]] },
    ],
    [
      "fr",
      "Invités\nClaire Moutet – organisatrice\nbastien.roux@orvel.example\n",
      { organizer: ["Claire Moutet", null], attendees: [["", "bastien.roux@orvel.example"]] },
    ],
    [
      "es",
      "Invitados\nLucía Prat\nDiego Saura\n",
      {
        organizer: null,
        attendees: [
          ["Lucía Prat", null],
          ["Diego Saura", null],
        ],
      },
    ],
    [
      "it",
      "Invitati\nMatteo Berni - organizzatore\n",
      { organizer: ["Matteo Berni", null], attendees: [] },
    ],
    ["nl", "Gasten\nFleur de Wit\n", { organizer: null, attendees: [["Fleur de Wit", null]] }],
    [
      "pt",
      "Convidados\nRui Matos - organizador\nana.lobo@tejal.example\n",
      { organizer: ["Rui Matos", null], attendees: [["", "ana.lobo@tejal.example"]] },
    ],
    ["en", "Our guests enjoyed the talk.\nThanks, Mei Tanaka", null],
  ])("%s: %s", (_lang, text, expected) => {
    const list = guestListInText(text);
    const pair = (m: { name: string; address: string | null }) => [m.name, m.address];
    expect(
      list === null
        ? null
        : {
            organizer: list.organizer ? pair(list.organizer) : null,
            attendees: list.attendees.map(pair),
          },
    ).toEqual(expected);
  });
});
