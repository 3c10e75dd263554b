import { caselessKeys, keyedPlaces, keysOf, type WordKeys } from "../pattern-evidence.ts";
import { COMPANY_CUE, CV_SENT_TO, SUBJECT_CUE } from "./company-patterns.ts";
import { LOWER_ROLE_CUE, ROLE_CUE } from "./role-patterns.ts";

/**
 * The large cue patterns, whose word keys model/pattern-keys.json holds (npm run
 * build:pattern-keys): reading them from the source costs milliseconds. A small cue's keys are
 * read on first use.
 */
export const KEYED_CUES: readonly RegExp[] = [
  COMPANY_CUE,
  CV_SENT_TO,
  SUBJECT_CUE,
  LOWER_ROLE_CUE,
  ROLE_CUE,
];

/** How many cue matches one text may cost; prose repeats "the" and "at" a lot. */
const MAX_CUES_PER_TEXT = 200;

interface CuedRun {
  cue: RegExpExecArray;
  run: string;
  /** Where the run starts in the text. */
  at: number;
}

/**
 * A cue pattern's word keys (pattern-evidence.ts) and its sticky copy, tried only where a word
 * it can start with begins; null for a cue whose source does not tell (it scans the text).
 */
interface KeyedCue {
  keys: WordKeys;
  sticky: RegExp;
}
const keyedCues = new Map<RegExp, KeyedCue | null>();

function keyedCue(cue: RegExp): KeyedCue | null {
  let keyed = keyedCues.get(cue);
  if (keyed === undefined) {
    const keys = keysOf(cue.source);
    keyed =
      keys === null
        ? null
        : {
            keys: caselessKeys(keys),
            sticky: new RegExp(cue.source, `${cue.flags.replace(/[gy]/g, "")}y`),
          };
    keyedCues.set(cue, keyed);
  }
  return keyed;
}

/**
 * Every cue in the text (a global pattern), each followed by the run the sticky pattern reads
 * right after it: the matches `cue.exec` would find one after another.
 */
export function cuedRuns(text: string, cue: RegExp, run: RegExp, limit: number): CuedRun[] {
  const keyed = keyedCue(cue);
  const out: CuedRun[] = [];
  const take = (m: RegExpExecArray) => {
    const at = m.index + m[0].length;
    run.lastIndex = at;
    const r = run.exec(text);
    if (r) out.push({ cue: m, run: r[0], at });
  };
  let seen = 0;
  if (keyed === null) {
    cue.lastIndex = 0;
    for (
      let m = cue.exec(text);
      m !== null && out.length < limit && seen < MAX_CUES_PER_TEXT;
      m = cue.exec(text)
    ) {
      seen++;
      if (m[0] === "") cue.lastIndex++;
      else take(m);
    }
    return out;
  }
  // Where exec would look next: after the last match, as a global pattern's lastIndex.
  let from = 0;
  for (const place of keyedPlaces(text, keyed.keys)) {
    if (out.length >= limit || seen >= MAX_CUES_PER_TEXT) break;
    if (place < from) continue;
    keyed.sticky.lastIndex = place;
    const m = keyed.sticky.exec(text);
    if (m === null) continue;
    seen++;
    from = place + Math.max(m[0].length, 1);
    if (m[0] !== "") take(m);
  }
  return out;
}
