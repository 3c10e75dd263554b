import { describe, expect, it } from "vitest";
import { TOPIC_CUES } from "../../src/drafts/personal-details.ts";
import { seededRandom } from "../support/seeded-random.ts";

// Each note-topic pattern is skipped on a clause without one of its `needs` words; that is only
// right if every match holds one of them, whatever the case (ſ, K and capitals included).
const fold = (text: string) =>
  [...text]
    .map((c) =>
      c === "ſ" ? "s" : c.length === 1 && c.toLowerCase().length === 1 ? c.toLowerCase() : c,
    )
    .join("");

const PIECES = [
  ..."talked|Chatted|SPOKE|discussing|asked me|bonded|spent|spend|the call|ask|more about|curious about|wanted to hear|haben|HATTE|uns|viel|über|ÜBER|gesprochen|sprachen|plauderten|frag|fragen|ihn|nach|parlé|PARLÉ|discuté|de la|du|sur|demander|hablamos|hablé|sobre|del|pregunta|le|por|hebben|over|gepraat|spraken|vraag|hem|naar|parlato|discusso|della|di|conversamos|falamos|do|the roadmap|projet|equipo|Jordan".split(
    "|",
  ),
  " ",
  " ",
  "ſ",
  "\u212a",
  "İ",
  "é",
];

describe("note topic patterns and their needed words", () => {
  it("every match holds one of the pattern's needed words", () => {
    const next = seededRandom(3);
    let matches = 0;
    for (let n = 0; n < 20000; n++) {
      const length = 2 + Math.floor(next() * 8);
      let text = "";
      for (let i = 0; i < length; i++) {
        text += PIECES[Math.floor(next() * PIECES.length)];
        if (next() < 0.7) text += " ";
      }
      for (const cue of TOPIC_CUES) {
        if (cue.pattern.exec(text) === null) continue;
        matches++;
        const folded = fold(text);
        expect({ text, found: cue.needs.some((w) => folded.includes(w)) }).toEqual({
          text,
          found: true,
        });
      }
    }
    // The texts must exercise the patterns, or the check above says nothing.
    expect(matches).toBeGreaterThan(1000);
  });
});
