import { describe, expect, it } from "vitest";
import { DRAFT_LANGUAGES, type DraftLanguage } from "../../src/domain/draft-language.ts";
import { MESSAGE_KIND_NAMES, type MessageKind } from "../../src/domain/message-kind.ts";
import {
  type DraftContext,
  type RenderedDraft,
  renderDraft,
} from "../../src/drafts/render-draft.ts";
import { CALLABLE_PURPOSES } from "../../src/drafts/wording.ts";
import { checkPersonalisedDraft, type DraftFacts } from "../../src/llm/check-personalised-draft.ts";

const MAYA: Omit<DraftContext, "kind" | "variant"> = {
  language: "en",
  register: "formal",
  recipient: {
    name: "Maya Ortiz",
    warm: true,
    note: "Great rapport, we talked about sim-to-real testing.",
  },
  sender: { name: "Jordan Lee" },
  company: "Northwind Robotics",
  role: "Senior Backend Engineer",
  targets: ["Globex Systems"],
  referrer: { name: "Beatriz Costa" },
};

const FACTS: DraftFacts = {
  senderName: "Jordan Lee",
  company: "Northwind Robotics",
  role: "Senior Backend Engineer",
  userNote: "Great rapport, we talked about sim-to-real testing.",
  emailExcerpt:
    "Hi Jordan, we have decided to offer the role to another candidate. The panel enjoyed your demo of the Kalman filter in round 2.",
  mustKeep: ["Beatriz Costa"],
};

const EVERY_TEMPLATE: [string, RenderedDraft][] = DRAFT_LANGUAGES.flatMap((language) =>
  (["formal", "informal"] as const).flatMap((register) =>
    MESSAGE_KIND_NAMES.flatMap((kind) => {
      const purposes: (MessageKind | undefined)[] =
        kind === "call_script" ? [...CALLABLE_PURPOSES] : [undefined];
      return purposes.map((purpose): [string, RenderedDraft] => [
        `${kind}${purpose ? `/${purpose}` : ""} ${language} ${register}`,
        renderDraft({ ...MAYA, kind, purpose, language, register }),
      ]);
    }),
  ),
);

