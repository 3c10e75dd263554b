import type { LlmDraft } from "../../schemas/llm-draft.ts";
import { LINKEDIN_NOTE_LIMIT } from "../drafts/linkedin-limit.ts";
import type { MessageKind } from "../drafts/message-kinds.ts";
import type { RenderedDraft } from "../drafts/render-draft.ts";

/** What a personalised draft may draw on besides its template. */
export interface DraftFacts {
  /** The name the template signs with (the job seeker's, or the "[[add: your name]]" slot). */
  senderName: string;
  company: string | null;
  role: string | null;
  /** What the user said about the recipient. */
  userNote: string;
  /** What the recipient's email said (its newest part, bounded). */
  emailExcerpt: string;
  /** Words the draft must keep (an introduction names who referred the user). */
  mustKeep: readonly string[];
}

export type DraftCheck = { ok: true; draft: RenderedDraft } | { ok: false; violations: string[] };

/** Personalising adds a sentence or two: about two sentences more than the template, no essay. */
const MAX_GROWTH_CHARS = { email: 400, call: 250 } as const;
/** An email draft longer than this is no longer a short note. */
const MAX_EMAIL_CHARS = 1_500;
/** Shorter than this share of the template, and something it had to say went missing. */
const MIN_SHARE_OF_TEMPLATE = 0.6;
/** The greeting is read within this many characters of the start; the signature as near the end. */
const GREETING_WINDOW = 40;
const SIGNATURE_WINDOW = 60;
const MAX_SUBJECT_CHARS = 100;

/** Phrases that promise, claim or ask something; allowed only when the template or facts have them. */
const COMMITMENTS: readonly [string, RegExp][] = [
  [
    "promise",
    /\bI(?:'ll|’ll| will| shall|'m going to|’m going to| am going to)\s+(?:send|share|forward|call|phone|introduce|connect|refer|e-?mail|write|follow up|reach out|be in touch|get back|pay|deliver|bring|attach|visit|meet|join|start|keep you posted|let you know)\b/i,
  ],
  [
    "attachment",
    /\battach(?:ed|ing|ment)?s?\b|\benclos(?:ed|ing|ure)\b|\bportfolio\b|\blink below\b/i,
  ],
  [
    "claim_about_self",
    /\bI(?:'ve|’ve| have)\s+(?:accepted|signed|received|got|been offered|applied|already|just)\b|\bI\s+(?:accepted|signed|applied)\b|\bmy new (?:role|job|position)\b/i,
  ],
  [
    "claim_about_them",
    /\b(?:you|we)\s+(?:agreed|promised|decided|said)\b|\bas (?:promised|agreed|discussed)\b/i,
  ],
  ["terms", /\b(?:salary|compensation|relocat\w*|visa|notice period|start date|contract)\b/i],
  ["guarantee", /\bguarantee\w*|\bpromise\w*/i],
  [
    "time_claim",
    /\b(?:tomorrow|today|tonight|next (?:week|month)|this (?:week|month|afternoon)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
  ],
  [
    "request",
    /\b(?:could|would|can|will) you\b|\bplease\b|\bwould you mind\b|\bif you (?:could|would|can|know)\b/i,
  ],
];

/** What the kind is for, in words its drafts must keep (checked against every template in tests). */
const PURPOSE_CUES: { readonly [K in MessageKind]: readonly RegExp[] } = {
  appreciation: [/\bthank|\bappreciat|\bgrateful/i],
  feedback_request: [/\bstronger candidate|\bfeedback|\bpointers|\bimprove/i],
  referral_request: [/\breference\b|\bintroduc|\bpoint me to|\bmeet\b/i],
  linkedin_note: [/\bconnect|\bin touch|\bthank/i],
  keep_on_file_follow_up: [/\bon file|\bkeep(?:ing)? (?:me|my)|\bfuture\b|\bin mind/i],
  networking_meeting: [/\bminutes|\bcall\b|\bcoffee|\bconversation|\bchat\b/i],
  stay_in_touch: [/\bhello|\bthought of you|\bhope|\bpass on/i],
  check_in_90_day: [/\binterest|\bkeen\b|\bhello|\bcheck in/i],
  on_hold_check_back: [/\bon hold|\bpaused|\bsearch\b|\brestart|\bcheck back|\bnews\b/i],
  role_fit_question: [/\broles?\b|\bopenings?\b|\bposition|\bfit\b|\bmatch|\bsuit/i],
  thanks_for_feedback: [
    /\bthank|\bappreciat|\bgrateful/i,
    /\bfeedback|\bthoughts|\breply|\bgetting back/i,
  ],
  thanks_for_referral: [/\bthank|\bgrateful/i],
  introduction: [/\bsuggest|\breferr|\bintroduc|\bgiven your name|\bpassed on|\breach out/i],
  call_script: [/\bcall|\bspoke|\bsay hello|\bthank/i],
};

const SLOT = /\[\[add:[^\]]*\]\]/g;
const CONTACT_DETAIL =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|io|dev|co|de|fr|uk)\b|\+?\d[\d ()-]{6,}\d/gi;
const NUMBER = /\d+(?:[.,:]\d+)*/g;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__|^#{1,6}\s|```|\]\(|\{\w+\}/im;
/** Capitalised words that are not names. */
const ALWAYS_CAPITALISED = new Set([
  "i",
  "i'm",
  "i’m",
  "i'd",
  "i’d",
  "i'll",
  "i’ll",
  "i've",
  "i’ve",
]);

