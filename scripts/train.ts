// Learns the classifier's weights from every labelled fixture and writes
// src/understand/model/weights.json. Deterministic: the same fixtures give the same file.
// Usage: npm run train
import { writeFileSync } from "node:fs";
import { CATEGORIES } from "../schemas/understanding.ts";
import { FEATURE_COUNT } from "../src/understand/model/features.ts";
import { scoreInto, softmaxInPlace } from "../src/understand/model/logistic.ts";
import {
  type LabelledMessage,
  trainCategoryWeights,
  trainModels,
} from "../src/understand/model/train.ts";
import { labelledCorpus, WRITERS } from "./corpus.ts";

const started = Date.now();
const corpus = (await labelledCorpus()).map((c) => c.labelled);
console.log(`${corpus.length} labelled messages, ${FEATURE_COUNT} features`);

const temperature = fitTemperature(outOfWriterLogits(corpus));
const model = trainModels(corpus, temperature);
const out = new URL("../src/understand/model/weights.json", import.meta.url);
writeFileSync(out.pathname, `${JSON.stringify(model, null, 2)}\n`);
console.log(`temperature ${temperature}; wrote ${out.pathname} in ${Date.now() - started} ms`);

/** Each corpus writer's messages scored by a model that never saw that writer. */
function outOfWriterLogits(messages: readonly LabelledMessage[]) {
  const out: { logits: Float64Array; label: number }[] = [];
  for (const writer of WRITERS) {
    const weights = trainCategoryWeights(messages.filter((m) => m.source !== writer));
    for (const m of messages.filter((m) => m.source === writer)) {
      const logits = new Float64Array(CATEGORIES.length);
      scoreInto(weights, m.indices, CATEGORIES.length, logits);
      out.push({ logits, label: CATEGORIES.indexOf(m.category) });
    }
  }
  return out;
}

/** The temperature (0.25 … 4, two decimals) with the least out-of-sample log loss. */
function fitTemperature(rows: readonly { logits: Float64Array; label: number }[]): number {
  const loss = (t: number) => {
    let total = 0;
    const p = new Float64Array(CATEGORIES.length);
    for (const row of rows) {
      p.set(row.logits);
      softmaxInPlace(p, t);
      total -= Math.log(Math.max(1e-12, p[row.label] ?? 0));
    }
    return total / rows.length;
  };
  let best = 1;
  let bestLoss = loss(1);
  for (let t = 0.25; t <= 4.0001; t += 0.05) {
    const rounded = Math.round(t * 100) / 100;
    const l = loss(rounded);
    if (l < bestLoss) {
      best = rounded;
      bestLoss = l;
    }
  }
  return best;
}
