import { describe, expect, it } from "vitest";
import { fitsLinkedInNote, LINKEDIN_NOTE_LIMIT } from "../../src/drafts/linkedin-limit.ts";
import { MESSAGE_KIND_NAMES, MESSAGE_KINDS } from "../../src/drafts/message-kinds.ts";
import {
  type DraftContext,
  hasUnfilledSlot,
  type RenderedDraft,
  renderDraft,
} from "../../src/drafts/render-draft.ts";
import {
  CALL_SCRIPTS,
  SHARE_SLOT,
  TEMPLATES,
  type WrittenKind,
} from "../../src/drafts/templates.ts";

type Person = Omit<DraftContext, "kind" | "variant" | "purpose">;

/** A rejection from Northwind Robotics, with a note that names a topic. */
const maya: Person = {
  recipient: {
    name: "Maya Ortiz",
    warm: true,
    note: "Met Maya Ortiz on the panel, great rapport, we talked about sim-to-real testing.",
  },
  sender: { name: "Jordan Lee" },
  company: "Northwind Robotics",
  role: "Senior Backend Engineer",
  targets: ["Globex Systems", "Initech"],
  referrer: { name: "Beatriz Costa" },
};

/** Nothing known but the sender. */
const nobody: Person = {
  recipient: { name: null, warm: false, note: "" },
  sender: { name: "Jordan Lee" },
  company: null,
  role: null,
  targets: [],
};

/** The longest realistic details: German company, gendered job title, long names, 3 targets. */
const maximiliane: Person = {
  recipient: {
    name: "Maximiliane Großkreutz-Oberhausen",
    warm: true,
    note: "Lovely person, we chatted about warehouse automation and route planning",
  },
  sender: { name: "Jordan Alexander Lee-Montgomery" },
  company: "Kessler Logistik und Spedition GmbH & Co. KG",
  role: "Senior Staff Site Reliability Engineer (m/w/d)",
  targets: ["Hagedorn Feinkost", "Pinecrest Media Group", "Kestrel Works"],
  referrer: { name: "Anna Schmidt" },
};

/** Formal name order, an honorific, and a note with nothing to quote. */
const drOrtiz: Person = {
  recipient: {
    name: "Ortiz, Dr. Maya",
    warm: false,
    note: "recruiter, a bit rushed, no chemistry",
  },
  sender: { name: "Jordan Lee" },
  company: "Acme Inc.",
  role: "Data Analyst position",
  targets: ["Globex"],
};

const CONTEXTS = { maya, nobody, maximiliane, drOrtiz };
const CONTEXT_NAMES = Object.keys(CONTEXTS) as (keyof typeof CONTEXTS)[];
const WRITTEN_KINDS = MESSAGE_KIND_NAMES.filter((k): k is WrittenKind => k !== "call_script");
const EMAIL_KINDS = WRITTEN_KINDS.filter((k) => MESSAGE_KINDS[k].channel === "email");
const CALL_PURPOSES = Object.keys(CALL_SCRIPTS) as WrittenKind[];

