import type { Category, RejectionReason } from "../../schemas/understanding.ts";
import {
  AUTO_REPLY_SUBJECT,
  type PatternTable,
  REASON_PATTERNS,
  REPLY_SUBJECT,
  SIGNAL_PATTERNS,
  type SignalName,
  type StatedReason,
  type WeightedPattern,
} from "./classification-patterns.ts";
import { detectLanguage, foldText } from "./detect-language.ts";

export interface ClassifyInput {
  /** The original message's subject. */
  subject: string;
  /** The newest message only, older quoted replies removed. */
  body: string;
  senderAddress: string | null;
  /** The message (or the attached original) carries an auto-reply header. */
  autoReplyHeader: boolean;
}

export interface Classification {
  category: Category;
  /** Set only for rejections. */
  reason: RejectionReason | null;
  confidence: number;
  /** ISO 639-1 code of the body's language. */
  language: string;
}

/** A rejection says what it is early; the rest of a long message is signatures and legalese. */
const MAX_BODY_CHARS = 8 * 1024;
const MAX_SUBJECT_CHARS = 300;
/** A score this high means the message says it outright (one weight-3 phrase, or two hints). */
const CLEAR = 3;
/** Below CLEAR but at least this is a hint: classified, with low confidence for the digest. */
const HINT = 2;
/** A reason needs a strong hint at least; "many strong applicants" alone leaves it generic. */
const MIN_REASON_SCORE = 2;
/** An auto-reply header says as much as an outright out-of-office sentence. */
const AUTO_REPLY_HEADER_WEIGHT = 3;
/** The prefilter keys a word it cannot see whole by this many first characters. */
const KEY_LENGTH = 3;
/** More literal prefixes than this and the pattern is simply always run. */
const MAX_PREFIXES = 256;

interface TaggedPattern extends WeightedPattern {
  /**
   * The words a match can begin with (see wordStartKeys), or null when the pattern's source
   * does not tell. A pattern with keys is tried only where such a word starts, with `sticky`,
   * instead of being run over the whole message: on a typical message most patterns have no
   * such word at all and cost nothing.
   */
  keys: WordKeys | null;
  sticky: RegExp;
}

/**
 * Each table flattened once at module load, heaviest patterns first so that they claim their
 * stretch of text before a weaker pattern over the same words can (see scorePatterns).
 */
const compile = (table: PatternTable): readonly TaggedPattern[] =>
  Object.values(table)
    .flatMap((patterns) =>
      (patterns ?? []).map((p) => ({
        ...p,
        keys: wordStartKeys(p.pattern.source),
        sticky: new RegExp(p.pattern.source, `${p.pattern.flags}y`),
      })),
    )
    .sort((a, b) => b.weight - a.weight);
const SIGNALS = Object.entries(SIGNAL_PATTERNS).map(
  ([name, table]) => [name as SignalName, compile(table)] as const,
);
const REASONS = REASON_PATTERNS.map(([reason, table]) => [reason, compile(table)] as const);

/** The words a match can start with: whole ones, and ones known only by their first letters. */
export interface WordKeys {
  words: readonly string[];
  beginnings: readonly string[];
}

/** Where each word of the text starts, by the word and by its first KEY_LENGTH characters. */
interface WordIndex {
  words: ReadonlyMap<string, readonly number[]>;
  beginnings: ReadonlyMap<string, readonly number[]>;
}

/** Per signal: the sum of the weights that matched, and the heaviest single one. */
interface Scores {
  sum: Record<SignalName, number>;
  peak: Record<SignalName, number>;
}

/** One line of the classifier's judgement: when it applies, and how sure it can be. */
interface DecisionRule {
  category: Category;
  when: (s: Scores) => boolean;
  /** How loudly the message says it. */
  evidence: (s: Scores) => number;
  /** The strongest signal this rule overrules; conflicting evidence lowers confidence. */
  rival: (s: Scores) => number;
}

