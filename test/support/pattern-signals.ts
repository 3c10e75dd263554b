import { foldText } from "../../src/understand/detect-language.ts";
import { SENTENCE_FEATURE_NAMES, sentenceFeatures } from "../../src/understand/model/sentences.ts";
import { patternEvidence, SIGNAL_NAMES } from "../../src/understand/pattern-evidence.ts";

/** A bare body as the classifier's patterns read it: folded, one line, padded. */
export const folded = (body: string) => ` \n ${foldText(body).replace(/\s+/g, " ")} `;

/** The weight a body gives one decision signal (0 when none of its patterns match). */
export const signal = (body: string, name: (typeof SIGNAL_NAMES)[number]) =>
  patternEvidence(folded(body)).signals[SIGNAL_NAMES.indexOf(name)] ?? 0;

/** The names of the sentence-level features a body sets. */
export const sentenceNames = (body: string) => {
  const text = folded(body);
  const out: number[] = [];
  sentenceFeatures(text, patternEvidence(text), 0, out);
  return out.map((i) => SENTENCE_FEATURE_NAMES[i]);
};
