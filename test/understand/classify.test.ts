import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../schemas/understanding.ts";
import { REASON_PATTERNS, SIGNAL_PATTERNS } from "../../src/understand/classification-patterns.ts";
import {
  type ClassifyInput,
  classifyMessage,
  wordStartKeys,
} from "../../src/understand/classify.ts";
import { foldText } from "../../src/understand/detect-language.ts";
import { sentenceInput } from "../../src/understand/model/features.ts";
import SENTENCES from "../fixtures/sentences/sentences.json" with { type: "json" };

/** A message as the classifier sees it: the newest part of the original, from a person. */
function input(body: string, extra: Partial<ClassifyInput> = {}): ClassifyInput {
  return { subject: "", body, senderAddress: "maya@example.com", autoReplyHeader: false, ...extra };
}

const sentences = SENTENCES as {
  category: (typeof CATEGORIES)[number];
  reason: string | null;
  text: string;
}[];

describe("classifyMessage on hand-written sentences it did not learn from", () => {
  // test/fixtures/sentences: 415 bodies in seven languages, written before the corpus and kept
  // out of training (scripts/corpus.ts trains on the corpus and the fixtures only). Bare bodies
  // carry no sender or header structure, so this is a harder reading than a whole message.
  const results = sentences.map((s) => ({ ...s, got: classifyMessage(sentenceInput(s.text)) }));

  it("reads at least 90 % of their categories", () => {
    const right = results.filter((r) => r.got.category === r.category).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.9);
  });

  it("gives at least 90 % of the rejections it recognises their stated reason", () => {
    const rejections = results.filter(
      (r) => r.category === "rejection" && r.got.category === "rejection",
    );
    const right = rejections.filter((r) => r.got.reason === r.reason).length;
    expect(rejections.length).toBeGreaterThan(150);
    expect(right / rejections.length).toBeGreaterThanOrEqual(0.9);
  });

  it("reads each category at least once, the new ones included", () => {
    const seen = new Set(
      results.filter((r) => r.got.category === r.category).map((r) => r.category),
    );
    for (const category of CATEGORIES) expect(seen, category).toContain(category);
  });

  it("keeps confidence a probability and sets a reason only for rejections", () => {
    for (const { got } of results) {
      expect(got.confidence).toBeGreaterThan(0);
      expect(got.confidence).toBeLessThanOrEqual(1);
      expect(got.reason === null).toBe(got.category !== "rejection");
    }
  });
});

describe("classifyMessage: structure", () => {
  it("keeps an ATS rejection that carries an auto-reply header a rejection", () => {
    const result = classifyMessage(
      input(
        "Thank you for your interest in Fernhill. We have decided to move forward with another candidate.",
        { autoReplyHeader: true, senderAddress: "no-reply@fernhill.example" },
      ),
    );
    expect(result.category).toBe("rejection");
    expect(result.reason).toBe("other_candidate");
  });

  it("reads an automatic-reply subject", () => {
    const result = classifyMessage(
      input("Thanks for your note, I'll get back to you next week.", {
        subject: "Automatic reply: Thank you for the interview",
        autoReplyHeader: true,
        autoReplied: true,
      }),
    );
    expect(result.category).toBe("auto_reply");
  });

  it("reads a rejection under the subject of the invitation it answers", () => {
    const result = classifyMessage(
      input("Thanks for your patience. We've decided to go with another candidate.", {
        subject: "Re: Interview invitation - Data Engineer",
      }),
    );
    expect(result.category).toBe("rejection");
  });

  it("reads a calendar invitation as an interview invitation", () => {
    const result = classifyMessage(
      input(
        "Jordan Lee has been invited to: Technical interview - Platform Engineer. Join with Microsoft Teams. Meeting ID 341 552 118. Accept, tentative, decline.",
        { subject: "Invitation: Technical interview", calendar: true },
      ),
    );
    expect(result.category).toBe("interview_invite");
  });

  it("reads a job board's list of openings as a job alert", () => {
    const result = classifyMessage(
      input(
        "Staff Data Engineer - Quillmoor - Remote. Analytics Engineer - Brightfold - Leeds. Senior Data Engineer - Ostrava Labs - Hybrid. See all 9 new jobs. You are receiving this email because you set up a job alert. Unsubscribe.",
        {
          subject: "9 new jobs for 'data engineer'",
          senderAddress: "jobalerts-noreply@linkedin.com",
          listHeaders: true,
        },
      ),
    );
    expect(result.category).toBe("job_alert");
  });
});

