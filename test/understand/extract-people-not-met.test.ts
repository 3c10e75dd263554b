import { describe, expect, it } from "vitest";
import {
  isPersonalMailbox,
  isResourceMailbox,
} from "../../src/understand/extract/person-evidence.ts";
import { selfMatcher } from "../../src/understand/extract/self-matcher.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { JORDAN_SELF } from "../support/users.ts";

// Person-shaped things that are nobody to write to, and people only named in passing; every
// name, firm and sentence below is invented for these tests.

interface Original {
  from: string;
  to?: string;
  cc?: string;
  body: string;
}

async function peopleIn(o: Original): Promise<(string | null)[]> {
  const raw = [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: jobs@jordanlee.dev",
    "Subject: Fwd: About your application",
    "Date: Mon, 7 Dec 2026 09:00:00 +0000",
    "Message-ID: <not-met@example.test>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "fyi",
    "",
    "---------- Forwarded message ---------",
    `From: ${o.from}`,
    "Date: Fri, 4 Dec 2026 at 16:40",
    "Subject: About your application",
    `To: ${o.to ?? "Jordan Lee <jordan.lee@gmail.com>"}`,
    ...(o.cc ? [`Cc: ${o.cc}`] : []),
    "",
    o.body,
  ].join("\r\n");
  const email = await parseEmail(new TextEncoder().encode(raw));
  return understandEmail(email, JORDAN_SELF)
    .understanding.contacts.map((c) => c.name)
    .sort();
}

const WRITER = "Odile Marchetti <odile.marchetti@quarrystone.example>";
const signed = (text: string) => `${text}\n\nOdile Marchetti`;

describe("a room or a resource copied on the mail is nobody", () => {
  it.each<[string, string]>([
    ["a room word in its display name", "Boardroom Ada Byron <ada.byron.room@quarrystone.example>"],
    ["a room's own domain", "Rosalind Pike <rosalind.pike@rooms.quarrystone.example>"],
    ["a French room", "Salle Simone Arnaud <salle-arnaud@quarrystone.example>"],
    ["a Dutch meeting room", "Vergaderruimte Mondriaan <mondriaan@quarrystone.example>"],
  ])("%s", async (_, cc) => {
    expect(
      await peopleIn({ from: WRITER, cc, body: signed("Hi Jordan,\n\nSee you on Tuesday.") }),
    ).toEqual(["Odile Marchetti"]);
  });

  it.each<[string, string, string[]]>([
    ["a mountain-named room", "Matterhorn <matterhorn@quarrystone.example>", []],
    ["a room with its seats", "Edison (8 seats) <edison@quarrystone.example>", []],
    ["a colleague copied by first name", "Leonie <leonie@quarrystone.example>", ["Leonie"]],
    [
      "a colleague copied by full name",
      "Tamsin Achebe <tamsin.achebe@quarrystone.example>",
      ["Tamsin Achebe"],
    ],
  ])("one copied mailbox: %s", async (_, cc, extra) => {
    expect(
      await peopleIn({ from: WRITER, cc, body: signed("Hi Jordan,\n\nSee you on Tuesday.") }),
    ).toEqual(["Odile Marchetti", ...extra].sort());
  });

  it.each<[string, string, boolean]>([
    ["a room piece", "grace.hopper.room@quarrystone.example", true],
    ["a resources subdomain", "lab-2@resources.quarrystone.example", true],
    ["a person whose surname is Sala", "maria.sala@quarrystone.example", false],
    ["a person at a firm called Rooms", "maria.sala@roomsandco.example", false],
  ])("%s", (_, address, resource) => {
    expect(isResourceMailbox(address)).toBe(resource);
  });
});

describe("the user's own mailbox, unlisted, spells their name", () => {
  const self = selfMatcher(JORDAN_SELF);
  it.each<[string, string, boolean]>([
    ["name pieces and a suffix", "jordan.lee.dev@mail.example", true],
    ["surname first with an underscore", "lee_jordan@mail.example", true],
    ["run together with digits", "jordanlee88@mail.example", true],
    ["a longer surname is someone else", "jordan.leeds@mail.example", false],
    ["the given name alone is someone else", "jordan@quarrystone.example", false],
  ])("%s", (_, address, mine) => {
    expect(self.spellsSelf(address)).toBe(mine);
  });

  it("is not a fellow recipient", async () => {
    expect(
      await peopleIn({
        from: WRITER,
        to: "jordan.lee.dev@mail.example",
        body: signed("Hello,\n\nWe will not take your application further."),
      }),
    ).toEqual(["Odile Marchetti"]);
  });
});

