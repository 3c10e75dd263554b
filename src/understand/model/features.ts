/**
 * The classifier's features: many weak signals about one message, as a sparse binary vector.
 *
 * - words: hashed unigrams and bigrams of the folded subject and of the newest message (the
 *   subject's and the body's in separate namespaces), HASH_BUCKETS buckets;
 * - phrases: every pattern of classification-patterns.ts (one feature each) and each signal's
 *   summed weight in three bands (a hint, said outright, said twice);
 * - structure: who wrote the newest message (a person, an ATS or no-reply robot, a job board,
 *   nobody known), how it reached Rebound (forward, attachment, as received), whether older
 *   messages were quoted below it or the user's own message was skipped, list and auto-reply
 *   headers, a calendar part, subject cues (reply, forward, automatic reply), length.
 *
 * Deterministic and cheap: one pass over the text for the words (no strings allocated per
 * word), one run of the pattern tables, a few dozen flags.
 */
import {
  AUTO_REPLY_SUBJECT,
  REPLY_SUBJECT,
  SIGNING_PAPERWORK,
  STATUS_ENDED,
  STATUS_LINE_LEAD,
  STATUS_UNDER_REVIEW,
} from "../classification-patterns.ts";
import { foldText } from "../detect-language.ts";
import {
  PATTERN_COUNT,
  type PatternEvidence,
  patternEvidence,
  REASON_NAMES,
  SIGNAL_NAMES,
  signalSaidIn,
} from "../pattern-evidence.ts";
import { isAtsDomain, isRobotAddress } from "../robot-address.ts";
import { RULE_VERDICTS, ruleVerdictIndex, type Scores } from "./rule-verdict.ts";
import {
  DECIDED_AFTER_RECEIPT,
  deferredOnly,
  hedgedOnly,
  KEEP_STOCK_CLOSE,
  SENTENCE_FEATURES,
  sentenceFeatures,
  sentencesSaying,
} from "./sentences.ts";

/** Everything the classifier reads of one message. */
export interface ClassifyInput {
  /** The original message's subject. */
  subject: string;
  /** The newest message not written by the user, older quoted replies removed. */
  body: string;
  senderAddress: string | null;
  /** The message (or the attached original) carries an auto-reply header. */
  autoReplyHeader: boolean;
  /** The sender's display name, when known. */
  senderName?: string;
  /** How the message reached Rebound: "none" for one sent straight or saved as received. */
  format?: "inline" | "attachment" | "none";
  /** List-Id, List-Unsubscribe or Precedence: bulk/list on the original. */
  listHeaders?: boolean;
  /** Auto-Submitted: auto-replied (RFC 3834: an answer to a message, such as an out-of-office). */
  autoReplied?: boolean;
  /** The original has a text/calendar part (an invitation). */
  calendar?: boolean;
  /** Older messages were quoted below the newest one. */
  quotedHistory?: boolean;
  /** The newest message was the user's own, so the one before it is classified. */
  skippedOwn?: boolean;
  /** The message quoted below the newest one was written by the user. */
  repliesToOwn?: boolean;
}

/** A bare body as the classifier reads it: no subject, sender or headers known. */
export function sentenceInput(text: string): ClassifyInput {
  return { subject: "", body: text, senderAddress: null, autoReplyHeader: false };
}

/** A message's features: the indices of the ones present (all binary). */
export interface Features {
  indices: number[];
  /** The phrase evidence, kept for the reason model and for explanations. */
  evidence: PatternEvidence;
  /**
   * Bulk mail that never speaks of the reader's own application ("in this issue …,
   * unsubscribe"), or a newsletter's (a numbered issue, a reader's letter): whatever it says
   * about rejections, it decides nothing about the user.
   */
  impersonalBulk: boolean;
  /**
   * A receipt, then a "no" said outright in a sentence of its own (not under a condition, not
   * as a question): whatever the receipt says, the message decides.
   */
  decidedAfterReceipt: boolean;
}

/** Word features are hashed into this many buckets. */
export const HASH_BUCKETS = 1 << 13;
/** Only this much of the newest message is read for words and phrases. */
const MAX_BODY_CHARS = 8 * 1024;
const MAX_SUBJECT_CHARS = 300;

