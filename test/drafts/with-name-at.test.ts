import { describe, expect, it } from "vitest";
import { topicOf, withNameAt } from "../../src/drafts/personal-details.ts";

/** What the topic's cut used before: a pattern built around the name. */
function byPattern(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\s+with\\s+${escaped}\\b`, "i").exec(text)?.index ?? -1;
}

describe("withNameAt: where 'with NAME' starts", () => {
  it.each([
    ["the roadmap with Maya", "Maya", 11],
    ["the roadmap   with\tMAYA and more", "Maya", 11],
    ["the roadmap WITH maya", "Maya", 11],
    ["the roadmap with Mayank", "Maya", -1],
    ["the roadmap with Maya_x", "Maya", -1],
    ["the roadmap with Maya-Lee", "Maya", 11],
    ["the roadmapwith Maya", "Maya", -1],
    ["with Maya first", "Maya", -1],
    // \b counts ASCII letters only: after "ë" it needs one next, as the pattern did.
    ["a with Zoë, then", "Zoë", -1],
    ["a with ZOËx", "Zoë", 1],
    ["a with O'Neil.", "O'Neil", 1],
    ["a with (Sam)", "(Sam)", -1],
    ["a with (Sam)x", "(Sam)", 1],
    ["a with Sam and again with Sam", "Sam", 1],
    ["a wıth Sam", "Sam", -1],
    ["a with \u212Aim", "Kim", -1],
    ["a with Straße", "STRASSE", -1],
  ])("%j, %j -> %i", (text, name, expected) => {
    expect(withNameAt(text, name)).toBe(expected);
    expect(byPattern(text, name)).toBe(expected);
  });

  it("answers as the pattern did on 20,000 random texts and names", () => {
    const pieces = [
      " ",
      "  ",
      "\t",
      "\u00a0",
      "\u2009",
      "with",
      "WITH",
      "wIth",
      "wıth",
      "a",
      "é",
      "É",
      "ß",
      "ſ",
      "\u212A",
      "k",
      "_",
      "-",
      "'",
      ".",
      "(",
      "1",
      "Maya",
      "maya",
      "MAYA",
      "Zoë",
      "zoË",
    ];
    const names = [
      "Maya",
      "zoë",
      "K",
      "Ana-María",
      "O'Neil",
      "(x)",
      "a.b",
      "ſ",
      "ß",
      "É",
      "_",
      "1",
    ];
    // A fixed linear congruential sequence: the same cases on every run.
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      const name = names[next(names.length)] as string;
      let text = "";
      const length = 1 + next(10);
      for (let j = 0; j < length; j++) {
        text += next(4) === 0 ? name : (pieces[next(pieces.length)] as string);
      }
      expect(withNameAt(text, name), `${JSON.stringify(text)} ${JSON.stringify(name)}`).toBe(
        byPattern(text, name),
      );
    }
  });

  it("still cuts the recipient's name off a topic", () => {
    expect(topicOf("talked about Rust tooling with Maya", "Maya")).toBe("Rust tooling");
    expect(topicOf("talked about Rust tooling  WITH maya today", "Maya")).toBe("Rust tooling");
  });
});