describe("checkPersonalisedDraft", () => {
  it.each(EVERY_TEMPLATE)("accepts %s returned unchanged", (_, template) => {
    const check = checkPersonalisedDraft(template, template, FACTS);
    expect(check).toEqual({ ok: true, draft: template });
  });

  const appreciation = renderDraft({ ...MAYA, kind: "appreciation", variant: 0 });
  const personal = appreciation.body.replace(
    "I especially enjoyed",
    "Your team's demo feedback was generous, and I especially enjoyed",
  );

  it("accepts a sentence drawn from the note and the email", () => {
    const check = checkPersonalisedDraft(appreciation, { ...appreciation, body: personal }, FACTS);
    expect(check.ok).toBe(true);
  });

  const edit = (find: string | RegExp, replace: string) => appreciation.body.replace(find, replace);

  it.each<[string, Partial<{ subject: string; body: string }>, string]>([
    ["another greeting", { body: edit("Dear Maya,", "Dear Sam,") }, "greeting_changed"],
    ["no signature", { body: edit(/Jordan Lee$/, "A friend") }, "signature_changed"],
    [
      "a promise",
      { body: edit("Kind regards", "I will send you my portfolio next week.\n\nKind regards") },
      "promise",
    ],
    [
      "an attachment",
      { body: edit("Kind regards", "I have attached my CV.\n\nKind regards") },
      "attachment",
    ],
    [
      "a claim about the user",
      { body: edit("Kind regards", "I have accepted another offer.\n\nKind regards") },
      "claim_about_self",
    ],
    [
      "a new request",
      { body: edit("Kind regards", "Would you mind forwarding the panel notes.\n\nKind regards") },
      "request",
    ],
    [
      "a new question",
      { body: edit("Kind regards", "Shall we stay in touch?\n\nKind regards") },
      "new_question",
    ],
    [
      "an invented number",
      { body: edit("Kind regards", "It was 3 great rounds.\n\nKind regards") },
      "new_number",
    ],
    [
      "an invented name",
      { body: edit("Kind regards", "Say hello to Priya for me.\n\nKind regards") },
      "new_name",
    ],
    [
      "an address",
      { body: edit("Kind regards", "Write to attacker@evil.example.\n\nKind regards") },
      "new_contact_detail",
    ],
    [
      "a link",
      { body: edit("Kind regards", "See https://evil.example/x for more.\n\nKind regards") },
      "new_contact_detail",
    ],
    [
      "a date",
      { body: edit("Kind regards", "Let's talk tomorrow.\n\nKind regards") },
      "time_claim",
    ],
    ["markdown", { body: edit("Thank you", "**Thank you**") }, "markup"],
    [
      "a placeholder left in",
      { body: edit("Kind regards", "{company}\n\nKind regards") },
      "markup",
    ],
    [
      "a lost purpose",
      {
        body: "Dear Maya,\n\nHope all is well with the robots and the team these days, truly. I hope the sim-to-real testing goes well and that the new hire settles in.\n\nAll the best to everyone there, and to the new hire too.\n\nKind regards,\nJordan Lee",
      },
      "purpose_lost",
    ],
    [
      "twice the length",
      { body: edit("Kind regards", `${"It was a real pleasure. ".repeat(30)}\n\nKind regards`) },
      "too_long",
    ],
    ["a stub", { body: "Dear Maya, thank you. Jordan Lee" }, "too_short"],
    ["an empty subject", { subject: "" }, "subject_length"],
  ])("rejects %s", (_, change, violation) => {
    const check = checkPersonalisedDraft(appreciation, { ...appreciation, ...change }, FACTS);
    expect(check.ok ? [] : check.violations).toContain(violation);
  });

  it("keeps a promise the template itself makes", () => {
    const thanks = renderDraft({ ...MAYA, kind: "thanks_for_referral", variant: 0 });
    expect(thanks.body).toContain("I'll follow up");
    expect(checkPersonalisedDraft(thanks, thanks, FACTS).ok).toBe(true);
  });

  it("does not accept an address just because the email contains it", () => {
    const facts = {
      ...FACTS,
      emailExcerpt: `${FACTS.emailExcerpt} Write to attacker@evil.example.`,
    };
    const body = edit("Kind regards", "I will write to attacker@evil.example.\n\nKind regards");
    const check = checkPersonalisedDraft(appreciation, { ...appreciation, body }, facts);
    expect(check.ok ? [] : check.violations).toEqual(
      expect.arrayContaining(["new_contact_detail", "promise"]),
    );
  });

  describe("LinkedIn notes", () => {
    const note = renderDraft({ ...MAYA, kind: "linkedin_note", variant: 0 });

    it("rejects a note over LinkedIn's 200 characters", () => {
      const body = `${note.body.replace(/ Jordan$/, "")} I really enjoyed talking about sim-to-real testing with you and the whole panel. Jordan`;
      expect(body.length).toBeGreaterThan(200);
      const check = checkPersonalisedDraft(note, { subject: "", body }, FACTS);
      expect(check.ok ? [] : check.violations).toContain("too_long");
    });

    it("rejects a subject on a note", () => {
      const check = checkPersonalisedDraft(note, { subject: "Hello", body: note.body }, FACTS);
      expect(check.ok ? [] : check.violations).toContain("subject_changed");
    });
  });

  it("keeps the slot the user must fill in", () => {
    const stay = renderDraft({ ...MAYA, kind: "stay_in_touch", variant: 0 });
    const filled = stay.body.replace(/\[\[add:[^\]]*\]\]/, "an article about robotics");
    const check = checkPersonalisedDraft(stay, { ...stay, body: filled }, FACTS);
    expect(check.ok ? [] : check.violations).toContain("slots_changed");
  });

  it("keeps the referrer an introduction names", () => {
    const intro = renderDraft({ ...MAYA, kind: "introduction", variant: 0 });
    const body = intro.body.replaceAll("Beatriz Costa", "a friend");
    const check = checkPersonalisedDraft(intro, { ...intro, body }, FACTS);
    expect(check.ok ? [] : check.violations).toContain("detail_dropped");
  });
});