const STRUCTURE = [
  "bias",
  "sender:none",
  "sender:person",
  "sender:robot",
  "sender:ats",
  "sender:board",
  "sender:role-mailbox",
  "name:team-word",
  "format:inline",
  "format:attachment",
  "format:none",
  "headers:list",
  "headers:auto-reply",
  "headers:auto-replied",
  "calendar",
  "thread:quoted-history",
  "thread:skipped-own",
  "thread:replies-to-own",
  "subject:reply",
  "subject:forward",
  "subject:auto-reply",
  "subject:empty",
  "length:short",
  "length:medium",
  "length:long",
  "length:very-long",
  "links:many",
  "reason:none",
  "addresses:your-application",
  "bulk:impersonal",
] as const;
type StructureName = (typeof STRUCTURE)[number];

/** Signal sums at or above each band are a feature each: a hint, said outright, said twice. */
const BANDS = [2, 3, 6] as const;
const REASON_BANDS = [2, 3] as const;

const PATTERN_BASE = HASH_BUCKETS;
const SIGNAL_BASE = PATTERN_BASE + PATTERN_COUNT;
const REASON_BASE = SIGNAL_BASE + SIGNAL_NAMES.length * BANDS.length;
/** The stated reason with the most weight (ties to the more specific, as the tables order them). */
const STRONGEST_REASON_BASE = REASON_BASE + REASON_NAMES.length * REASON_BANDS.length;
const RULE_BASE = STRONGEST_REASON_BASE + REASON_NAMES.length;
const SENTENCE_BASE = RULE_BASE + RULE_VERDICTS;
const STRUCTURE_BASE = SENTENCE_BASE + SENTENCE_FEATURES;
/** Where the signals-in-context features start (they run to FEATURE_COUNT). */
export const CONTEXT_BASE = STRUCTURE_BASE + STRUCTURE.length;

/**
 * Signals read together with who says them and to whom: an invitation to a call from a
 * stranger who never mentions an application is an approach, not an interview; a "no" in mail
 * that never speaks of the reader's application is about someone else's; an answer to the
 * user's own message (a thank-you, a reference request) reads differently from a first word.
 */
const CONTEXT_SIGNALS = [
  "rejection",
  "keepOnFile",
  "feedback",
  "referral",
  "offer",
  "invite",
  "reschedule",
  "acknowledgement",
  "outreach",
  "pending",
] as const;
/**
 * "underway": the message speaks of the reader's own application or a process already going
 * ("your application", "following our call"); "cold": a stranger's approach (outreach said,
 * nothing under way). "Your profile" is in both kinds, so "yours" alone cannot tell them apart.
 */
const CONTEXTS = [
  "yours",
  "not-yours",
  "from-person",
  "from-system",
  "replies-to-own",
  "underway",
  "cold",
] as const;
type ContextName = (typeof CONTEXTS)[number];
const CONTEXT_SIGNAL_INDEX = CONTEXT_SIGNALS.map((name) => SIGNAL_NAMES.indexOf(name));
/**
 * Mail about the account, an event, a survey, portal activity, articles or the first day after
 * a signed offer: not a decision.
 */
const HOUSEKEEPING_SIGNALS = [
  "account",
  "event",
  "survey",
  "activity",
  "newsletter",
  "onboarding",
].map((name) => SIGNAL_NAMES.indexOf(name as (typeof SIGNAL_NAMES)[number]));
const HOUSEKEEPING_BASE = CONTEXT_BASE + CONTEXT_SIGNALS.length * CONTEXTS.length;
/**
 * Any housekeeping signal said outright; said more strongly than any decision; and bulk mail
 * that offers no jobs (a newsletter or a portal notice rather than an alert).
 */