/** Decides what a message is from weighted phrase signals; deterministic and cheap. */
export function classifyMessage(input: ClassifyInput): Classification {
  const body = input.body.slice(0, MAX_BODY_CHARS);
  const subject = foldText(input.subject.slice(0, MAX_SUBJECT_CHARS)).replace(/\s+/g, " ");
  // A reply's subject was written for an earlier message ("Re: Interview invitation").
  const ownSubject = REPLY_SUBJECT.test(subject) ? "" : subject;
  const text = ` ${ownSubject} \n ${foldText(body).replace(/\s+/g, " ")} `;

  const words = indexWords(text);
  const scores = scoreSignals(text, words);
  if (input.autoReplyHeader) scores.sum.outOfOffice += AUTO_REPLY_HEADER_WEIGHT;
  if (AUTO_REPLY_SUBJECT.test(subject)) scores.sum.outOfOffice += CLEAR;
  const reason = rejectionReason(text, words);
  if (reason.reason === "on_hold" || reason.reason === "position_closed") {
    // A search on hold or a role closed says "no" even without a word of regret.
    scores.sum.rejection += Math.min(reason.score, CLEAR);
  } else if (reason.reason === "not_a_fit_for_role" && reason.score >= CLEAR) {
    // "Your profile doesn't match this role" leans to a no; "we need someone with X" alone doesn't.
    scores.sum.rejection += HINT;
  }

  const rule = DECISION_RULES.find((r) => r.when(scores));
  const category = rule?.category ?? "other";
  const confidence = rule
    ? confidenceOf(rule.evidence(scores), rule.rival(scores))
    : strongest(scores, ALL_SIGNALS) > 0
      ? 0.45
      : 0.5;
  return {
    category,
    reason: category === "rejection" ? (reason.reason ?? "generic") : null,
    confidence,
    language: detectLanguage(body),
  };
}

function scoreSignals(text: string, words: WordIndex): Scores {
  const sum = {} as Record<SignalName, number>;
  const peak = {} as Record<SignalName, number>;
  for (const [name, patterns] of SIGNALS) {
    const score = scorePatterns(text, words, patterns);
    sum[name] = score.sum;
    peak[name] = score.peak;
  }
  return { sum, peak };
}

/**
 * Sums the weights of the patterns that match, each stretch of text counting once: "won't be
 * moving forward with your application" is one statement however many patterns it satisfies,
 * and words two languages' tables share ("feedback", "reorganisation") are one piece of evidence.
 * Negative patterns (evidence against) always count.
 */
function scorePatterns(text: string, words: WordIndex, patterns: readonly TaggedPattern[]) {
  const counted: { start: number; end: number }[] = [];
  let sum = 0;
  let peak = 0;
  for (const candidate of patterns) {
    const { weight } = candidate;
    const match = firstMatch(text, words, candidate);
    if (match === null) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (weight > 0 && counted.some((c) => start < c.end && c.start < end)) continue;
    if (weight > 0) counted.push({ start, end });
    sum += weight;
    peak = Math.max(peak, weight);
  }
  return { sum: Math.max(0, sum), peak };
}

/** The reason with the most evidence, ties going to the more specific one; null if none is said. */
function rejectionReason(
  text: string,
  words: WordIndex,
): { reason: StatedReason | null; score: number } {
  let best: { reason: StatedReason | null; score: number } = {
    reason: null,
    score: MIN_REASON_SCORE - 1,
  };
  for (const [reason, patterns] of REASONS) {
    const { sum } = scorePatterns(text, words, patterns);
    if (sum > best.score) best = { reason, score: sum };
  }
  return best;
}

/** Confidence from how clearly the winner spoke and how loudly anything it overruled did. */
function confidenceOf(evidence: number, rival: number): number {
  const base =
    evidence >= CLEAR * 2 ? 0.95 : evidence >= CLEAR ? 0.88 : evidence >= HINT ? 0.58 : 0.5;
  const penalty = rival >= CLEAR ? 0.3 : rival >= HINT ? 0.1 : 0;
  return Math.round(Math.max(0.3, base - penalty) * 100) / 100;
}

const ALL_SIGNALS = Object.keys(SIGNAL_PATTERNS) as SignalName[];
/** Signals that, said outright, name a category of their own. */
const DECISIVE: readonly SignalName[] = [
  "rejection",
  "offer",
  "invite",
  "reschedule",
  "keepOnFile",
  "referral",
  "feedback",
  "acknowledgement",
  "pending",
];
/** What outranks bulk mail or a progress update, apart from a mere hint of regret. */
const BULK_RIVALS = DECISIVE.filter(
  (name) => name !== "acknowledgement" && name !== "rejection" && name !== "pending",
);

