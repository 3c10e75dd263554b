import { describe, expect, it } from "vitest";
import { MESSAGE_KIND_NAMES, type MessageKind } from "../../src/drafts/message-kinds.ts";
import {
  type DraftContext,
  firstNameOf,
  LINKEDIN_NOTE_LIMIT,
  renderDraft,
  targetsLine,
  topicLine,
} from "../../src/drafts/render-draft.ts";
import { TEMPLATES } from "../../src/drafts/templates.ts";

const base: Omit<DraftContext, "kind" | "variant"> = {
  recipient: {
    name: "Maya Ortiz",
    warm: true,
    note: "great rapport, we talked about sim-to-real testing",
  },
  sender: { name: "Jordan Lee" },
  company: "Northwind Robotics",
  role: "Senior Backend Engineer",
  targets: ["Globex Systems", "Initech"],
  referrer: { name: "Beatriz Costa" },
};

const sparse: Omit<DraftContext, "kind" | "variant"> = {
  recipient: { name: null, warm: false, note: "" },
  sender: { name: "Jordan Lee" },
  company: null,
  role: null,
  targets: [],
};

const long: Omit<DraftContext, "kind" | "variant"> = {
  recipient: { name: "Maximiliane Großkreutz-Oberhausen", warm: true, note: "" },
  sender: { name: "Jordan Alexander Lee-Montgomery" },
  company: "Kessler Logistik und Spedition GmbH & Co. KG",
  role: "Senior Staff Site Reliability Engineer (m/w/d)",
  targets: ["A", "B", "C"],
};

const VARIANTS = [0, 1, 2, 3];
const cases = MESSAGE_KIND_NAMES.flatMap((kind) =>
  [base, sparse, long].flatMap((context, c) =>
    VARIANTS.map((variant) => ({ kind, variant, context, label: ["full", "sparse", "long"][c] })),
  ),
);

describe("renderDraft, for every kind, variant and context", () => {
  it.each(cases)("$kind #$variant ($label)", ({ kind, variant, context }) => {
    const draft = renderDraft({ ...context, kind, variant, purpose: "appreciation" });
    const text = `${draft.subject}\n${draft.body}`;
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).not.toMatch(/\b(undefined|null|NaN)\b/);
    expect(draft.body).not.toMatch(/ {2}|\n{3}| \n|\n /);
    expect(draft.body.split(/\s+/).length).toBeLessThanOrEqual(120);
    expect(draft.body).not.toMatch(/why did you|unfair|disappointed|reconsider|mistake/i);
    if (kind !== "linkedin_note") expect(draft.body).toContain(context.sender.name);
    if (kind === "linkedin_note") {
      expect(draft.body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
      expect(draft.channel).toBe("linkedin");
    }
    if (draft.channel === "email") expect(draft.subject.length).toBeGreaterThan(0);
  });
});

describe("renderDraft, personal details", () => {
  it.each(MESSAGE_KIND_NAMES.filter((k) => k !== "call_script" && k !== "linkedin_note"))(
    "%s greets by first name, or neutrally without a name",
    (kind) => {
      expect(renderDraft({ ...base, kind, variant: 0 }).body.startsWith("Hi Maya,")).toBe(true);
      expect(renderDraft({ ...sparse, kind, variant: 0 }).body.startsWith("Hello,")).toBe(true);
    },
  );

  it.each(Object.keys(TEMPLATES) as Exclude<MessageKind, "call_script">[])(
    "%s variants differ from each other",
    (kind) => {
      const bodies = new Set(
        TEMPLATES[kind].map((_, variant) => renderDraft({ ...base, kind, variant }).body),
      );
      expect(bodies.size).toBe(TEMPLATES[kind].length);
      expect(bodies.size).toBeGreaterThanOrEqual(3);
    },
  );

  it("mentions what they talked about only when the note names a topic", () => {
    const withTopic = renderDraft({ ...base, kind: "appreciation", variant: 0 }).body;
    expect(withTopic).toContain("our conversation about sim-to-real testing");
    const withoutTopic = renderDraft({
      ...base,
      recipient: { ...base.recipient, note: "great rapport" },
      kind: "appreciation",
      variant: 0,
    }).body;
    expect(withoutTopic).not.toContain("conversation about");
    expect(withoutTopic).not.toContain("great rapport");
  });

  it("names the user's target companies in a referral request", () => {
    const body = renderDraft({ ...base, kind: "referral_request", variant: 0 }).body;
    expect(body).toContain("Globex Systems and Initech");
  });

  it("names who referred the user in an introduction", () => {
    const draft = renderDraft({ ...base, kind: "introduction", variant: 0 });
    expect(`${draft.subject} ${draft.body}`).toContain("Beatriz Costa");
  });

  it("offers a voicemail script for the message it replaces", () => {
    const draft = renderDraft({
      ...base,
      kind: "call_script",
      purpose: "check_in_90_day",
      variant: 0,
    });
    expect(draft.channel).toBe("call");
    expect(draft.body).toContain("Maya");
    expect(draft.body.split(/\s+/).length).toBeLessThanOrEqual(70);
  });
});

describe("helpers", () => {
  it.each([
    ["Maya Ortiz", "Maya"],
    ["Ortiz, Maya", "Maya"],
    ["Dr. Maya Ortiz", "Maya"],
    ["Frau Zoë Brandt", "Zoë"],
    ["  ", null],
    [null, null],
  ])("firstNameOf(%s) = %s", (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });

  it.each([
    [[], ""],
    [["Globex"], "I'm particularly interested in Globex, in case you know anyone there."],
    [
      ["Globex", "Initech"],
      "I'm particularly interested in Globex and Initech, in case you know anyone there.",
    ],
    [["A", "B", "C"], "I'm particularly interested in A, B and C, in case you know anyone there."],
  ])("targetsLine(%j)", (targets, expected) => {
    expect(targetsLine(targets)).toBe(expected);
  });

  it.each([
    ["we talked about Rust tooling", "I especially enjoyed our conversation about Rust tooling."],
    [
      "She asked about my thesis, nice chat",
      "I especially enjoyed our conversation about my thesis.",
    ],
    [
      "we discussed observability with Sam",
      "I especially enjoyed our conversation about observability.",
    ],
    ["great rapport", ""],
    ["", ""],
  ])("topicLine(%s)", (note, expected) => {
    expect(topicLine(note)).toBe(expected);
  });
});
