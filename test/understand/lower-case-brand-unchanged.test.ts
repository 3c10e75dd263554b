import { describe, expect, it } from "vitest";
import { lowerCaseBrandWritten } from "../../src/understand/extract/company-domain-names.ts";
import { seededRandom } from "../support/seeded-random.ts";

/** The reading before the text was first searched without a pattern: the answer to keep. */
function formerReading(label: string, text: string): string | null {
  if (!/^[a-z]{5,30}$/.test(label)) return null;
  const counts = new Map<string, number>();
  const at = new RegExp(`(?<![\\p{L}\\d@./_-])${label}(?![\\p{L}\\d@_]|[./-][\\p{L}\\d])`, "giu");
  for (const m of text.slice(0, 3000).matchAll(at)) {
    if (!/^\p{Ll}/u.test(m[0])) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [word, n] of counts)
    if (n >= 2 && (best === null || n > (counts.get(best) ?? 0))) best = word;
  return best;
}

describe("a brand written in lower case, found without a pattern where it cannot be", () => {
  it.each([
    [
      "twice in lower case",
      "loopwise",
      "we at loopwise thank you; loopwise wishes you well",
      "loopwise",
    ],
    ["once only", "loopwise", "we at loopwise thank you", null],
    ["only capitalised", "loopwise", "Loopwise thanks you. Loopwise wishes you well", null],
    ["camel case twice", "brighthive", "the brightHive team and brightHive people", "brightHive"],
    ["inside addresses", "loopwise", "jobs@loopwise.io, hr@loopwise.io", null],
    ["a long s read as s", "hollis", "holliſ and holliſ again", "holliſ"],
    ["a Kelvin sign read as k", "kitestring", "kitestring and \u212Aitestring", null],
    ["not there at all", "loopwise", "thank you for your time", null],
  ])("%s", (_kind, label, text, brand) => {
    expect(lowerCaseBrandWritten(label, text)).toBe(brand);
    expect(lowerCaseBrandWritten(label, text)).toBe(formerReading(label, text));
  });

  it("answers as the former pattern did on random texts", () => {
    const random = seededRandom(14);
    const pieces = [
      "brand",
      "Brand",
      "BRAND",
      "bra",
      "nd",
      "ſ",
      "\u212A",
      "İ",
      "@",
      ".",
      "/",
      "-",
      " ",
      "x",
      "é",
      "1",
    ];
    for (let i = 0; i < 3000; i++) {
      const label = random() < 0.5 ? "brand" : "brands";
      let text = "";
      const length = Math.floor(random() * 14);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)];
      expect(lowerCaseBrandWritten(label, text), JSON.stringify(text)).toBe(
        formerReading(label, text),
      );
    }
  });
});