function strongest(s: Scores, names: readonly SignalName[]): number {
  return Math.max(0, ...names.map((name) => s.sum[name]));
}

/** Feedback is the bulk of the message: someone says they are giving it, and goes into specifics. */
function givesFeedback({ sum }: Scores): boolean {
  // With an outright "no" in the same message, the feedback must outweigh it, not be one line.
  if (sum.rejection >= CLEAR) return sum.feedback >= HINT && sum.feedbackDetail >= 3;
  return (
    (sum.feedback >= HINT && sum.feedbackDetail >= 3) ||
    (sum.feedback >= CLEAR && sum.feedbackDetail >= 2) ||
    (sum.feedback >= 4 && sum.feedbackDetail >= 1) ||
    sum.feedbackDetail >= 5
  );
}

const none = (): number => 0;

/**
 * The classifier's judgement, first match wins: a note saying the writer is away is an
 * auto-reply unless it says something else outright; bulk mail is "other"; an offer or a
 * referral outranks the polite regret around it; a recruiter's cold approach is "other";
 * concrete feedback outranks the rejection it explains; a rescheduled slot is not a rejection;
 * an acknowledgement is not a verdict; keeping the CV on file outranks the "no" before it; then
 * a plain rejection or invitation; then hints, classified with a confidence that asks the user.
 */
const DECISION_RULES: readonly DecisionRule[] = [
  {
    category: "auto_reply",
    when: (s) => s.sum.outOfOffice >= CLEAR && strongest(s, DECISIVE) < CLEAR,
    evidence: (s) => s.sum.outOfOffice,
    rival: (s) => strongest(s, DECISIVE),
  },
  {
    category: "other",
    // A closed role mentioned in an alert ("2 jobs you saved were removed") is not a rejection.
    when: (s) =>
      s.sum.bulk >= CLEAR && s.peak.rejection < CLEAR && strongest(s, BULK_RIVALS) < CLEAR,
    evidence: (s) => s.sum.bulk,
    rival: (s) => strongest(s, DECISIVE),
  },
  {
    category: "offer",
    when: (s) =>
      s.sum.offer >= CLEAR && (s.peak.rejection < CLEAR || s.sum.offer >= s.sum.rejection),
    evidence: (s) => s.sum.offer,
    rival: (s) => (s.peak.rejection >= CLEAR ? s.sum.rejection : 0),
  },
  {
    category: "referral_offer",
    when: (s) => s.sum.referral >= CLEAR,
    evidence: (s) => s.sum.referral,
    rival: (s) => s.sum.invite,
  },
  {
    category: "other",
    when: (s) =>
      s.sum.outreach >= CLEAR &&
      s.sum.outreach >= s.sum.invite &&
      s.sum.rejection < CLEAR &&
      s.sum.keepOnFile < CLEAR,
    evidence: (s) => s.sum.outreach,
    rival: (s) => s.sum.invite,
  },
  {
    category: "feedback",
    when: givesFeedback,
    evidence: (s) => s.sum.feedback + s.sum.feedbackDetail,
    rival: none,
  },
  {
    category: "interview_invite",
    when: (s) => s.sum.reschedule >= CLEAR && s.sum.rejection < CLEAR * 2,
    evidence: (s) => s.sum.reschedule + s.sum.invite,
    rival: (s) => (s.sum.rejection >= CLEAR ? s.sum.rejection : 0),
  },
  {
    category: "other",
    when: (s) => s.sum.acknowledgement >= CLEAR && s.sum.acknowledgement >= s.sum.rejection,
    evidence: (s) => s.sum.acknowledgement,
    rival: (s) => s.sum.rejection,
  },
  {
    // A progress update ("still interviewing other candidates") is not yet a verdict.
    category: "other",
    when: (s) =>
      s.sum.pending >= CLEAR && s.peak.rejection < CLEAR && strongest(s, BULK_RIVALS) < CLEAR,
    evidence: (s) => s.sum.pending,
    rival: (s) => s.sum.rejection,
  },
  {
    category: "keep_on_file",
    when: (s) => s.sum.keepOnFile >= CLEAR,
    evidence: (s) => s.sum.keepOnFile + s.sum.rejection,
    rival: (s) => Math.max(s.sum.invite, s.sum.offer),
  },
  {
    category: "rejection",
    when: (s) => s.sum.rejection >= CLEAR && s.sum.rejection >= s.sum.invite,
    evidence: (s) => s.sum.rejection,
    rival: (s) => Math.max(s.sum.invite, s.sum.offer),
  },
  {
    category: "interview_invite",
    when: (s) => s.sum.invite >= CLEAR,
    evidence: (s) => s.sum.invite,
    rival: (s) => s.sum.rejection,
  },
  {
    category: "other",
    when: (s) => s.sum.acknowledgement >= CLEAR,
    evidence: (s) => s.sum.acknowledgement,
    rival: (s) => s.sum.rejection,
  },
  {
    category: "feedback",
    when: (s) => s.sum.feedback >= HINT && s.sum.feedbackDetail >= 2,
    evidence: () => HINT,
    rival: (s) => s.sum.rejection,
  },
  {
    category: "keep_on_file",
    when: (s) => s.sum.keepOnFile >= HINT,
    evidence: () => HINT,
    rival: none,
  },
  {
    category: "rejection",
    when: (s) => s.sum.rejection >= HINT,
    evidence: () => HINT,
    rival: (s) => s.sum.invite,
  },
];