const FIRST_NAMES: Record<keyof typeof CONTEXTS, string | null> = {
  maya: "Maya",
  nobody: null,
  maximiliane: "Maximiliane",
  drOrtiz: "Maya",
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every variant, plus one past the end and one negative: the planner's number is taken modulo. */
function variantNumbers(count: number): number[] {
  return [...Array.from({ length: count }, (_, i) => i), count + 1, -1];
}

const writtenCases = WRITTEN_KINDS.flatMap((kind) =>
  CONTEXT_NAMES.flatMap((context) =>
    variantNumbers(TEMPLATES[kind].length).map((variant) => ({ kind, context, variant })),
  ),
);

const callCases = CALL_PURPOSES.flatMap((purpose) =>
  CONTEXT_NAMES.flatMap((context) =>
    variantNumbers(CALL_SCRIPTS[purpose]?.length ?? 0).map((variant) => ({
      purpose,
      context,
      variant,
    })),
  ),
);

/** What every draft must satisfy, whatever its kind. */
function expectWellFormed(draft: RenderedDraft, person: Person): void {
  const text = `${draft.subject}\n${draft.body}`;
  expect(text).not.toMatch(/\{\w*\}/);
  expect(text).not.toMatch(/\b(?:undefined|null|NaN)\b|\[object/);
  expect(draft.body).not.toMatch(/ {2}|\n{3}| \n|\n | ,| \.|\.\.|,,/);
  expect(draft.body).toBe(draft.body.trim());
  // Tone: thankful, never contesting, plain text.
  expect(text).not.toMatch(
    /why did you|unfair|disappoint|reconsider|mistake|wrong decision|surprised|frustrat|!/i,
  );
  expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  // Nothing else from the user's note is copied.
  expect(text).not.toMatch(/rapport|lovely|rushed|chemistry|panel/i);
  expect(draft.channel).toBe(MESSAGE_KINDS[draft.kind].channel);
  // Signed by the user: LinkedIn notes may shorten the signature to a first name.
  const signature =
    draft.channel === "linkedin" ? person.sender.name.split(" ")[0] : person.sender.name;
  expect(draft.body).toContain(signature);
}

describe("renderDraft, for every written kind, variant and context", () => {
  it.each(writtenCases)("$kind #$variant for $context", ({ kind, context, variant }) => {
    const person = CONTEXTS[context];
    const draft = renderDraft({ ...person, kind, variant });
    expectWellFormed(draft, person);
    const firstName = FIRST_NAMES[context];
    if (draft.channel === "email") {
      const lines = draft.body.split("\n");
      if (firstName) expect(lines[0]).toMatch(new RegExp(`^(?:Hi|Dear) ${firstName},$`));
      else expect(lines[0]).toBe("Hello,");
      expect(lines.at(-1)).toBe(person.sender.name);
      expect(words(draft.body)).toBeLessThanOrEqual(120);
      expect(draft.subject).toMatch(/^[A-Z]/);
      expect(draft.subject).not.toContain("\n");
      expect(draft.subject.length).toBeLessThanOrEqual(80);
    } else {
      expect(draft.body.startsWith(firstName ? `Hi ${firstName},` : "Hello,")).toBe(true);
      expect(draft.body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
      expect(draft.body).not.toContain("\n");
      expect(draft.subject).toBe("");
    }
  });
});

describe("voicemail scripts, for every purpose, variant and context", () => {
  it.each(callCases)(
    "call_script for $purpose #$variant for $context",
    ({ purpose, context, variant }) => {
      const person = CONTEXTS[context];
      const draft = renderDraft({ ...person, kind: "call_script", purpose, variant });
      expectWellFormed(draft, person);
      expect(draft.channel).toBe("call");
      const firstName = FIRST_NAMES[context];
      expect(draft.body.startsWith(firstName ? `Hi ${firstName},` : "Hello,")).toBe(true);
      expect(draft.subject).toBe(`Voicemail: ${MESSAGE_KINDS[purpose].label}`);
      // About 20 to 30 seconds at 2.5 words a second, with a little room for long names.
      expect(words(draft.body)).toBeGreaterThanOrEqual(50);
      expect(words(draft.body)).toBeLessThanOrEqual(80);
    },
  );

  it.each([
    ["no purpose", undefined],
    ["a purpose without a script of its own", "referral_request"],
    ["itself as the purpose", "call_script"],
  ] as const)("falls back to the thank-you script for %s", (_, purpose) => {
    const draft = renderDraft({ ...maya, kind: "call_script", purpose, variant: 0 });
    expect(draft.subject).toBe("Voicemail: thank-you");
    expect(draft.body).toContain("thank you for your time");
  });
});

describe("the set of kinds and wordings", () => {
  it("gives every kind a channel, a short name and a one-line reason", () => {
    expect(Object.keys(MESSAGE_KINDS).sort()).toEqual([...MESSAGE_KIND_NAMES].sort());
    for (const kind of MESSAGE_KIND_NAMES) {
      const { channel, label, purpose } = MESSAGE_KINDS[kind];
      expect(["email", "linkedin", "call"]).toContain(channel);
      expect(label.length).toBeGreaterThan(3);
      expect(purpose).not.toContain("\n");
      expect(purpose.length).toBeLessThanOrEqual(110);
    }
  });

  it.each(EMAIL_KINDS)("%s has at least three wordings, all different", (kind) => {
    const drafts = TEMPLATES[kind].map((_, variant) => renderDraft({ ...maya, kind, variant }));
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(drafts.map((d) => d.body)).size).toBe(drafts.length);
    expect(new Set(drafts.map((d) => d.subject)).size).toBe(drafts.length);
  });

  it("has at least four LinkedIn notes, all different", () => {
    const notes = TEMPLATES.linkedin_note.map(
      (_, variant) => renderDraft({ ...maya, kind: "linkedin_note", variant }).body,
    );
    expect(notes.length).toBeGreaterThanOrEqual(4);
    expect(new Set(notes).size).toBe(notes.length);
  });

  it.each(WRITTEN_KINDS)("%s: two colleagues at one company get different text", (kind) => {
    const colleague = { ...maya, recipient: { name: "Sam Chen", warm: true, note: "" } };
    const first = renderDraft({ ...maya, kind, variant: 5 }).body.replace("Maya", "X");
    const second = renderDraft({ ...colleague, kind, variant: 6 }).body.replace("Sam", "X");
    expect(first).not.toBe(second);
  });
});

describe("missing details", () => {
  it.each(EMAIL_KINDS)("%s reads naturally without a role or a company", (kind) => {
    for (let variant = 0; variant < TEMPLATES[kind].length; variant++) {
      const { body } = renderDraft({ ...nobody, kind, variant });
      expect(body).not.toMatch(/ role role|the {2}role| at \.| at,|for the role role/);
      expect(body).not.toMatch(/\bat your team\b/);
    }
  });

  it("says 'your team' where the company would be named", () => {
    const { body } = renderDraft({ ...nobody, kind: "check_in_90_day", variant: 0 });
    expect(body).toContain("I'm still very interested in your team.");
  });

  it("greets by first name: formal order, honorifics and initials are handled", () => {
    const { body } = renderDraft({ ...drOrtiz, kind: "appreciation", variant: 0 });
    expect(body.startsWith("Hi Maya,\n")).toBe(true);
  });

  it("leaves a slot for the signature when the user's name is unknown", () => {
    const { body } = renderDraft({
      ...maya,
      sender: { name: " " },
      kind: "appreciation",
      variant: 0,
    });
    expect(body.endsWith("Best regards,\n[[add: your name]]")).toBe(true);
    expect(hasUnfilledSlot(body)).toBe(true);
  });

  it("drops gender markers and legal suffixes from titles and company names", () => {
    const { body } = renderDraft({ ...maximiliane, kind: "appreciation", variant: 0 });
    expect(body).toContain(
      "for the Senior Staff Site Reliability Engineer role at Kessler Logistik und Spedition.",
    );
    expect(body).not.toContain("(m/w/d)");
    expect(body).not.toContain("GmbH");
  });

  it("does not add 'role' to a title that already says position", () => {
    const { body } = renderDraft({ ...drOrtiz, kind: "role_fit_question", variant: 0 });
    expect(body).toContain("being clear that the Data Analyst position wasn't the right fit");
  });
});

describe("what the user said they talked about", () => {
  it.each([
    ["we talked about Rust tooling", "Rust tooling"],
    ["Great rapport. Discussed the migration to Kubernetes", "the migration to Kubernetes"],
    ["she asked about my thesis, nice chat", "my thesis"],
    ["chatted about her team's roadmap", "your team's roadmap"],
  ])("note %j mentions %j", (note, topic) => {
    for (const kind of ["appreciation", "feedback_request", "role_fit_question"] as const) {
      const { body } = renderDraft({
        ...maya,
        recipient: { ...maya.recipient, note },
        kind,
        variant: 0,
      });
      expect(body).toContain(`I especially enjoyed our conversation about ${topic}.`);
    }
  });

  it.each(["great rapport", "", "HM, lovely", "talked for an hour"])(
    "note %j adds no topic sentence and leaves no gap",
    (note) => {
      for (const kind of ["appreciation", "feedback_request", "role_fit_question"] as const) {
        for (let variant = 0; variant < 3; variant++) {
          const { body } = renderDraft({
            ...maya,
            recipient: { ...maya.recipient, note },
            kind,
            variant,
          });
          expect(body).not.toMatch(/conversation about|talking with you about/);
          expect(body).not.toMatch(/\n{3}/);
        }
      }
    },
  );

  it("puts the topic in a LinkedIn note only when there is one", () => {
    const withTopic = renderDraft({ ...maya, kind: "linkedin_note", variant: 2 }).body;
    expect(withTopic).toContain("our conversation about sim-to-real testing during");
    const without = renderDraft({ ...nobody, kind: "linkedin_note", variant: 2 }).body;
    expect(without).toContain("I enjoyed our conversation during my interview process");
  });
});

describe("target companies in a referral request", () => {
  const referral = (targets: readonly string[], variant = 0) =>
    renderDraft({ ...maya, targets, kind: "referral_request", variant }).body;

  it.each([
    [[], null],
    [["Globex"], "I'm particularly interested in Globex, in case you know anyone there."],
    [
      ["Globex", "Initech"],
      "I'm particularly interested in Globex and Initech, in case you know anyone there.",
    ],
    [
      ["Globex", "Initech", "Acme"],
      "I'm particularly interested in Globex, Initech and Acme, in case you know anyone there.",
    ],
  ])("targets %j", (targets, sentence) => {
    const body = referral(targets);
    if (sentence === null) {
      expect(body).not.toMatch(/know anyone there|an introduction/);
      expect(body).toContain("Would you be comfortable acting as a reference for me");
    } else {
      expect(body).toContain(`\n\n${sentence}\n\n`);
    }
  });

  it("words the list differently in other variants", () => {
    expect(referral(["Globex", "Initech", "Acme"], 1)).toContain(
      "If you happen to know anyone at Globex, Initech or Acme, an introduction would mean a lot.",
    );
    expect(referral(["Globex"], 2)).toContain("Globex is at the top of my list");
  });

  it("leaves out duplicates and the recipient's own company", () => {
    const body = referral(["Globex", "globex", "Northwind Robotics", "Initech"]);
    expect(body).toContain("interested in Globex and Initech, in case");
  });
});

describe("LinkedIn notes", () => {
  it.each(variantNumbers(TEMPLATES.linkedin_note.length))(
    "variant %i fits the limit with the longest realistic details",
    (variant) => {
      const { body } = renderDraft({ ...maximiliane, kind: "linkedin_note", variant });
      expect(body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
      expect(body.startsWith("Hi Maximiliane,")).toBe(true);
      expect(body).toMatch(/interview/);
      expect(body).toMatch(/ Jordan(?: Alexander Lee-Montgomery)?$/);
    },
  );

  it("keeps the variants different when long details force shorter wording", () => {
    const notes = TEMPLATES.linkedin_note.map(
      (_, variant) => renderDraft({ ...maximiliane, kind: "linkedin_note", variant }).body,
    );
    expect(new Set(notes).size).toBe(notes.length);
  });

  it("moves to another wording, then a short one, when names are absurdly long", () => {
    const huge = "Wolfeschlegelsteinhausenbergerdorff".repeat(3);
    const note = (sender: string) =>
      renderDraft({
        ...maximiliane,
        recipient: { ...maximiliane.recipient, name: `Anna ${huge}` },
        sender: { name: sender },
        company: `${huge} Holding`,
        role: `Principal ${huge} Engineer`,
        kind: "linkedin_note",
        variant: 0,
      }).body;
    const fallback = note(`Jordan ${huge}`);
    expect(fallback.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
    expect(fallback.startsWith("Hi Anna,")).toBe(true);
    const shortest = note(`${huge}${huge}${huge} ${huge}`);
    expect(shortest.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
    expect(shortest).toBe(
      "Hi Anna, thank you for your time during my interviews. I'd be glad to stay in touch.",
    );
  });

  it.each([
    ["x".repeat(LINKEDIN_NOTE_LIMIT), true],
    ["x".repeat(LINKEDIN_NOTE_LIMIT + 1), false],
  ])("fitsLinkedInNote on %i characters", (note, fits) => {
    expect(fitsLinkedInNote(note)).toBe(fits);
  });
});

describe("kinds with a fixed element", () => {
  it("leaves an obvious slot in a stay-in-touch note", () => {
    for (let variant = 0; variant < TEMPLATES.stay_in_touch.length; variant++) {
      const { body } = renderDraft({ ...maya, kind: "stay_in_touch", variant });
      expect(body).toContain(SHARE_SLOT);
      expect(hasUnfilledSlot(body)).toBe(true);
    }
    expect(hasUnfilledSlot(renderDraft({ ...maya, kind: "appreciation", variant: 0 }).body)).toBe(
      false,
    );
  });

  it("names who referred the user in an introduction, or a mutual contact", () => {
    for (let variant = 0; variant < TEMPLATES.introduction.length; variant++) {
      const named = renderDraft({ ...maya, kind: "introduction", variant });
      expect(named.subject).toContain("Beatriz Costa");
      expect(named.body).toContain("Beatriz Costa");
      const unnamed = renderDraft({ ...nobody, kind: "introduction", variant });
      expect(unnamed.body).toContain("a mutual contact");
      expect(unnamed.subject).toMatch(/^[A-Z]/);
    }
  });

  it.each(variantNumbers(TEMPLATES.feedback_request.length))(
    "feedback request #%i asks what would have made the user stronger, answerable when convenient",
    (variant) => {
      const { body } = renderDraft({ ...maya, kind: "feedback_request", variant });
      expect(body).toContain("would have made me a stronger candidate");
      expect(body).toMatch(/convenient|whenever|at some point/);
    },
  );

  it.each(variantNumbers(TEMPLATES.referral_request.length))(
    "referral request #%i makes it easy to say no",
    (variant) => {
      const { body } = renderDraft({ ...maya, kind: "referral_request", variant });
      expect(body).toMatch(/reference/);
      expect(body).toMatch(/say no|a no is|just say so/);
    },
  );

  it.each(variantNumbers(TEMPLATES.networking_meeting.length))(
    "networking request #%i asks for 15 to 20 minutes and who else to meet",
    (variant) => {
      const { body } = renderDraft({ ...maya, kind: "networking_meeting", variant });
      expect(body).toMatch(/15 (?:to|or) 20 minutes/);
      expect(body).toMatch(/(?:anyone else|who else|people) .*(?:meet|talking to)/);
    },
  );

  it.each(variantNumbers(TEMPLATES.thanks_for_referral.length))(
    "thanks for a referral #%i offers to return the favour and report back",
    (variant) => {
      const { body } = renderDraft({ ...maya, kind: "thanks_for_referral", variant });
      expect(body).toMatch(/return the favour|in return|anything I can do for you/);
      expect(body).toMatch(/let you know how it goes|keep you posted|tell you how it goes/);
    },
  );
});