const HOUSEKEEPING_FEATURES = 3;
const BULK = SIGNAL_NAMES.indexOf("bulk");
const JOB_LIST = SIGNAL_NAMES.indexOf("jobList");
const NEWSLETTER = SIGNAL_NAMES.indexOf("newsletter");
const UNDERWAY = SIGNAL_NAMES.indexOf("underway");
const OUTREACH = SIGNAL_NAMES.indexOf("outreach");
const INVITE = SIGNAL_NAMES.indexOf("invite");
const ACKNOWLEDGEMENT = SIGNAL_NAMES.indexOf("acknowledgement");
const OFFER = SIGNAL_NAMES.indexOf("offer");
const ONBOARDING = SIGNAL_NAMES.indexOf("onboarding");
const LATER_OPENING = SIGNAL_NAMES.indexOf("laterOpening");
const ON_HOLD = REASON_NAMES.indexOf("on_hold");
const NOT_A_FIT = REASON_NAMES.indexOf("not_a_fit_for_role");
/** Said beside an offer, these place it in the past: signed or accepted, the first day ahead. */
const OFFER_SETTLED = SIGNAL_NAMES.indexOf("offerSettled");
const AFTER_OFFER = [OFFER_SETTLED, ONBOARDING];
/** A signal counts in context from a strong hint up. */
const CONTEXT_BAND = 2;

const STATUS_BASE = HOUSEKEEPING_BASE + HOUSEKEEPING_FEATURES;
/** What an application-status line says the status is: see statusLine. */
export const STATUS_VALUES = ["negative", "progress", "received", "review"] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

/** How many features there are. */
export const FEATURE_COUNT = STATUS_BASE + STATUS_VALUES.length;

/** The names of the features from CONTEXT_BASE on ("invite@not-yours", "housekeeping:leads" …). */
export const CONTEXT_FEATURE_NAMES: readonly string[] = [
  ...CONTEXT_SIGNALS.flatMap((signal) => CONTEXTS.map((context) => `${signal}@${context}`)),
  "housekeeping:outright",
  "housekeeping:leads",
  "bulk:without-jobs",
  ...STATUS_VALUES.map((value) => `status:${value}`),
];

const structureIndex = (name: StructureName): number => STRUCTURE_BASE + STRUCTURE.indexOf(name);

/** Job boards and aggregators: their mail is alerts and "apply" receipts, not an employer's word. */
const JOB_BOARDS =
  /(?:^|\.)(linkedin|indeed|stepstone|glassdoor|xing|monster|ziprecruiter|welcometothejungle|jobteaser|infojobs|indeed-?apply|talent|jooble|adzuna|usajobs|dice|hellowork|apec|cadremploi|jobs?(?:cout|ware)?|nationalevacaturebank|computrabajo|catho|vagas|totaljobs|reed|seek|wellfound|otta|honeypot)\.[a-z.]+$/;
/** Shared boxes that a team, not a person, reads. */
const ROLE_MAILBOX =
  /^(careers?|jobs?|recruit(ing|ment|er)?s?|talent(-?acquisition)?|hr|people|hiring|bewerbung(en)?|karriere|jobs?-?noreply|candidates?|applications?|staffing|rh|recrutement|empleo|seleccion|vacatures?|werving|lavora|carreiras?)([-_.+].*)?$/;
/** A display name that is a team or a system ("Acme Careers", "Workday Notification"). */
const TEAM_WORD =
  /\b(careers?|jobs?|recruit\w*|talent|hr|team|notifications?|workday|greenhouse|lever|apply|updates?|career site|hiring|karriere|recrutement|do not reply|no-?reply|alerts?)\b/;

/** "Your application" and its kin, in the seven languages (folded text). */
const YOUR_APPLICATION =
  /\b(your (application|candidacy|candidature|cv|resume|profile|interview|submission)|(ihre|deine|ihr|dein) (bewerbung|kandidatur|profil|lebenslauf|vorstellungsgesprach)|(votre|ta|ton) (candidature|cv|profil|entretien)|(tu|su) (candidatura|solicitud|cv|perfil|entrevista)|(je|uw) (sollicitatie|cv|profiel|gesprek)|(la (tua|sua)|il (tuo|suo)) (candidatura|cv|profilo|colloquio)|(a (sua|tua)|o (seu|teu)) (candidatura|cv|perfil|entrevista))\b/;

/** Scratch space reused by every call: which word buckets this message has already set. */
const seen = new Uint32Array(HASH_BUCKETS);
let stamp = 0;