// A prefilter read off each pattern's source once at module load. It only ever answers "this
// pattern cannot match here" when that is certain, and "don't know" (null) otherwise.

/** [A-Za-z0-9_], the characters \b counts as a word's. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/** Where every word starts, by the whole word and by its first three characters (\b's words). */
function indexWords(text: string): WordIndex {
  const words = new Map<string, number[]>();
  const beginnings = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, at: number) => {
    const positions = index.get(key);
    if (positions === undefined) index.set(key, [at]);
    else positions.push(at);
  };
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isWord = i < text.length && isWordCode(text.charCodeAt(i));
    if (isWord && start < 0) start = i;
    if (!isWord && start >= 0) {
      add(words, text.slice(start, i), start);
      add(beginnings, text.slice(start, start + KEY_LENGTH), start);
      start = -1;
    }
  }
  return { words, beginnings };
}

/** The leftmost match, as `pattern.exec(text)` would find it, trying only where it can start. */
function firstMatch(text: string, index: WordIndex, candidate: TaggedPattern) {
  const { keys } = candidate;
  if (keys === null) return candidate.pattern.exec(text);
  let starts: number[] = [];
  let lists = 0;
  for (const word of keys.words) lists += collect(index.words.get(word), starts);
  for (const beginning of keys.beginnings)
    lists += collect(index.beginnings.get(beginning), starts);
  if (lists > 1) starts = [...new Set(starts)].sort((a, b) => a - b);
  for (const at of starts) {
    candidate.sticky.lastIndex = at;
    const match = candidate.sticky.exec(text);
    if (match !== null) return match;
  }
  return null;
}

/** Appends the positions, if any; says whether there were some. */
function collect(positions: readonly number[] | undefined, into: number[]): number {
  if (positions === undefined) return 0;
  for (const position of positions) into.push(position);
  return 1;
}

/**
 * Every match of a pattern written as `\b(alternatives)…` starts a word with one of the
 * alternatives' literal prefixes. A prefix whose first word is complete ("offer letter") keys on
 * that whole word; one that ends inside a word ("reschedul") on its first three characters.
 * Null when some alternative does not start with `\b` and a word character.
 */
export function wordStartKeys(source: string): WordKeys | null {
  const top = alternation(source, 0, true);
  if (top.literals === null || top.end !== source.length) return null;
  const words = new Set<string>();
  const beginnings = new Set<string>();
  for (const prefix of top.literals.prefixes) {
    let wordEnd = 0;
    while (wordEnd < prefix.length && isWordCode(prefix.charCodeAt(wordEnd))) wordEnd += 1;
    if (wordEnd === 0) return null;
    if (wordEnd < prefix.length) words.add(prefix.slice(0, wordEnd));
    else if (wordEnd >= KEY_LENGTH) beginnings.add(prefix.slice(0, KEY_LENGTH));
    else return null;
  }
  return { words: [...words], beginnings: [...beginnings] };
}

/** A prefix whose first word is known whole: nothing after it changes its key. */
function finished(prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (!isWordCode(prefix.charCodeAt(i))) return true;
  return false;
}

