import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { companyFromDomain } from "../../src/understand/extract/company-from-domain.ts";
import { isHeadNoun } from "../../src/understand/extract/job-titles.ts";
import { fold } from "../../src/understand/extract/text.ts";
import { mentions, vocabulary } from "../../src/understand/extract/vocabulary.ts";
import { remembered } from "../../src/understand/remembered.ts";
import { isAtsDomain } from "../../src/understand/robot-address.ts";

// The readers of names, words and domains remember their answers: a message asks about the same
// few names dozens of times. A remembered answer must be the one reading afresh would give,
// whatever was asked before, in whatever order, and after the memory has started again.

describe("remembered", () => {
  it("answers as the reading does, null and false included, asked in any order", () => {
    let reads = 0;
    const read = (text: string) => {
      reads += 1;
      return text.startsWith("x") ? null : text.length > 3;
    };
    const once = remembered(read);
    const texts = ["xylo", "abcd", "ab", "", "xylo", "ab", "abcd", ""];
    expect(texts.map(once)).toEqual(texts.map(read));
    expect(reads).toBe(texts.length + 4);
  });

  it("reads long texts afresh every time and keeps none of them", () => {
    let reads = 0;
    const once = remembered(
      (text: string) => {
        reads += 1;
        return text.length;
      },
      { longest: 10 },
    );
    const long = "a".repeat(11);
    expect([once(long), once(long), once("short"), once("short")]).toEqual([11, 11, 5, 5]);
    expect(reads).toBe(3);
  });

  it("starts again when full and still answers right", () => {
    const once = remembered((text: string) => text.toUpperCase(), { kept: 3 });
    const texts = ["a", "b", "c", "d", "a", "e", "b", "a"];
    expect(texts.map(once)).toEqual(texts.map((t) => t.toUpperCase()));
  });
});

// Each kind of short string the readers ask about, in the languages Rebound reads, asked twice
// in two orders: the second answers must be the first ones.
const KINDS: [string, (text: string) => unknown, string[]][] = [
  [
    "company keys",
    companyKey,
    [
      "Nordlicht Analytik GmbH",
      "Atelier Brume S.A.S.",
      "Bodega Ríos S.L.",
      "Van Dijk & Zonen B.V.",
      "Officine Corsi S.p.A.",
      "Lusa Dados, Lda.",
      "Harbour & Finch, Inc.",
      "HARBOUR AND FINCH",
    ],
  ],
  [
    "head nouns",
    isHeadNoun,
    [
      "Engineer",
      "Entwicklerin",
      "Ingénieure",
      "Ingeniera",
      "Ontwikkelaar",
      "Sviluppatore",
      "Desenvolvedora",
      "Roadmap",
    ],
  ],
  [
    "domains",
    (d: string) => [companyFromDomain(d), isAtsDomain(d)],
    [
      "mail.nordlicht-analytik.example",
      "greenhouse.io",
      "gmail.com",
      "ironsidecloud.example",
      "jobs.lever.co",
    ],
  ],
  ["folds", fold, ["Ærøskøbing", "Gómez", "Weiß", "Çelik", "Ÿvonne", "Ångström", "plain"]],
];

describe("a reader asked about the same names again gives the same answers", () => {
  it.each(KINDS)("%s", (_kind, read, texts) => {
    const first = texts.map(read);
    const again = [...texts].reverse().map(read).reverse();
    expect(again).toEqual(first);
  });

  it("word lists: each list remembers its own answers", () => {
    const titles = vocabulary("manager|engineer*|*entwickler*|head of");
    const places = vocabulary("berlin|paris*");
    const texts = [
      "Engineering Manager",
      "Softwareentwicklerin",
      "Head of Data",
      "Parisienne",
      "Lena",
    ];
    const first = texts.map((t) => [mentions(titles, t), mentions(places, t)]);
    expect(first).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(
      [...texts]
        .reverse()
        .map((t) => [mentions(titles, t), mentions(places, t)])
        .reverse(),
    ).toEqual(first);
  });
});
