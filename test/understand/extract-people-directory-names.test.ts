import { describe, expect, it } from "vitest";
import { addressSpelledDisplayName } from "../../src/understand/extract/people-display-name.ts";
import { fold } from "../../src/understand/extract/text.ts";
import { contactsOf, type Pair } from "../support/plain-message.ts";

// A copied person's display name as a staff directory writes it, or with a surname that is also
// a word, is the one person their address spells; a surname written without its stroked or
// dotless letter is the person already found in full. Every name, firm and address below is
// invented for these tests.

describe("the display name a personal address spells", () => {
  it.each<[string, string | null, string | null]>([
    ["Brunnhuber Lotte Dr.", "l.brunnhuber@hainwald.example", "Lotte Brunnhuber"],
    ["Falkner Matthias", "matthias.falkner@hainwald.example", "Matthias Falkner"],
    ["Amandine Jardin", "a.jardin@orvette.example", "Amandine Jardin"],
    ["Rodrigo Ventas", "rodrigo.ventas@corbalan.example", "Rodrigo Ventas"],
    ["Giulia Marketing", "giulia.marketing@lambrusca.example", "Giulia Marketing"],
    ["Wouter Verkoop", "wverkoop@dijkzicht.example", "Wouter Verkoop"],
    ["Thiago Sales", "thiago.sales@paineira.example", "Thiago Sales"],
    ["Karel Prof. Dr.", "karel@dijkzicht.example", null],
    ["Brunnhuber Lotte", "recruiting@hainwald.example", null],
    ["Customer Sales", "customer.sales@paineira.example", null],
    ["Amandine Recruiting", "amandine.recruiting@orvette.example", null],
    ["Lotte Brunnhuber", null, null],
  ])("%s <%s> is %s", (display, address, name) => {
    expect(addressSpelledDisplayName(display, address)).toBe(name);
  });
});

describe("letters no decomposition takes apart fold to the plain letter", () => {
  it.each<[string, string]>([
    ["Yıldız", "yildiz"],
    ["Łukasz Wołek", "lukasz wolek"],
    ["Søren Bøgh", "soren bogh"],
    ["Đurić", "duric"],
    ["İnci Aydın", "inci aydin"],
  ])("%s folds to %s", (word, folded) => {
    expect(fold(word)).toBe(folded);
  });
});

const HAINWALD_FROM = "From: Greta Sommerfeld <greta.sommerfeld@hainwald.example>";
const GRETA: Pair = ["Greta Sommerfeld", "greta.sommerfeld@hainwald.example"];

describe("a copied person a directory names is one contact with their address", () => {
  it.each<[string, string, string, Pair]>([
    [
      "de",
      "Brunnhuber Lotte Dr. <l.brunnhuber@hainwald.example>",
      "Hallo Jordan,\n\ngerne laden wir dich zum Fachgespräch ein. Frau Dr. Lotte Brunnhuber, Leiterin der Entwicklung, ist ebenfalls dabei.",
      ["Lotte Brunnhuber", "l.brunnhuber@hainwald.example"],
    ],
    [
      "fr",
      '"de Marsac, Amandine" <amandine.demarsac@hainwald.example>',
      "Bonjour Jordan,\n\nnous aimerions vous inviter à un entretien avec Amandine de Marsac, directrice technique.",
      ["Amandine de Marsac", "amandine.demarsac@hainwald.example"],
    ],
    [
      "es",
      "Rodrigo Ventas <rodrigo.ventas@hainwald.example>",
      "Hola Jordan,\n\nnos gustaría invitarte a una entrevista con Rodrigo Ventas, responsable del equipo de datos.",
      ["Rodrigo Ventas", "rodrigo.ventas@hainwald.example"],
    ],
    [
      "nl",
      '"van Houten, Wouter" <wouter.vanhouten@hainwald.example>',
      "Hoi Jordan,\n\nwe nodigen je graag uit voor een gesprek met Wouter van Houten, teamlead data.",
      ["Wouter van Houten", "wouter.vanhouten@hainwald.example"],
    ],
    [
      "it",
      "Ferraresi Chiara Dott. <c.ferraresi@hainwald.example>",
      "Ciao Jordan,\n\nti invitiamo a un colloquio con Chiara Ferraresi, responsabile tecnica.",
      ["Chiara Ferraresi", "c.ferraresi@hainwald.example"],
    ],
    [
      "pt",
      "Thiago Sales <thiago.sales@hainwald.example>",
      "Olá Jordan,\n\ngostaríamos de convidar você para uma entrevista com o Thiago Sales, líder técnico.",
      ["Thiago Sales", "thiago.sales@hainwald.example"],
    ],
  ])("%s: %s", async (_, cc, body, copied) => {
    const headers = [HAINWALD_FROM, "To: jordan.lee@gmail.com", `Cc: ${cc}`, "Subject: Interview"];
    const contacts = await contactsOf(headers, `${body}\n\nGreta Sommerfeld\nTalent Partner`);
    expect(contacts).toContainEqual(copied);
    expect(contacts.filter(([name]) => name !== GRETA[0])).toEqual([copied]);
  });
});

describe("a surname after an honorific, written without its dotless or stroked letter", () => {
  it.each<[string, string, string]>([
    [
      "de",
      "Aylin Yıldız <aylin.yildiz@hainwald.example>",
      "danke für das Gespräch mit Frau Yildiz.",
    ],
    ["en", "Łucja Wołek <lucja.wolek@hainwald.example>", "thanks for your call with Ms Wolek."],
    ["fr", "Søren Bøgh <soren.bogh@hainwald.example>", "merci pour votre échange avec M. Bogh."],
  ])("%s: is the copied person, not a second contact", async (_, cc, line) => {
    const headers = [HAINWALD_FROM, "To: jordan.lee@gmail.com", `Cc: ${cc}`, "Subject: Interview"];
    const body = `Hi Jordan,\n\n${line} We would like to invite you to a second interview.\n\nGreta Sommerfeld\nTalent Partner`;
    const names = (await contactsOf(headers, body)).map(([name]) => name);
    expect(names).toHaveLength(2);
  });
});
