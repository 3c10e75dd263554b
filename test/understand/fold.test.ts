import { describe, expect, it } from "vitest";
import { fold } from "../../src/understand/extract/text.ts";
import { seededRandom } from "../support/seeded-random.ts";

// fold skips normalising ASCII text; it must give what normalising everything gave (with the
// letters no decomposition takes apart, ı ł ø đ, read as their plain letters).
function formerFold(text: string): string {
  const plain: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d" };
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ıłøđ]/g, (c) => plain[c] ?? c)
    .trim();
}

// ASCII of every kind (controls, DEL, spaces trim removes), then the first code point past it
// and characters NFKD or lower-casing change (ligatures, the Kelvin sign, İ, full-width, ²).
const PIECES = [
  ..."aZ09 _-.&'\t\n\r\v\f\x00\x1f\x7f",
  "\x80",
  "\u00a0",
  ..."ÉéÅøßİıﬁ²Ｋ",
  "\u212a",
  "\u0301",
  "\u2028",
  "\ufeff",
  "Ж",
  "😀",
  "\ud800",
  "Northwind",
  "  Müller ",
];

describe("fold", () => {
  it.each([
    ["Northwind Robotics", "northwind robotics"],
    ["  Senior Engineer\t", "senior engineer"],
    ["Zürich", "zurich"],
    ["Ｋessler", "kessler"],
    ["\u212aelvin", "kelvin"],
    ["ﬁnance", "finance"],
    ["", ""],
  ])("folds %j to %j", (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it("gives the former answer on 20,000 random texts", () => {
    const next = seededRandom(14);
    for (let n = 0; n < 20000; n++) {
      let text = "";
      const length = Math.floor(next() * 8);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(fold(text), JSON.stringify(text)).toBe(formerFold(text));
    }
  });
});
