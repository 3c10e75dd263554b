/** How many cue matches one text may cost; prose repeats "the" and "at" a lot. */
const MAX_CUES_PER_TEXT = 200;

interface CuedRun {
  cue: RegExpExecArray;
  run: string;
  /** Where the run starts in the text. */
  at: number;
}

/** Every cue in the text, each followed by the run the sticky pattern reads right after it. */
export function cuedRuns(text: string, cue: RegExp, run: RegExp, limit: number): CuedRun[] {
  const out: CuedRun[] = [];
  cue.lastIndex = 0;
  let seen = 0;
  for (
    let m = cue.exec(text);
    m !== null && out.length < limit && seen < MAX_CUES_PER_TEXT;
    m = cue.exec(text)
  ) {
    seen++;
    if (m[0] === "") {
      cue.lastIndex++;
      continue;
    }
    const at = m.index + m[0].length;
    run.lastIndex = at;
    const r = run.exec(text);
    if (r) out.push({ cue: m, run: r[0], at });
  }
  return out;
}