/** The features of one message. */
export function messageFeatures(input: ClassifyInput): Features {
  const subject = foldText(input.subject.slice(0, MAX_SUBJECT_CHARS)).replace(/\s+/g, " ");
  const body = foldText(input.body.slice(0, MAX_BODY_CHARS)).replace(/\s+/g, " ");
  const reply = REPLY_SUBJECT.test(subject);
  // A reply's subject was written for an earlier message ("Re: Interview invitation").
  const phraseText = ` ${reply ? "" : subject} \n ${body} `;
  const evidence = slotsForPaperwork(
    phraseText,
    offerInPast(
      phraseText,
      stepsOfReceipt(
        phraseText,
        callsAfterPause(phraseText, callsInContext(patternEvidence(phraseText))),
      ),
    ),
  );

  stamp += 1;
  if (stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  const indices: number[] = [];
  hashWords(subject, SUBJECT_SEED, indices);
  hashWords(body, BODY_SEED, indices);

  for (const id of new Set(evidence.matched)) indices.push(PATTERN_BASE + id);
  evidence.signals.forEach((sum, s) => {
    // "Under way" is said by nearly every employer's message: it counts only in context.
    if (s === UNDERWAY) return;
    BANDS.forEach((band, b) => {
      if (sum >= band) indices.push(SIGNAL_BASE + s * BANDS.length + b);
    });
  });
  let anyReason = false;
  evidence.reasons.forEach((sum, r) => {
    REASON_BANDS.forEach((band, b) => {
      if (sum >= band) {
        anyReason = true;
        indices.push(REASON_BASE + r * REASON_BANDS.length + b);
      }
    });
  });

  let strongest = -1;
  evidence.reasons.forEach((sum, r) => {
    if (sum >= REASON_BANDS[0] && sum > (evidence.reasons[strongest] ?? 0)) strongest = r;
  });
  if (strongest >= 0) indices.push(STRONGEST_REASON_BASE + strongest);

  sentenceFeatures(phraseText, evidence, SENTENCE_BASE, indices);
  const stockClose = indices.includes(SENTENCE_BASE + KEEP_STOCK_CLOSE);
  indices.push(RULE_BASE + ruleVerdictIndex(formerScores(evidence, input, subject, stockClose)));

  const flag = (name: StructureName, on: boolean | undefined) => {
    if (on) indices.push(structureIndex(name));
  };
  flag("bias", true);
  const address = input.senderAddress?.toLowerCase() ?? null;
  const domain = address?.slice(address.lastIndexOf("@") + 1) ?? "";
  const local = address?.slice(0, address.lastIndexOf("@")) ?? "";
  const board = address !== null && JOB_BOARDS.test(domain);
  const ats = address !== null && !board && isAtsDomain(domain);
  const robot = address !== null && !board && !ats && isRobotAddress(address);
  flag("sender:none", address === null);
  flag("sender:board", board);
  flag("sender:ats", ats);
  flag("sender:robot", robot);
  flag("sender:role-mailbox", address !== null && ROLE_MAILBOX.test(local));
  flag("sender:person", address !== null && !board && !ats && !robot);
  flag("name:team-word", TEAM_WORD.test(foldText(input.senderName ?? "")));
  flag("format:inline", input.format === "inline");
  flag("format:attachment", input.format === "attachment");
  flag("format:none", input.format === undefined || input.format === "none");
  flag("headers:list", input.listHeaders);
  flag("headers:auto-reply", input.autoReplyHeader);
  flag("headers:auto-replied", input.autoReplied);
  flag("calendar", input.calendar);
  flag("thread:quoted-history", input.quotedHistory);
  flag("thread:skipped-own", input.skippedOwn);
  flag("thread:replies-to-own", input.repliesToOwn);
  flag("subject:reply", reply);
  flag("subject:forward", /^ ?(fwd?|wg|tr|rv|enc|doorst)\b ?:/.test(subject));
  flag("subject:auto-reply", AUTO_REPLY_SUBJECT.test(subject));
  flag("subject:empty", subject.trim() === "");
  const length = body.length;
  flag("length:short", length < 300);
  flag("length:medium", length >= 300 && length < 1200);
  flag("length:long", length >= 1200 && length < 3000);
  flag("length:very-long", length >= 3000);
  flag("links:many", countOf(body, "http") >= 6);
  flag("reason:none", !anyReason);
  // A decision is about the reader's own application; a newsletter or alert talks about anyone's.
  const yours = YOUR_APPLICATION.test(phraseText);
  flag("addresses:your-application", yours);
  const bulk = evidence.signals[BULK] ?? 0;
  // A newsletter speaks to every subscriber: the "your CV" of its advice is anyone's, and a
  // decision it quotes is someone else's.
  const impersonalBulk = bulk >= 3 && (!yours || (evidence.signals[NEWSLETTER] ?? 0) >= 3);
  flag("bulk:impersonal", impersonalBulk);

  const person = address !== null && !board && !ats && !robot;
  const underway = evidence.signals[UNDERWAY] ?? 0;
  const cold = isCold(evidence);
  const contexts: Record<ContextName, boolean> = {
    yours,
    "not-yours": !yours,
    "from-person": person,
    "from-system": !person,
    "replies-to-own": input.repliesToOwn === true,
    underway: underway >= CONTEXT_BAND,
    cold,
  };
  CONTEXT_SIGNAL_INDEX.forEach((signal, i) => {
    if ((evidence.signals[signal] ?? 0) < CONTEXT_BAND) return;
    CONTEXTS.forEach((context, c) => {
      if (contexts[context]) indices.push(CONTEXT_BASE + i * CONTEXTS.length + c);
    });
  });
  const housekeeping = Math.max(...HOUSEKEEPING_SIGNALS.map((s) => evidence.signals[s] ?? 0));
  const decision = Math.max(...CONTEXT_SIGNAL_INDEX.map((s) => evidence.signals[s] ?? 0));
  if (housekeeping >= 3) indices.push(HOUSEKEEPING_BASE);
  if (housekeeping >= CONTEXT_BAND && housekeeping >= decision) indices.push(HOUSEKEEPING_BASE + 1);
  if (
    (evidence.signals[BULK] ?? 0) >= CONTEXT_BAND &&
    (evidence.signals[JOB_LIST] ?? 0) < CONTEXT_BAND
  )
    indices.push(HOUSEKEEPING_BASE + 2);
  for (const value of statusLines(phraseText))
    indices.push(STATUS_BASE + STATUS_VALUES.indexOf(value));
  const decidedAfterReceipt = indices.includes(SENTENCE_BASE + DECIDED_AFTER_RECEIPT);
  return { indices, evidence, impersonalBulk, decidedAfterReceipt };
}

/** A stranger's approach: outreach said, nothing about an application or a process under way. */
function isCold(evidence: PatternEvidence): boolean {
  return (
    (evidence.signals[UNDERWAY] ?? 0) < CONTEXT_BAND &&
    (evidence.signals[OUTREACH] ?? 0) >= CONTEXT_BAND
  );
}

/**
 * In a stranger's approach, the call it proposes ("open to a quick call?", "hättest du Lust auf
 * ein Telefonat?") is part of the approach, not an interview: its invitation evidence is read
 * as outreach, wherever it is said. Without this, a language whose approach phrases the
 * outreach table knows less well than English reads as an invitation. The invitation's own
 * patterns stay features of their own, so the model still sees them.
 */
function callsInContext(evidence: PatternEvidence): PatternEvidence {
  if ((evidence.signals[INVITE] ?? 0) === 0 || !isCold(evidence)) return evidence;
  return movedSignal(evidence, INVITE, OUTREACH);
}

/** The evidence with signal `from`'s sum, peak and hits read as signal `to`'s. */
function movedSignal(evidence: PatternEvidence, from: number, to: number): PatternEvidence {
  const signals = [...evidence.signals];
  signals[to] = (signals[to] ?? 0) + (signals[from] ?? 0);
  signals[from] = 0;
  const peaks = [...evidence.peaks];
  peaks[to] = Math.max(peaks[to] ?? 0, peaks[from] ?? 0);
  peaks[from] = 0;
  const signalHits = [...evidence.signalHits];
  for (let i = 0; i < signalHits.length; i += 2) if (signalHits[i] === from) signalHits[i] = to;
  return { ...evidence, signals, peaks, signalHits };
}

/**
 * A receipt that describes what may follow ("if your profile fits, we'll set up a short call",
 * "we'll let you know whether we invite you to a first meeting") says how the process works,
 * not that the reader is invited: when the receipt is said outright and every invitation in the
 * body is said under a condition or as a question, the invitation evidence is read as the
 * receipt's. One plain invitation anywhere keeps it an invitation.
 */
function stepsOfReceipt(text: string, evidence: PatternEvidence): PatternEvidence {
  if ((evidence.signals[INVITE] ?? 0) === 0 || (evidence.signals[ACKNOWLEDGEMENT] ?? 0) < 3)
    return evidence;
  if (!hedgedOnly(text, evidence.signalHits, INVITE)) return evidence;
  return movedSignal(evidence, INVITE, ACKNOWLEDGEMENT);
}

/**
 * A paused search that promises a call for when it restarts ("we're pausing the search until
 * Q2; happy to set up a call once things pick up again", "je t'appellerai dès que ça repart")
 * is a pause, not an invitation: when the pause is said outright and every invitation in the
 * body is put off until the restart or said under a condition, the invitation evidence is read
 * as a later opening's. One plain invitation keeps it an invitation.
 */
function callsAfterPause(text: string, evidence: PatternEvidence): PatternEvidence {
  if ((evidence.signals[INVITE] ?? 0) === 0 || (evidence.reasons[ON_HOLD] ?? 0) < 3)
    return evidence;
  if (!deferredOnly(text, evidence.signalHits, INVITE)) return evidence;
  return movedSignal(evidence, INVITE, LATER_OPENING);
}

/**
 * Mail after an offer was signed speaks of it in passing ("we'll ship the laptop to the address
 * on your offer letter", "sign your employment contract in the HR system before your first
 * day"): when every sentence that mentions an offer also says it is settled or speaks of the
 * first day, and the subject does not name one, the offer evidence is read as onboarding's.
 * Those sentences are read whole, not only where each pattern first matched. One sentence that
 * makes or describes an offer keeps it an offer; once the message says the offer was accepted,
 * a sentence about signing its papers (an e-signature envelope with the contract) is
 * paperwork, not an offer.
 */
function offerInPast(text: string, evidence: PatternEvidence): PatternEvidence {
  if ((evidence.signals[OFFER] ?? 0) === 0) return evidence;
  const { inSubject, sentences } = sentencesSaying(text, evidence.signalHits, OFFER);
  const accepted = (evidence.signals[OFFER_SETTLED] ?? 0) > 0;
  const settled =
    !inSubject &&
    sentences.length > 0 &&
    sentences.every(
      (sentence) =>
        AFTER_OFFER.some((signal) => signalSaidIn(sentence, signal)) ||
        (accepted && SIGNING_PAPERWORK.test(sentence)),
    );
  return settled ? movedSignal(evidence, OFFER, ONBOARDING) : evidence;
}

/**
 * After an accepted offer, a slot booked for the papers ("please book a slot for the right-to-work
 * ID check") is onboarding, not an interview: when the message says the offer is settled and
 * every sentence that invites speaks of those papers, the invitation evidence is read as
 * onboarding's. One invitation to anything else keeps it an invitation.
 */
function slotsForPaperwork(text: string, evidence: PatternEvidence): PatternEvidence {
  if ((evidence.signals[INVITE] ?? 0) === 0 || (evidence.signals[OFFER_SETTLED] ?? 0) === 0)
    return evidence;
  const { inSubject, sentences } = sentencesSaying(text, evidence.signalHits, INVITE);
  const paperwork =
    !inSubject &&
    sentences.length > 0 &&
    sentences.every((sentence) => SIGNING_PAPERWORK.test(sentence));
  return paperwork ? movedSignal(evidence, INVITE, ONBOARDING) : evidence;
}

/**
 * A portal's status line: "Status: Not referred", "your application status has changed to
 * Rejected", "Estado: En revisión". The word after it says where the application stands, in
 * fewer words than any sentence would; a status page often says nothing else.
 */
// (Apostrophes belong to the value: "en cours d'examen".)
const STATUS_LINE = new RegExp(`${STATUS_LINE_LEAD}([a-z']+(?: [a-z']+){0,3})`, "g");
const STATUS_NEGATIVE = new RegExp(`^${STATUS_ENDED}`);
const STATUS_REVIEW = new RegExp(`^${STATUS_UNDER_REVIEW}`);
const STATUS_PROGRESS =
  /^(referred|selected|shortlisted|interview\w*|invited|in review|under review|reviewed|being reviewed|in progress|in consideration|under consideration|assessment|offer\w*|eingeladen|in prufung|vorstellungsgesprach|en cours|en revision|entretien|en proceso|entrevista|em analise|em avaliacao|in valutazione|colloquio|in behandeling|gesprek)\b/;
const STATUS_RECEIVED =
  /^(received|submitted|applied|new|application received|eingegangen|eingereicht|recue|envoyee|recibida|enviada|ontvangen|ingediend|ricevuta|inviata|recebida|submetida)\b/;

/** The values of every status line in `text` (folded), each kind once. */
export function statusLines(text: string): StatusValue[] {
  const found = new Set<StatusValue>();
  STATUS_LINE.lastIndex = 0;
  for (let match = STATUS_LINE.exec(text); match !== null; match = STATUS_LINE.exec(text)) {
    const value = match[1] ?? "";
    if (STATUS_NEGATIVE.test(value)) found.add("negative");
    // Being read is a receipt's status, not a step forward ("Status: Under review").
    else if (STATUS_REVIEW.test(value)) found.add("review");
    else if (STATUS_PROGRESS.test(value)) found.add("progress");
    else if (STATUS_RECEIVED.test(value)) found.add("received");
  }
  return [...found];
}

const AUTO_REPLY_HEADER_WEIGHT = 3;
/**
 * The signal sums as the former rules saw them: header and subject cues, reasons that say no,
 * and whether keeping the CV is only the stock line that closes a "no".
 */
function formerScores(
  evidence: PatternEvidence,
  input: ClassifyInput,
  subject: string,
  stockClose: boolean,
): Scores {
  const sum = {} as Scores["sum"];
  const peak = {} as Scores["peak"];
  SIGNAL_NAMES.forEach((name, i) => {
    sum[name] = evidence.signals[i] ?? 0;
    peak[name] = evidence.peaks[i] ?? 0;
  });
  if (input.autoReplyHeader) sum.outOfOffice += AUTO_REPLY_HEADER_WEIGHT;
  if (AUTO_REPLY_SUBJECT.test(subject)) sum.outOfOffice += 3;
  let best = -1;
  let bestScore = 1;
  evidence.reasons.forEach((score, r) => {
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  });
  const reason = REASON_NAMES[best];
  // A search on hold or a role closed says "no" even without a word of regret.
  if (reason === "on_hold" || reason === "position_closed") sum.rejection += Math.min(bestScore, 3);
  else if (reason === "not_a_fit_for_role" && bestScore >= 3) sum.rejection += 2;
  return {
    sum,
    peak,
    stockClose,
    paused: (evidence.reasons[ON_HOLD] ?? 0) >= 3,
    gapNamed: (evidence.reasons[NOT_A_FIT] ?? 0) >= 3,
  };
}

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

const SUBJECT_SEED = 0x9747b28c;
const BODY_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A word character for hashing: ASCII letters and digits, plus anything beyond ASCII. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/**
 * Adds the bucket of every unigram and bigram of `text` (folded) once. Digits are read as 0, so
 * dates and numbers share features; words longer than 24 characters are cut there.
 */
function hashWords(text: string, seed: number, out: number[]): void {
  let previous = 0;
  let hasPrevious = false;
  let hash = seed;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (length < 24) hash = Math.imul(hash ^ (code >= 48 && code <= 57 ? 48 : code), FNV_PRIME);
      length += 1;
      continue;
    }
    if (length === 0) continue;
    const word = hash >>> 0;
    add(mix(word, seed), out);
    if (hasPrevious) add(mix(Math.imul(previous, 31) ^ word, seed + 1), out);
    previous = word;
    hasPrevious = true;
    hash = seed;
    length = 0;
  }
}

/** A final avalanche so that neighbouring hashes land in unrelated buckets. */
function mix(value: number, seed: number): number {
  let h = Math.imul(value ^ seed, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % HASH_BUCKETS;
}

function add(bucket: number, out: number[]): void {
  if (seen[bucket] === stamp) return;
  seen[bucket] = stamp;
  out.push(bucket);
}
