import { describe, expect, it } from "vitest";
import { CAPITALS, lowerCaseWords, nameStarts } from "../../src/understand/extract/letters.ts";
import { seededRandom } from "../support/seeded-random.ts";

// nameStarts was a pattern per first letter; it must find exactly the starts that pattern found.
function formerStarts(text: string, letter: string): number[] {
  const capitals = /\d/.test(letter) ? letter : (CAPITALS[letter] ?? letter.toUpperCase());
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(?:[${capitals}]|(?:de|van|von|di|da|du|le|la|les|the|of) (?=\\p{Lu}))`,
    "gu",
  );
  return [...text.matchAll(pattern)].map((m) => m.index ?? 0);
}

const PIECES = [
  ..."de |van |von |di |da |du |le |la |les |the |of |des |Vries|Oakmere|Óscar|Ølstad|Šimek|Zürich|Žiga|Ärzte|Ça|Éole|Ñandú|Ulm|Ürün|9lives|3M".split(
    "|",
  ),
  ..."aosczeinu019 .,-&(\n",
  ..."AOSCZEINUÁØŠÇ",
  "\u00a0",
  "Ж",
  "ж",
  "ǅ",
  "\u{1d400}",
  "\u{10400}",
  "😀",
  "\ud800",
  "\u0301",
  "²",
];

describe("nameStarts", () => {
  it("finds the starts the former per-letter pattern found, on random texts", () => {
    const next = seededRandom(7);
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 14);
      let text = "";
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const letter of "aoszcueinbv39") {
        const want = formerStarts(text, letter);
        const got = nameStarts(text, letter, 1000);
        if (got.join() !== want.join())
          expect({ text, letter, got }).toEqual({ text, letter, got: want });
      }
    }
  });

  it.each([
    ["Oakmere County and Óscar's place", "o", [0, 19]],
    ["Sanne de Vries & van Dam", "d", [6, 17, 21]],
    ["Sanne de Vries", "v", [6, 9]],
    ["at 3M, 33M and x3M", "3", [3, 7]],
  ] as const)("%s (%s)", (text, letter, starts) => {
    expect(nameStarts(text, letter, 1000)).toEqual(starts);
    expect(formerStarts(text, letter)).toEqual(starts);
  });

  it("stops at the limit", () => {
    expect(nameStarts("O O O O O", "o", 3)).toEqual([0, 2, 4]);
  });
});

describe("lowerCaseWords", () => {
  const former = (text: string) =>
    [...text.matchAll(/(?<![\p{L}\d&.])[a-z][a-z0-9.&+-]{3,40}/gu)].map((m) => m[0]);
  const pieces = [
    ..."fieldnote|mono&co|x.abcdef|Édouard|aa|bbbb|9lives|a.b.c.d|".split("|"),
    ..."ab.&+-9 ÉéЖ_",
    "\u{1d41a}",
    "😀",
    "a".repeat(45),
  ];

  it("finds what the former pattern found, on random texts", () => {
    const next = seededRandom(5);
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(next() * 12);
      let text = "";
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const want = former(text);
      const got = [...lowerCaseWords(text)];
      if (got.join("|") !== want.join("|")) expect({ text, got }).toEqual({ text, got: want });
    }
  });

  it("keeps brands written whole and skips words glued to a letter or a digit", () => {
    expect([...lowerCaseWords("Join fieldnote, x.abcdef or Ébrand and 9lives")]).toEqual([
      "fieldnote",
      "x.abcdef",
    ]);
  });
});