interface Literals {
  prefixes: string[];
  /** The alternatives were literal to their end, so what follows the group extends them. */
  complete: boolean;
}

/** Literal prefixes of the alternatives from `start` to the closing parenthesis or the end. */
function alternation(
  source: string,
  start: number,
  mustStartWords: boolean,
): { literals: Literals | null; end: number } {
  const prefixes: string[] = [];
  let complete = true;
  let known = true;
  let position = start;
  for (;;) {
    const branch = sequence(source, position);
    if (branch.literals === null || (mustStartWords && !branch.startsWord)) known = false;
    else {
      prefixes.push(...branch.literals.prefixes);
      complete &&= branch.literals.complete;
    }
    position = branch.end;
    if (source[position] !== "|") break;
    position += 1;
  }
  const literals = known && prefixes.length <= MAX_PREFIXES ? { prefixes, complete } : null;
  return { literals, end: position };
}

/** Literal prefixes of one alternative, up to `|`, `)` or the end. */
function sequence(
  source: string,
  start: number,
): { literals: Literals | null; startsWord: boolean; end: number } {
  let prefixes = [""];
  let open = true;
  let known = true;
  const startsWord = source.startsWith("\\b", start);
  let position = start;
  while (position < source.length && source[position] !== "|" && source[position] !== ")") {
    // Keys need only the first word: once every prefix has finished it, stop extending.
    if (open && prefixes.every(finished)) open = false;
    const char = source[position] ?? "";
    if (char === "\\") {
      const escaped = source[position + 1];
      position = skipQuantifier(source, position + 2);
      if (escaped !== "b") open = false;
      else if (open && position > start + 2) {
        // A word boundary after a word character ends the word: mark it finished, then stop.
        prefixes = prefixes.map((p) =>
          !finished(p) && isWordCode(p.charCodeAt(p.length - 1)) ? `${p} ` : p,
        );
        open = false;
      }
    } else if (char === "[") {
      position = skipQuantifier(source, source.indexOf("]", position + 1) + 1);
      open = false;
    } else if (char === "(") {
      let inner = position + 1;
      const lookaround = /^\?(=|!|<=|<!)/.test(source.slice(inner, inner + 4));
      if (lookaround) inner += source[inner + 1] === "<" ? 3 : 2;
      else if (source.startsWith("?:", inner)) inner += 2;
      else if (source.startsWith("?<", inner)) inner = source.indexOf(">", inner) + 1;
      const group = alternation(source, inner, false);
      const quantifier = source[group.end + 1] ?? "";
      position = skipQuantifier(source, group.end + 1);
      const literals = group.literals;
      const optional = quantifier === "?" || quantifier === "*" || quantifier === "{";
      // An optional group, or one we cannot read, ends what we know of the prefix here.
      if (!open || lookaround || optional || literals === null) {
        open = false;
        continue;
      }
      prefixes = [
        ...new Set(
          prefixes.flatMap((p) => (finished(p) ? [p] : literals.prefixes.map((q) => p + q))),
        ),
      ];
      if (prefixes.length > MAX_PREFIXES) known = false;
      if (!literals.complete || quantifier === "+") open = false;
    } else if (char === "." || char === "^" || char === "$") {
      position = skipQuantifier(source, position + 1);
      open = false;
    } else {
      const quantifier = source[position + 1] ?? "";
      if (quantifier === "?" || quantifier === "*" || quantifier === "{") {
        position = skipQuantifier(source, position + 1);
        open = false;
      } else {
        if (open) prefixes = prefixes.map((p) => (finished(p) ? p : p + char));
        position += 1;
        if (quantifier === "+") {
          position = skipQuantifier(source, position);
          open = false;
        }
      }
    }
  }
  const complete = open || prefixes.every(finished);
  return { literals: known ? { prefixes, complete } : null, startsWord, end: position };
}

/** The position after a quantifier (`?`, `*`, `+`, `{m,n}`, each maybe lazy) at `position`, if any. */
function skipQuantifier(source: string, position: number): number {
  let next = position;
  const char = source[next];
  if (char === "?" || char === "*" || char === "+") next += 1;
  else if (char === "{") next = source.indexOf("}", next) + 1;
  else return next;
  return source[next] === "?" ? next + 1 : next;
}
