/**
 * Phrase evidence for the classifier: every pattern of classification-patterns.ts run over a
 * message's folded text, as features for the learned model (src/understand/model/). Each
 * pattern is one feature of its own (matched or not), and each signal's summed weight is kept
 * too, each stretch of text counting once per signal (see scorePatterns).
 */
import {
  type PatternTable,
  REASON_PATTERNS,
  SIGNAL_PATTERNS,
  type SignalName,
  type StatedReason,
  type WeightedPattern,
} from "./classification-patterns.ts";
import PATTERN_KEYS from "./model/pattern-keys.json" with { type: "json" };

/** The prefilter keys a word it cannot see whole by this many first characters. */
const KEY_LENGTH = 3;
/** More literal prefixes than this and the pattern is simply always run. */
const MAX_PREFIXES = 256;
/**
 * More places to try than this (a word repeated all over a hostile message: "a@a@a@…") and one
 * scan from the first of them is cheaper than a sticky try at each; it finds the same match.
 * Real mail stays well under it: its scan copies are not warmed at start-up (warm-up.ts), and
 * compiling them inside a real message would cost more than the tries they save.
 */
const MAX_STICKY_TRIES = 256;

interface TaggedPattern extends WeightedPattern {
  /** The pattern's feature number, unique across signals and reasons. */
  id: number;
  /**
   * The words a match can begin with (see wordStartKeys), or null when the pattern's source
   * does not tell. A pattern with keys is tried only where such a word starts, with `sticky`,
   * instead of being run over the whole message: on a typical message most patterns have no
   * such word at all and cost nothing.
   */
  keys: WordKeys | null;
  sticky: RegExp;
  /** The pattern, global: one scan from the first place a match can start (see firstMatch). */
  scan: RegExp;
}

/**
 * A pattern's word keys: from pattern-keys.json, written by `npm run build:pattern-keys` (and
 * `npm run train`) with wordStartKeys, so that start-up does not work them out from every
 * source; worked out here for a pattern the file does not hold yet.
 */
const STORED_KEYS: Readonly<Record<string, WordKeys | null>> = PATTERN_KEYS;
function keysOf(source: string): WordKeys | null {
  return Object.hasOwn(STORED_KEYS, source) ? (STORED_KEYS[source] ?? null) : wordStartKeys(source);
}

let nextId = 0;
/**
 * Each table flattened once at module load, heaviest patterns first so that they claim their
 * stretch of text before a weaker pattern over the same words can (see scorePatterns).
 */
const compile = (table: PatternTable): readonly TaggedPattern[] =>
  Object.values(table)
    .flatMap((patterns) =>
      (patterns ?? []).map((p) => ({
        ...p,
        id: nextId++,
        keys: keysOf(p.pattern.source),
        sticky: new RegExp(p.pattern.source, `${p.pattern.flags}y`),
        scan: new RegExp(p.pattern.source, `${p.pattern.flags.replace(/[gy]/g, "")}g`),
      })),
    )
    .sort((a, b) => b.weight - a.weight);

/** The signals in a fixed order: a signal's position is its number in PatternEvidence.signals. */
export const SIGNAL_NAMES = Object.keys(SIGNAL_PATTERNS) as SignalName[];
const SIGNALS = SIGNAL_NAMES.map((name) => compile(SIGNAL_PATTERNS[name]));
/** The stated rejection reasons in a fixed order, as in PatternEvidence.reasons. */
export const REASON_NAMES: readonly StatedReason[] = REASON_PATTERNS.map(([reason]) => reason);
const REASONS = REASON_PATTERNS.map(([, table]) => compile(table));
/** How many patterns there are, signals and reasons together: the ids run 0 … PATTERN_COUNT-1. */
export const PATTERN_COUNT = nextId;
/** Signals and reasons in one list, for the tables built over all of them. */
const ALL_PATTERNS: readonly TaggedPattern[] = [...SIGNALS, ...REASONS].flat();

