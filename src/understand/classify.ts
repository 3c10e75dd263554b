import {
  CATEGORIES,
  type Category,
  REJECTION_REASONS,
  type RejectionReason,
} from "../../schemas/understanding.ts";
import { detectLanguage } from "./detect-language.ts";
import { type ClassifyInput, FEATURE_COUNT, messageFeatures } from "./model/features.ts";
import { dequantise, scoreInto, softmaxInPlace } from "./model/logistic.ts";
import type { ModelFile } from "./model/train.ts";
import MODEL_JSON from "./model/weights.json" with { type: "json" };
import { type PatternEvidence, REASON_NAMES, SIGNAL_NAMES } from "./pattern-evidence.ts";

export type { ClassifyInput } from "./model/features.ts";
export { wordStartKeys } from "./pattern-evidence.ts";

export interface Classification {
  category: Category;
  /** Set only for rejections. */
  reason: RejectionReason | null;
  /** The model's probability for the category it chose (calibrated: see README). */
  confidence: number;
  /** ISO 639-1 code of the body's language. */
  language: string;
}

/** A category model and a reason model, decoded once: a message costs one row sum per feature. */
export interface Classifier {
  classify(input: ClassifyInput): Classification;
}

/** A classifier over the weights in `model` (the checked-in ones, or a fold's in scoring). */
export function createClassifier(model: ModelFile): Classifier {
  // Weights learned for other features would be silently wrong: refuse them.
  if (
    model.featureCount !== FEATURE_COUNT ||
    model.categories.join() !== CATEGORIES.join() ||
    model.reasons.join() !== REJECTION_REASONS.join()
  ) {
    throw new Error("the classifier's weights are stale: run `npm run train`");
  }
  const categoryWeights = dequantise(model.category);
  const reasonWeights = dequantise(model.reason);
  const categoryScores = new Float64Array(CATEGORIES.length);
  const reasonScores = new Float64Array(REJECTION_REASONS.length);
  return {
    classify(input) {
      const { indices, evidence, impersonalBulk, decidedAfterReceipt } = messageFeatures(input);
      scoreInto(categoryWeights, indices, CATEGORIES.length, categoryScores);
      softmaxInPlace(categoryScores, model.temperature);
      // High-precision rule: impersonal bulk mail is an alert or other mail, never a decision
      // (every such message of the 767 labelled ones is; README).
      if (impersonalBulk) keepOnly(categoryScores, BULK_CATEGORIES);
      // High-precision rule: a "no" said outright after the receipt, in a sentence of its own and
      // under no condition, is the message's decision; the receipt only opens it (README).
      else if (decidedAfterReceipt) keepOnly(categoryScores, DECIDED_CATEGORIES);
      // High-precision rule: advice on the search with no word on how the reader did in a
      // process and no "no" is a mentor's or a friend's, never an employer's feedback (README).
      if (advisesOnly(evidence)) keepOnly(categoryScores, NOT_FEEDBACK);
      const best = argmax(categoryScores);
      const category = CATEGORIES[best] ?? "other";
      let reason: RejectionReason | null = null;
      if (category === "rejection") {
        scoreInto(reasonWeights, indices, REJECTION_REASONS.length, reasonScores);
        // High-precision rule: one reason said outright, and no other even hinted, is the
        // reason (539 of the 542 labelled rejections that state one so; README).
        reason =
          soleStatedReason(evidence.reasons) ??
          REJECTION_REASONS[argmax(reasonScores)] ??
          "generic";
      }
      return {
        category,
        reason,
        confidence: Math.round((categoryScores[best] ?? 0) * 100) / 100,
        language: detectLanguage(input.body),
      };
    },
  };
}

/** The checked-in model, decoded on first use (warm-up does it before the first message). */
let checkedIn: Classifier | null = null;

/** Decides what a message is with the learned model (src/understand/model/); deterministic. */
export function classifyMessage(input: ClassifyInput): Classification {
  checkedIn ??= createClassifier(MODEL_JSON as ModelFile);
  return checkedIn.classify(input);
}

const BULK_CATEGORIES = [CATEGORIES.indexOf("job_alert"), CATEGORIES.indexOf("other")];
/** Everything but feedback. */
const NOT_FEEDBACK = CATEGORIES.flatMap((category, k) => (category === "feedback" ? [] : [k]));
/** Everything but an acknowledgement. */
const DECIDED_CATEGORIES = CATEGORIES.flatMap((category, k) =>
  category === "application_received" ? [] : [k],
);

/** A stated reason's weight from which it is said outright (one weight-3 phrase). */
const SAID_OUTRIGHT = 3;

/** The one reason said outright when no other is said at all (REASON_NAMES order), or null. */
function soleStatedReason(reasons: readonly number[]): RejectionReason | null {
  const said = reasons.flatMap((weight, r) => (weight > 0 ? [r] : []));
  const only = said.length === 1 ? said[0] : undefined;
  if (only === undefined || (reasons[only] ?? 0) < SAID_OUTRIGHT) return null;
  return REASON_NAMES[only] ?? null;
}

const ADVICE = SIGNAL_NAMES.indexOf("advice");
const FEEDBACK_DETAIL = SIGNAL_NAMES.indexOf("feedbackDetail");
const REJECTION = SIGNAL_NAMES.indexOf("rejection");

/** Advice said outright, with no detail of a performance (under 2) and no "no" said outright. */
function advisesOnly(evidence: PatternEvidence): boolean {
  return (
    (evidence.signals[ADVICE] ?? 0) >= SAID_OUTRIGHT &&
    (evidence.signals[FEEDBACK_DETAIL] ?? 0) < 2 &&
    (evidence.signals[REJECTION] ?? 0) < SAID_OUTRIGHT
  );
}

/** Zeroes every probability but the allowed ones and renormalises those. */
function keepOnly(probabilities: Float64Array, allowed: readonly number[]): void {
  let total = 0;
  for (const k of allowed) total += probabilities[k] ?? 0;
  for (let k = 0; k < probabilities.length; k++) {
    probabilities[k] = allowed.includes(k) && total > 0 ? (probabilities[k] ?? 0) / total : 0;
  }
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if ((values[k] ?? 0) > (values[best] ?? 0)) best = k;
  return best;
}
