import { describe, expect, it } from "vitest";
import { isSpaceCodeUnit } from "../../src/understand/extract/letters.ts";
import { nameRuns, tokensOf } from "../../src/understand/extract/name-runs.ts";
import {
  cleanName,
  isPersonName,
  nameFromAddress,
  namesMatch,
} from "../../src/understand/extract/names.ts";

// The people readers split each message and note into words in code, and remember what they
// worked out about each name. The words must be exactly what `/\S+/g` finds, and a remembered
// answer the one a first reading gives, whatever was asked before and in whatever order.

/** Characters a mail body can hold around names: every kind of space, punctuation, letters. */
const PIECES = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u202f",
  "\u2007",
  "\u2028",
  "\u3000",
  "\ufeff",
  "\u200b",
  "\u0085",
  "\u180e",
  "Anna",
  "Müller",
  "de",
  "van",
  "Łukasz",
  "O’Brien",
  "José's",
  "(Jenny)",
  '"Raj"',
  "R.",
  "and",
  "y",
  "12",
  "3pm",
  "le",
  ",",
  ".",
  "–",
  "𝒜",
  "\ud800",
  "İ",
  "ſ",
];

/** A random text of those pieces, the same each run (a fixed seed). */
function randomTexts(count: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 14) },
      () => PIECES[Math.floor(next() * PIECES.length)],
    ).join(""),
  );
}

describe("tokensOf", () => {
  it("treats as space exactly the characters a pattern's \\s matches", () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isSpaceCodeUnit(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it("finds the words /\\S+/g finds, where it finds them", () => {
    const table = [
      "",
      "   ",
      "Sanne de Vries",
      "Met Maya Ortiz\n\nThanks,\tLena",
      "Herr\u00a0Dr.\u202fKlaus Weiß",
      "Rocío y Manuel – ¿mañana?",
      "Chen Jia-Hui (Jenny) será tu coordinadora",
      "  Giulia Bianchi-Ferraro, responsabile\u2028del team ",
      ...randomTexts(3_000),
    ];
    for (const text of table)
      expect(tokensOf(text)).toEqual(
        [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index })),
      );
  });
});

// Capitalised runs as they were read before words were split in code (no word is skipped here).
describe("name runs in prose", () => {
  it.each([
    ["Ask Sanne de Vries about it", ["Ask Sanne", "Vries"]],
    ["wir treffen Anke Vogel und Timo Brandt", ["Anke Vogel", "Timo Brandt"]],
    ["avec Élodie Marchand, notre DRH", ["Élodie Marchand", "DRH"]],
    ["con Rocío y Manuel mañana", ["Rocío", "Manuel"]],
    ["Data Modeling   Aisha Bello", ["Data Modeling", "Aisha Bello"]],
    ["parla con Giulia\nBianchi domani", ["Giulia", "Bianchi"]],
    ["o Rui Almeida (rui@x.pt) e a Ana", ["Rui Almeida", "Ana"]],
    ["12 mensen, 3 rondes, geen namen", []],
  ])("%s", (text, names) => {
    expect(nameRuns(text, () => false).map((m) => m.name)).toEqual(names);
  });
});

describe("name answers remembered", () => {
  const names = [
    "Dr. Anna Müller",
    "Mme Élodie Marchand",
    "Rajesh “Raj” Venkataraman",
    "Xu Mingyu (Mike)",
    "Eleanor Marsh RIBA",
    "Sr. José Luis García",
    "dott.ssa Giulia Bianchi",
    "Dhr. Jan de Vries",
    "Sra. Ana Luísa Costa",
    "Budget Review",
  ];
  const pairs: [string, string][] = [
    ["Brad Nguyen", "Bradley Nguyen"],
    ["Jean-Luc Picard", "Jean Luc Picard"],
    ["Bianchi-Ferraro Giulia", "Giulia Bianchi-Ferraro"],
    ["Élodie", "Élodie Marchand"],
    ["Jan de Vries", "Jan Vries"],
    ["Ana Costa", "Ana Luísa Costa"],
    ["Anke", "Timo Brandt"],
    ["1:ab", "c"],
    ["1", ":abc"],
  ];
  const addresses = ["anna.mueller@x.de", "jan.de.vries@x.nl", "info@x.fr", "ana-costa@x.pt"];

  it("gives the first reading's answers, asked again in another order", () => {
    const first = {
      clean: names.map((n) => cleanName(n)),
      person: names.map((n) => [isPersonName(cleanName(n)), isPersonName(cleanName(n), true)]),
      match: pairs.map(([a, b]) => [namesMatch(a, b), namesMatch(b, a)]),
      spelled: addresses.map((a) => nameFromAddress(a)),
    };
    const again = {
      clean: [...names].reverse().map((n) => cleanName(n)),
      person: [...names]
        .reverse()
        .map((n) => [isPersonName(cleanName(n)), isPersonName(cleanName(n), true)]),
      match: [...pairs].reverse().map(([a, b]) => [namesMatch(a, b), namesMatch(b, a)]),
      spelled: [...addresses].reverse().map((a) => nameFromAddress(a)),
    };
    expect(again.clean.reverse()).toEqual(first.clean);
    expect(again.person.reverse()).toEqual(first.person);
    expect(again.match.reverse()).toEqual(first.match);
    expect(again.spelled.reverse()).toEqual(first.spelled);
  });

  it("reads names in the seven languages as before", () => {
    expect(names.map((n) => cleanName(n))).toEqual([
      "Anna Müller",
      "Élodie Marchand",
      "Rajesh Venkataraman",
      "Xu Mingyu",
      "Eleanor Marsh",
      "José Luis García",
      "Giulia Bianchi",
      "Dhr. Jan de Vries",
      "Ana Luísa Costa",
      "Budget Review",
    ]);
    expect(pairs.map(([a, b]) => namesMatch(a, b))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    // The shape alone: the word lists that rule "Budget Review" out are read elsewhere.
    expect(isPersonName("Budget Review")).toBe(true);
    expect(isPersonName("Élodie", true)).toBe(true);
    expect(isPersonName("Élodie")).toBe(false);
    expect(nameFromAddress("anna.mueller@x.de")).toBe("Anna Mueller");
    expect(nameFromAddress("info@x.fr")).toBeNull();
  });
});