/**
 * Whether Claude's version of a draft may replace the template: same greeting and signature (so
 * the same person is addressed and it is signed by the user), within the channel's length, no
 * promise, claim, number, name or contact detail that neither the template nor the facts
 * contain, the same slots left for the user, and the kind's purpose kept.
 */
export function checkPersonalisedDraft(
  template: RenderedDraft,
  candidate: LlmDraft,
  facts: DraftFacts,
): DraftCheck {
  const body = candidate.body.replace(/\r\n?/g, "\n").trim();
  const subject = candidate.subject.replace(/\s+/g, " ").trim();
  // The user's own words may promise or give contact details; the email's words may not.
  const ownWords = [template.subject, template.body, facts.senderName, facts.userNote].join("\n");
  const allWords = [ownWords, facts.company ?? "", facts.role ?? "", facts.emailExcerpt].join("\n");
  const text = `${subject}\n${body}`;
  const violations = [
    ...subjectViolations(template, subject),
    ...lengthViolations(template, body),
    ...frameViolations(template, body, facts),
    ...contactDetails(text, ownWords),
    ...inventedDetails(text, allWords),
    ...commitmentViolations(text, ownWords),
    ...purposeViolations(template, body),
    ...(MARKUP.test(body.replace(SLOT, "")) ? ["markup"] : []),
  ];
  if (violations.length > 0) return { ok: false, violations: [...new Set(violations)] };
  return { ok: true, draft: { ...template, subject, body } };
}

function subjectViolations(template: RenderedDraft, subject: string): string[] {
  if (template.channel !== "email") return subject === template.subject ? [] : ["subject_changed"];
  if (subject.length < 3 || subject.length > MAX_SUBJECT_CHARS) return ["subject_length"];
  return [];
}

function lengthViolations(template: RenderedDraft, body: string): string[] {
  const limit =
    template.channel === "linkedin"
      ? LINKEDIN_NOTE_LIMIT
      : template.channel === "call"
        ? template.body.length + MAX_GROWTH_CHARS.call
        : Math.min(MAX_EMAIL_CHARS, template.body.length + MAX_GROWTH_CHARS.email);
  if (body.length > Math.max(limit, template.body.length)) return ["too_long"];
  if (body.length < template.body.length * MIN_SHARE_OF_TEMPLATE) return ["too_short"];
  return [];
}

/** Same greeting, same signature, same slots for the user, and what must be kept. */
function frameViolations(template: RenderedDraft, body: string, facts: DraftFacts): string[] {
  const out: string[] = [];
  const comma = template.body.indexOf(",");
  if (comma > 0 && comma < GREETING_WINDOW && !body.startsWith(template.body.slice(0, comma + 1))) {
    out.push("greeting_changed");
  }
  const signer = [facts.senderName, facts.senderName.split(/\s+/)[0] ?? ""].find(
    (name) => name !== "" && template.body.slice(-SIGNATURE_WINDOW).includes(name),
  );
  if (signer && !body.slice(-SIGNATURE_WINDOW).includes(signer)) out.push("signature_changed");
  const slots = (text: string) => (text.match(SLOT) ?? []).sort().join("\n");
  if (slots(body) !== slots(template.body)) out.push("slots_changed");
  if (facts.mustKeep.some((word) => template.body.includes(word) && !body.includes(word))) {
    out.push("detail_dropped");
  }
  return out;
}

/** Addresses, links and phone numbers the user did not write themselves. */
function contactDetails(text: string, ownWords: string): string[] {
  const lower = ownWords.toLowerCase();
  const details = text.replace(SLOT, "").match(CONTACT_DETAIL) ?? [];
  return details.some((d) => !lower.includes(d.toLowerCase())) ? ["new_contact_detail"] : [];
}

/** Numbers and capitalised names found in the text but in none of the sources. */
function inventedDetails(text: string, sources: string): string[] {
  const out: string[] = [];
  const withoutSlots = text.replace(SLOT, "");
  const sourceNumbers = new Set(sources.match(NUMBER) ?? []);
  if ((withoutSlots.match(NUMBER) ?? []).some((n) => !sourceNumbers.has(n))) out.push("new_number");
  const sourceWords = new Set((sources.match(WORD) ?? []).map((w) => w.toLowerCase()));
  for (const match of withoutSlots.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (word === lower || ALWAYS_CAPITALISED.has(lower) || sourceWords.has(lower)) continue;
    if (startsSentence(withoutSlots, match.index ?? 0)) continue;
    out.push("new_name");
    break;
  }
  return out;
}

/** A capital there is grammar, not a name: start of text, line, sentence or clause after a colon. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/["'“‘( \t]+$/, "");
  return before === "" || /[.!?:\n—–-]$/.test(before);
}

function commitmentViolations(text: string, sources: string): string[] {
  return COMMITMENTS.filter(([, pattern]) => pattern.test(text) && !pattern.test(sources)).map(
    ([name]) => name,
  );
}

/** The kind's cues are there, and the number of questions is the template's (none added, none lost). */
function purposeViolations(template: RenderedDraft, body: string): string[] {
  const out: string[] = [];
  if (PURPOSE_CUES[template.kind].some((cue) => !cue.test(body))) out.push("purpose_lost");
  const questions = (text: string) => (text.match(/\?/g) ?? []).length;
  const asked = questions(template.body);
  const asking = questions(body);
  if (asking > asked) out.push("new_question");
  if (asked > 0 && asking === 0) out.push("question_dropped");
  return out;
}