/** Every classifier pattern's source and its word keys (for scripts/build-pattern-keys.ts). */
export function patternKeysTable(): Record<string, WordKeys | null> {
  const table: Record<string, WordKeys | null> = {};
  for (const p of ALL_PATTERNS) table[p.pattern.source] = wordStartKeys(p.pattern.source);
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * For the start-up warm-up (warm-up.ts): every word a keyed pattern can start with, and the
 * patterns without keys, the only ones whose own RegExp (not a sticky or scan copy) a message
 * runs.
 */
export function warmUpTargets(): { keyWords: Set<string>; unkeyed: RegExp[] } {
  const keyWords = new Set<string>();
  const unkeyed: RegExp[] = [];
  for (const p of ALL_PATTERNS) {
    if (p.keys === null) unkeyed.push(p.pattern);
    else for (const word of [...p.keys.words, ...p.keys.beginnings]) keyWords.add(word);
  }
  return { keyWords, unkeyed };
}

/** What the pattern tables found in one text. */
export interface PatternEvidence {
  /** Ids of the patterns that matched (positive and negative ones). */
  matched: number[];
  /** Per signal (SIGNAL_NAMES order): the summed weight, never below 0. */
  signals: number[];
  /** Per signal: the heaviest single weight that matched (0 when none). */
  peaks: number[];
  /** Per stated reason (REASON_NAMES order): the summed weight, never below 0. */
  reasons: number[];
  /** Where each counted signal match starts, as pairs: signal number, offset in the text. */
  signalHits: number[];
  /** The same for the stated reasons: reason number, offset. */
  reasonHits: number[];
}

/**
 * Runs every pattern over `text`, which must be folded (foldText), whitespace runs as one
 * space, and padded with a space at each end.
 */
export function patternEvidence(text: string): PatternEvidence {
  const keyed = keyedPatternsIn(indexWords(text));
  const matched: number[] = [];
  const peaks: number[] = [];
  const signalHits: number[] = [];
  const reasonHits: number[] = [];
  const signals = SIGNALS.map((patterns, i) =>
    scorePatterns(text, keyed, patterns, matched, peaks, signalHits, i),
  );
  const reasons = REASONS.map((patterns, i) =>
    scorePatterns(text, keyed, patterns, matched, [], reasonHits, i),
  );
  return { matched, signals, peaks, reasons, signalHits, reasonHits };
}

/**
 * Whether any pattern that speaks for signal number `signal` (SIGNAL_NAMES order) matches `text`,
 * a stretch of folded text such as one sentence: for reading what a sentence says as a whole.
 */
export function signalSaidIn(text: string, signal: number): boolean {
  return (SIGNALS[signal] ?? []).some((p) => p.weight > 0 && p.pattern.test(text));
}

/** Each key word and key beginning, with the ids of the patterns keyed on it (built on first use). */
let patternsByKey: { words: Map<string, number[]>; beginnings: Map<string, number[]> } | null =
  null;

function keyTables() {
  if (patternsByKey !== null) return patternsByKey;
  const tables = { words: new Map<string, number[]>(), beginnings: new Map<string, number[]>() };
  const add = (table: Map<string, number[]>, key: string, id: number) => {
    const ids = table.get(key);
    if (ids === undefined) table.set(key, [id]);
    else ids.push(id);
  };
  for (const p of ALL_PATTERNS) {
    if (p.keys === null) continue;
    for (const word of p.keys.words) add(tables.words, word, p.id);
    for (const beginning of p.keys.beginnings) add(tables.beginnings, beginning, p.id);
  }
  patternsByKey = tables;
  return tables;
}

/**
 * By pattern id, where the pattern's key words and beginnings start in the text: a list of
 * positions (in text order) per key found, or undefined when none is (firstMatch can find
 * nothing). Looked up from the text's few distinct words, instead of every pattern looking up
 * each of its keys (about four each, about 700 patterns).
 */
function keyedPatternsIn(index: WordIndex): KeyedStarts {
  const { words, beginnings } = keyTables();
  const keyed: KeyedStarts = new Array(PATTERN_COUNT);
  const add = (id: number, positions: readonly number[]) => {
    const lists = keyed[id];
    if (lists === undefined) keyed[id] = [positions];
    else lists.push(positions);
  };
  for (const [word, positions] of index.words) {
    for (const id of words.get(word) ?? []) add(id, positions);
  }
  for (const [beginning, positions] of index.beginnings) {
    for (const id of beginnings.get(beginning) ?? []) add(id, positions);
  }
  return keyed;
}

/** By pattern id, the position lists of its keys in one text (see keyedPatternsIn). */
type KeyedStarts = ((readonly number[])[] | undefined)[];

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

/**
 * Sums the weights of the patterns that match, each stretch of text counting once: "won't be
 * moving forward with your application" is one statement however many patterns it satisfies,
 * and words two languages' tables share ("feedback", "reorganisation") are one piece of evidence.
 * Negative patterns (evidence against) always count. Every match's id goes to `matched`, the
 * heaviest weight to `peaks`, and where each counted match starts to `hits` (tagged `tag`).
 */
function scorePatterns(
  text: string,
  keyed: KeyedStarts,
  patterns: readonly TaggedPattern[],
  matched: number[],
  peaks: number[],
  hits: number[],
  tag: number,
): number {
  const counted: { start: number; end: number }[] = [];
  let sum = 0;
  let peak = 0;
  for (const candidate of patterns) {
    const { weight } = candidate;
    const match = firstMatch(text, keyed, candidate);
    if (match === null) continue;
    matched.push(candidate.id);
    const start = match.index;
    const end = start + match[0].length;
    if (weight > 0 && counted.some((c) => start < c.end && c.start < end)) continue;
    if (weight > 0) {
      counted.push({ start, end });
      hits.push(tag, start);
    }
    sum += weight;
    peak = Math.max(peak, weight);
  }
  peaks.push(peak);
  return Math.max(0, sum);
}

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
function firstMatch(text: string, keyed: KeyedStarts, candidate: TaggedPattern) {
  if (candidate.keys === null) return candidate.pattern.exec(text);
  // Each list is in text order (indexWords), so its first entry is its earliest.
  const lists = keyed[candidate.id];
  // (No key of the pattern in the text: nothing can match.)
  if (lists === undefined) return null;
  let count = 0;
  for (const positions of lists) count += positions.length;
  if (count > MAX_STICKY_TRIES) {
    // No match starts before the first key word, so the leftmost one from there is exec's.
    let first = text.length;
    for (const positions of lists) first = Math.min(first, positions[0] as number);
    candidate.scan.lastIndex = first;
    return candidate.scan.exec(text);
  }
  const { sticky } = candidate;
  if (lists.length === 1) {
    for (const at of lists[0] as readonly number[]) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match !== null) return match;
    }
    return null;
  }
  // Several lists: walked together in text order, each place once, until the first match.
  const next = new Array<number>(lists.length).fill(0);
  let last = -1;
  for (;;) {
    let at = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lists.length; i++) {
      const positions = lists[i] as readonly number[];
      let j = next[i] as number;
      while (j < positions.length && (positions[j] as number) <= last) j += 1;
      next[i] = j;
      if (j < positions.length) at = Math.min(at, positions[j] as number);
    }
    if (at === Number.POSITIVE_INFINITY) return null;
    last = at;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match !== null) return match;
  }
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

