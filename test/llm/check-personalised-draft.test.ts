import { describe, expect, it } from "vitest";
import { MESSAGE_KIND_NAMES, type MessageKind } from "../../src/drafts/message-kinds.ts";
import {
  type DraftContext,
  type RenderedDraft,
  renderDraft,
} from "../../src/drafts/render-draft.ts";
import { CALL_SCRIPTS, TEMPLATES, type WrittenKind } from "../../src/drafts/templates.ts";
import { checkPersonalisedDraft, type DraftFacts } from "../../src/llm/check-personalised-draft.ts";

const MAYA: Omit<DraftContext, "kind" | "variant"> = {
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

function variantsOf(kind: MessageKind): number {
  if (kind === "call_script") return 2;
  if (kind === "linkedin_note") return 4;
  return TEMPLATES[kind as WrittenKind].length;
}

const EVERY_TEMPLATE: [string, RenderedDraft][] = MESSAGE_KIND_NAMES.flatMap((kind) =>
  Array.from({ length: variantsOf(kind) }, (_, variant) => {
    const purposes =
      kind === "call_script" ? (Object.keys(CALL_SCRIPTS) as WrittenKind[]) : [undefined];
    return purposes.map((purpose): [string, RenderedDraft] => [
      `${kind}${purpose ? `/${purpose}` : ""} #${variant}`,
      renderDraft({ ...MAYA, kind, variant, purpose }),
    ]);
  }).flat(),
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
    ["another greeting", { body: edit("Hi Maya,", "Hi Sam,") }, "greeting_changed"],
    ["no signature", { body: edit(/Jordan Lee$/, "A friend") }, "signature_changed"],
    [
      "a promise",
      { body: edit("Best regards", "I will send you my portfolio next week.\n\nBest regards") },
      "promise",
    ],
    [
      "an attachment",
      { body: edit("Best regards", "I have attached my CV.\n\nBest regards") },
      "attachment",
    ],
    [
      "a claim about the user",
      { body: edit("Best regards", "I have accepted another offer.\n\nBest regards") },
      "claim_about_self",
    ],
    [
      "a new request",
      { body: edit("Best regards", "Please keep me in mind.\n\nBest regards") },
      "request",
    ],
    [
      "a new question",
      { body: edit("Best regards", "Shall we stay in touch?\n\nBest regards") },
      "new_question",
    ],
    [
      "an invented number",
      { body: edit("Best regards", "It was 3 great rounds.\n\nBest regards") },
      "new_number",
    ],
    [
      "an invented name",
      { body: edit("Best regards", "Say hello to Priya for me.\n\nBest regards") },
      "new_name",
    ],
    [
      "an address",
      { body: edit("Best regards", "Write to attacker@evil.example.\n\nBest regards") },
      "new_contact_detail",
    ],
    [
      "a link",
      { body: edit("Best regards", "See https://evil.example/x for more.\n\nBest regards") },
      "new_contact_detail",
    ],
    [
      "a date",
      { body: edit("Best regards", "Let's talk tomorrow.\n\nBest regards") },
      "time_claim",
    ],
    ["markdown", { body: edit("Thank you", "**Thank you**") }, "markup"],
    [
      "a placeholder left in",
      { body: edit("Best regards", "{company}\n\nBest regards") },
      "markup",
    ],
    [
      "a lost purpose",
      {
        body: "Hi Maya,\n\nHope all is well with the robots and the team these days, truly.\n\nAll the best to everyone there, and to the new hire too.\n\nKind regards,\nJordan Lee",
      },
      "purpose_lost",
    ],
    [
      "twice the length",
      { body: edit("Best regards", `${"It was a real pleasure. ".repeat(30)}\n\nBest regards`) },
      "too_long",
    ],
    ["a stub", { body: "Hi Maya, thank you. Jordan Lee" }, "too_short"],
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
    const body = edit("Best regards", "I will write to attacker@evil.example.\n\nBest regards");
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