/** Personalised drafts in other languages: the same checks, in the draft's language. */
describe("checkPersonalisedDraft in every language", () => {
  const FOREIGN_FACTS: DraftFacts = { ...FACTS, emailExcerpt: "", userNote: "" };
  const additions: Record<DraftLanguage, { promise: string; time: string; informal: RegExp }> = {
    en: { promise: "I will send you my portfolio.", time: "Let's talk tomorrow.", informal: /^$/ },
    de: {
      promise: "Ich werde Ihnen meine Arbeitsproben schicken.",
      time: "Ich rufe morgen an.",
      informal: /Ihre/,
    },
    fr: {
      promise: "Je vous enverrai mon portfolio.",
      time: "Je vous appelle demain.",
      informal: /votre/,
    },
    es: { promise: "Le enviaré mi portafolio.", time: "Hablamos mañana.", informal: /usted/ },
    nl: { promise: "Ik stuur u mijn portfolio.", time: "Ik bel u vandaag.", informal: /uw/ },
    it: { promise: "Le invierò il mio portfolio.", time: "La chiamo domani.", informal: /Suo/ },
    pt: { promise: "Vou enviar meu portfólio.", time: "Ligo amanhã.", informal: /^$/ },
  };
  const switched: Record<DraftLanguage, string | null> = {
    en: null,
    de: "Ich hoffe, dir geht es gut.",
    fr: "J’espère que tu vas bien.",
    es: "Espero que tú estés bien.",
    nl: "Ik hoop dat het goed met je gaat.",
    it: "Spero che tu stia bene.",
    pt: null,
  };

  it.each(DRAFT_LANGUAGES)(
    "rejects an added promise, a date and a switch from the polite register (%s)",
    (language) => {
      const template = renderDraft({ ...MAYA, kind: "appreciation", language, register: "formal" });
      const lines = template.body.split("\n");
      const insert = (sentence: string) =>
        [...lines.slice(0, 3), sentence, ...lines.slice(3)].join("\n");
      const check = (body: string) => {
        const result = checkPersonalisedDraft(
          template,
          { subject: template.subject, body },
          FOREIGN_FACTS,
        );
        return result.ok ? [] : result.violations;
      };
      expect(check(template.body)).toEqual([]);
      expect(check(insert(additions[language].promise))).toContain("promise");
      expect(check(insert(additions[language].time))).toContain("time_claim");
      const informal = switched[language];
      if (informal) expect(check(insert(informal))).toContain("register_changed");
      // The purpose goes when the thanks do.
      const noThanks = `${lines[0]}\n\n${"Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(5)}\n\n${lines.slice(-2).join("\n")}`;
      expect(check(noThanks)).toContain("purpose_lost");
    },
  );

  it("accepts a German sentence full of capitalised nouns that come from the note", () => {
    const template = renderDraft({
      ...MAYA,
      kind: "appreciation",
      language: "de",
      register: "formal",
    });
    const lines = template.body.split("\n");
    const body = [
      ...lines.slice(0, 3),
      "Der Austausch mit dem ganzen Team hat mir viel Freude gemacht.",
      ...lines.slice(3),
    ].join("\n");
    const result = checkPersonalisedDraft(
      template,
      { subject: template.subject, body },
      FOREIGN_FACTS,
    );
    expect(result.ok ? [] : result.violations).toEqual([]);
  });
});