/**
 * The distinct prefixes, each finished one cut after its first word (and a space, whatever
 * ended it): keys read no further, and a long alternation of phrases ("team here at ", "team
 * at ") comes down to a few words.
 */
function firstWords(prefixes: readonly string[]): string[] {
  const cut = prefixes.map((p) => {
    for (let i = 0; i < p.length; i++) {
      if (!isWordCode(p.charCodeAt(i))) return `${p.slice(0, i)} `;
    }
    return p;
  });
  return [...new Set(cut)];
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
      prefixes.push(...firstWords(branch.literals.prefixes));
      complete &&= branch.literals.complete;
    }
    position = branch.end;
    if (source[position] !== "|") break;
    position += 1;
  }
  const distinct = firstWords(prefixes);
  const literals =
    known && distinct.length <= MAX_PREFIXES ? { prefixes: distinct, complete } : null;
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
      const close = source.indexOf("]", position + 1);
      const quantifier = source[close + 1] ?? "";
      const chars = classChars(source.slice(position + 1, close));
      position = skipQuantifier(source, close + 1);
      // A class written out character by character ("r[ée]f", "l['’]", "c1[- ]") is read as
      // the alternation of its characters, as a group would be.
      if (!open || chars === null || quantifier === "*" || quantifier === "{") {
        open = false;
        continue;
      }
      prefixes = firstWords(
        prefixes.flatMap((p) => {
          const withChar = finished(p) ? [p] : chars.map((c) => p + c);
          return quantifier === "?" ? [p, ...withChar] : withChar;
        }),
      );
      if (prefixes.length > MAX_PREFIXES) known = false;
      if (quantifier === "+") open = false;
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
      // A group that may be left out once ("(your )?application") goes on both with and
      // without it, when all of it is literal; any other optional group, or one we cannot
      // read, ends what we know of the prefix here.
      const leftOut = quantifier === "?" && literals?.complete === true;
      // A lookaround matches no characters: what follows it starts where it stands.
      if (lookaround) continue;
      if (!open || (optional && !leftOut) || literals === null) {
        open = false;
        continue;
      }
      prefixes = firstWords(
        prefixes.flatMap((p) => {
          const withGroup = finished(p) ? [p] : literals.prefixes.map((q) => p + q);
          return leftOut ? [p, ...withGroup] : withGroup;
        }),
      );
      if (prefixes.length > MAX_PREFIXES) known = false;
      if (!literals.complete || quantifier === "+") open = false;
    } else if (char === "." || char === "^" || char === "$") {
      position = skipQuantifier(source, position + 1);
      open = false;
    } else {
      const quantifier = source[position + 1] ?? "";
      if (quantifier === "?" && open) {
        // A character that may be left out ("an? ", "re-?plan"): both ways, as a group would.
        prefixes = firstWords(prefixes.flatMap((p) => (finished(p) ? [p] : [p, p + char])));
        if (prefixes.length > MAX_PREFIXES) known = false;
        position = skipQuantifier(source, position + 1);
      } else if (quantifier === "?" || quantifier === "*" || quantifier === "{") {
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

/**
 * The characters a class's inside (between `[` and `]`) holds, when it writes them out one by
 * one: each character that is not one of \b's word characters (`\s` among them) as a space,
 * for it only ends the word. Null for a range, a negation or another escape.
 */
function classChars(inside: string): string[] | null {
  if (inside === "" || inside.startsWith("^")) return null;
  const chars = new Set<string>();
  for (let i = 0; i < inside.length; i++) {
    let char = inside[i] as string;
    if (char === "\\") {
      i += 1;
      char = inside[i] ?? "";
      if (/^[stnr]$/.test(char)) char = " ";
      else if (char === "" || /\w/.test(char)) return null;
    } else if (char === "-" && i > 0 && i < inside.length - 1) return null;
    chars.add(isWordCode(char.charCodeAt(0)) ? char : " ");
  }
  return [...chars];
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