describe("someone named only in passing is no contact", () => {
  it.each<[string, string]>([
    [
      "en: the person hired instead",
      "We decided to hire Tamsin Achebe, who has run a team before.",
    ],
    ["en: the role offered to another", "We have offered the role to Bruno Kessler."],
    ["de: filled with someone", "Wir haben die Stelle mit Jonas Albrecht besetzt."],
    ["pt: filled by someone", "A vaga foi preenchida por Rafael Quintela."],
    ["nl: a predecessor who retires", "De functie ontstond toen Pieter Bosman met pensioen ging."],
    [
      "de: a predecessor who retired",
      "Die Stelle ist frei, weil Klaus Ebner in den Ruhestand gegangen ist.",
    ],
    [
      "fr: a predecessor who retired",
      "Le poste s'est ouvert quand Michel Aubry a pris sa retraite.",
    ],
    ["es: a predecessor who retired", "La vacante surgió porque Carmen Vidal se jubiló."],
    [
      "it: a predecessor who retired",
      "Il ruolo si è liberato perché Franco Neri è andato in pensione.",
    ],
    [
      "en: the role offered to another, named in between",
      "We offered the Staff Analyst role to Bruno Kessler.",
    ],
    ["fr: the post offered to another", "Nous avons proposé le poste d'analyste à Camille Renard."],
    ["es: the post offered to another", "Hemos ofrecido el puesto a Carmen Vidal."],
    ["nl: the post offered to another", "We hebben de functie aangeboden aan Pieter Bosman."],
    [
      "en: a colleague who went on leave",
      "I took over from Hannah, who started her parental leave last week.",
    ],
    ["de: a colleague on leave", "Ich übernehme für Anna Roth, die in Elternzeit ist."],
    ["de: a foundation named after someone", "Das Projekt fördert die Helene Albers Stiftung."],
    ["en: a traineeship named after someone", "You could apply to the Anton Veldman Traineeship."],
    ["es: a foundation named after someone", "Colaboramos con la Fundación Ramón Areces."],
  ])("%s", async (_, sentence) => {
    expect(
      await peopleIn({
        from: WRITER,
        body: signed(`Hi Jordan,\n\nThank you for your time. ${sentence} We wish you the best.`),
      }),
    ).toEqual(["Odile Marchetti"]);
  });

  it("a colleague the writer says the user met, named only in passing, is no contact", async () => {
    expect(
      await peopleIn({
        from: WRITER,
        body: signed("Hi Jordan,\n\nThank you for meeting with Tamsin Achebe on Monday."),
      }),
    ).toEqual(["Odile Marchetti"]);
  });

  it("keeps a name followed by a title, not an organisation", async () => {
    expect(
      await peopleIn({
        from: WRITER,
        body: signed("Hi Jordan,\n\nYou will meet Tamsin Achebe, Engineering Manager, on Monday."),
      }),
    ).toEqual(["Odile Marchetti", "Tamsin Achebe"]);
  });
});

describe("a given name that opens the company's own name", () => {
  it("is the firm, not a person", async () => {
    expect(
      await peopleIn({
        from: "Jonas Weber <jonas.weber@hartmut-ebel.example>",
        body: "Hallo Jordan,\n\ndanke für Ihr Interesse an Hartmut Ebel. Leider haben wir uns für eine andere Person entschieden.\n\nViele Grüße\nJonas Weber\nHartmut Ebel GmbH",
      }),
    ).toEqual(["Jonas Weber"]);
  });
});

describe("the user, addressed by surname after an honorific in their own note", () => {
  it.each<[string, string]>([
    ["de", "Kenne die nicht. Herr Lee, naja."],
    ["en", "Cold approach. Mr. Lee, apparently."],
  ])("%s", async (_, note) => {
    const raw = [
      "From: Jordan Lee <jordan.lee@gmail.com>",
      "To: jobs@jordanlee.dev",
      "Subject: Fwd: Anfrage",
      "Date: Mon, 7 Dec 2026 09:00:00 +0000",
      "Message-ID: <honorific-self@example.test>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      note,
      "",
      "---------- Forwarded message ---------",
      "From: Odile Marchetti <odile.marchetti@quarrystone.example>",
      "Date: Fri, 4 Dec 2026 at 16:40",
      "Subject: Anfrage",
      "To: Jordan Lee <jordan.lee@gmail.com>",
      "",
      "Guten Tag Herr Lee,\n\nhätten Sie Interesse an einem Telefonat?\n\nOdile Marchetti",
    ].join("\r\n");
    const email = await parseEmail(new TextEncoder().encode(raw));
    const names = understandEmail(email, JORDAN_SELF).understanding.contacts.map((c) => c.name);
    expect(names).toEqual(["Odile Marchetti"]);
  });
});

describe("a capitalised particle inside a full name", () => {
  it.each<[string, string]>([
    [
      "nl: Arabic particle, listed with an address",
      "- Samira El Idrissi, data engineer (samira.elidrissi@quarrystone.example)",
    ],
    [
      "en: Arabic particle in prose",
      "You will also meet Omar Ben Youssef (omar.benyoussef@quarrystone.example).",
    ],
  ])("%s", async (_, line) => {
    const names = await peopleIn({ from: WRITER, body: signed(`Hi Jordan,\n\n${line}`) });
    expect(names).toHaveLength(2);
    expect(names.some((n) => n !== null && / (?:El|Ben) /.test(n))).toBe(true);
  });
});

describe("a function word in a mailbox at a personal-mail provider", () => {
  it.each<[string, string, boolean]>([
    ["a look-alike domain is no provider", "tiago.valente.rh@gmail.example", false],
    ["beside a full name at a webmail provider", "tiago.valente.rh@gmail.com", true],
    ["beside a full name, German provider", "ines.kuhn.recruiting@web.de", true],
    ["beside a firm's name: a shared box", "jobs.quarrystone@gmail.com", false],
    ["beside a given name alone", "maria.hr@gmail.com", false],
    ["at a firm's own domain, still shared", "tiago.valente.rh@quarrystone.example", false],
  ])("%s", (_, address, personal) => {
    expect(isPersonalMailbox(address)).toBe(personal);
  });
});