describe("classifyMessage: confidence", () => {
  it.each([
    "We regret to inform you that we have decided to move forward with another candidate.",
    "We are delighted to offer you the position of Data Engineer. Your offer letter is attached.",
    "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
  ])("is sure of an outright message: %s", (body) => {
    expect(classifyMessage(input(body)).confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("is less sure when strong signals conflict", () => {
    const plain = classifyMessage(
      input("We won't be moving forward with your application for the senior role."),
    );
    const mixed = classifyMessage(
      input(
        "We won't be moving forward with your application for the senior role. We'd like to invite you to interview for the mid-level position instead.",
      ),
    );
    expect(mixed.confidence).toBeLessThan(plain.confidence);
  });
});

describe("classifyMessage: language and size", () => {
  it.each([
    ["en", "Unfortunately we have decided to move forward with another candidate."],
    ["de", "Leider haben wir uns für eine andere Kandidatin entschieden."],
    ["fr", "Nous avons le regret de vous informer que votre candidature n'a pas été retenue."],
    ["es", "Lamentablemente, hemos seleccionado a otro candidato para el puesto."],
  ])("reports the body's language (%s)", (language, body) => {
    expect(classifyMessage(input(body)).language).toBe(language);
  });

  it("reads only the start of a huge message and still answers", () => {
    const body = `We regret to inform you that your application was unsuccessful.\n${"lorem ipsum dolor ".repeat(60_000)}`;
    const result = classifyMessage(input(body));
    expect(result.category).toBe("rejection");
  });

  it("survives text built to make patterns backtrack", () => {
    const body = `${"unfortunately ".repeat(2_000)}${"a".repeat(5_000)} ${"not ".repeat(2_000)}`;
    expect(() => classifyMessage(input(body))).not.toThrow();
  });
});

describe("wordStartKeys", () => {
  it.each([
    [String.raw`\b(offer letter|formal offer)\b`, { words: ["offer", "formal"], beginnings: [] }],
    [String.raw`\breschedul`, { words: [], beginnings: ["res"] }],
    [String.raw`\b(not|won't) be (moving|going)`, { words: ["not", "won"], beginnings: [] }],
    [String.raw`\b(en conges?|a mon retour)`, { words: ["en", "a"], beginnings: [] }],
    [String.raw`\b(no|ne)\b.{0,20}\bsuite`, { words: ["no", "ne"], beginnings: [] }],
    [String.raw`\bmeet (?<=[a-z], meet )[a-z]+\b`, { words: ["meet"], beginnings: [] }],
    // A literal group that may be left out: keyed with it and without it.
    [String.raw`\b(the )?feedback`, { words: ["the"], beginnings: ["fee"] }],
    [String.raw`\b(our )?(team|panel) `, { words: ["team", "panel", "our"], beginnings: [] }],
    [String.raw`\bcandidat(e)?s retenu`, { words: ["candidats", "candidates"], beginnings: [] }],
    [String.raw`\b(re)?schedul`, { words: [], beginnings: ["sch", "res"] }],
    [
      String.raw`\b(proceso|concurso)( de seleccion)?\b`,
      { words: ["proceso", "concurso"], beginnings: [] },
    ],
    // A character that may be left out, either way.
    [String.raw`\b(an? )?offer`, { words: ["a", "an"], beginnings: ["off"] }],
    [String.raw`\b(an?|my) offer`, { words: ["a", "an", "my"], beginnings: [] }],
    [String.raw`\bre-?plan`, { words: ["re"], beginnings: ["rep"] }],
    // A class written out: its characters as alternatives; one that is not a word's ends it.
    [String.raw`\br[ée]f[ée]rence`, { words: ["r", "ref"], beginnings: ["ref"] }],
    [String.raw`\b(un|una) ?candidato`, { words: ["un", "una"], beginnings: ["unc", "una"] }],
    [String.raw`\b(l['’]|d['’])offre`, { words: ["l", "d"], beginnings: [] }],
    [String.raw`\b(c1|c2)[- ](level|niveau)`, { words: ["c1", "c2"], beginnings: [] }],
    [String.raw`\bi['’]m `, { words: ["i"], beginnings: [] }],
    // A lookbehind or lookahead matches no characters.
    [
      String.raw`\b((?<!\b(once|sobald) )(you|sie) (signed|unterschrieben))`,
      { words: ["you", "sie"], beginnings: [] },
    ],
    [String.raw`\b(?=[a-z]{4})(vaga|stelle)\b`, { words: ["vaga", "stelle"], beginnings: [] }],
  ])("keys %s", (source, keys) => {
    expect(wordStartKeys(source)).toEqual(keys);
  });

  it.each([
    String.raw`\b\d+ new jobs`,
    String.raw`\b(our|the)? team`,
    "(offer|letter)",
    String.raw`\b[a-z]+, meet`,
    String.raw`\b(un|una)? ?candidato`,
    String.raw`\bl[^a-z]offre`,
    String.raw`\b[a-c]1 level`,
    String.raw`\b(?:['’]s|the) `,
    String.raw`\b(?:équipe|team) `,
  ])("gives up on %s, which it cannot read", (source) => {
    expect(wordStartKeys(source)).toBeNull();
  });

  it("keys an alternation of more than 256 phrases by their few first words", () => {
    const phrases = Array.from({ length: 300 }, (_, i) => `(team|equipo|squadra) number ${i}`);
    expect(wordStartKeys(String.raw`\b(?:${phrases.join("|")})`)).toEqual({
      words: ["team", "equipo", "squadra"],
      beginnings: [],
    });
  });

  it("never rules out a place where a pattern of the tables matches", () => {
    const bodies = sentences.map(({ text }) => ` ${foldText(text).replace(/\s+/g, " ")} `);
    const tables = [...Object.values(SIGNAL_PATTERNS), ...REASON_PATTERNS.map(([, t]) => t)];
    let checked = 0;
    for (const { pattern } of tables.flatMap((table) => Object.values(table).flat())) {
      const keys = wordStartKeys(pattern.source);
      if (keys === null) continue;
      for (const text of bodies) {
        const match = pattern.exec(text);
        if (match === null) continue;
        const word = /^\w+/.exec(text.slice(match.index))?.[0] ?? "";
        const keyed = keys.words.includes(word) || keys.beginnings.includes(word.slice(0, 3));
        expect(keyed, `${pattern.source} at "${match[0]}"`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
