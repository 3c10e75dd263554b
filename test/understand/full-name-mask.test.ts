import { describe, expect, it } from "vitest";
import { fullNameMasker, fullNamePattern } from "../../src/understand/extract/full-name-mask.ts";
import { seededRandom } from "../support/seeded-random.ts";

// The masker reads in code what one Unicode pattern per name used to match; both must agree.
const former = (name: string, text: string) => {
  const pattern = fullNamePattern(name);
  return pattern ? text.replace(pattern, (m) => "_".repeat(m.length)) : text;
};
const masked = (name: string, text: string) => fullNameMasker(name)?.(text) ?? text;

const NAMES = [
  "Jordan Lee",
  "jordan lee",
  "Jordan Alexis Lee",
  "Ana de la Cruz",
  "Zoë Ødegård",
  "Élodie Müller-Brandt",
  "Strauß Anna",
  "Søren O'Neil",
  "Jordan",
  "J. Lee",
  "Lee Li",
];
const PIECES = [
  ..."Jordan|jordan|JORDAN|Lee|lee|LEE|Li|LI|J|J.|Ana|ANA|Cruz|CRUZ|cruz|Zoë|ZOË|Ødegård|ØDEGÅRD|Élodie|Müller-Brandt|MÜLLER-BRANDT|Strauß|STRAUSS|Anna|Søren|O'Neil|O'NEIL|A.|A|Alexis|Mc|O’|x|é".split(
    "|",
  ),
  " ",
  " ",
  "  ",
  "\u00a0",
  "\n",
  ",",
  ", ",
  ".",
  "-",
  "'",
  "’",
  "1",
  "_",
  "Ж",
  "\u{1d400}",
  "\u{1d41a}",
  "😀",
  "\u0301",
  "\ud800",
];

describe("fullNameMasker", () => {
  it("blanks what the former pattern blanked, on random texts", () => {
    const next = seededRandom(11);
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(next() * 10);
      let text = "";
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const name of NAMES) {
        const want = former(name, text);
        const got = masked(name, text);
        if (got !== want) expect({ name, text, got }).toEqual({ name, text, got: want });
      }
    }
  });

  it.each([
    [
      "Jordan Lee",
      "Met Jordan A. Lee and LEE, JORDAN; J. Lee too",
      `Met ${"_".repeat(13)} and ${"_".repeat(11)}; ${"_".repeat(6)} too`,
    ],
    ["Jordan Lee", "Jordan Leeds and XJordan Lee", "Jordan Leeds and XJordan Lee"],
    ["Jordan Lee", "Jordan Alexis Lee\nJ Lee", "_________________\n_____"],
  ] as const)("%s in %s", (name, text, want) => {
    expect(masked(name, text)).toBe(want);
    expect(former(name, text)).toBe(want);
  });
});
