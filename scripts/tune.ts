// Chooses the training settings by leave-one-writer-out: for each setting in a small grid,
// learns from all writers but one (and the older fixtures), scores the one left out, and
// prints pooled and per-writer macro-F1 and reason accuracy. Nothing is written; copy the
// best row into SETTINGS (src/understand/model/train.ts) by hand.
// Usage: node scripts/tune.ts [--l2 1e-3,3e-3] [--l2-words 1e-3,3e-3] [--balance 0.5,1]
//        [--iterations 160] [--learning-rate 0.05] [--reason-l2 …] [--reason-l2-words …]
//        [--verbose: list each setting's misses]

import { type Classification, createClassifier } from "../src/understand/classify.ts";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import type { ClassifyInput } from "../src/understand/model/features.ts";
import { SETTINGS, type Settings, trainModels } from "../src/understand/model/train.ts";
import { readMessage } from "../src/understand/read-message.ts";
import { JORDAN_SELF } from "../test/support/users.ts";
import { labelledCorpus, WRITERS } from "./corpus.ts";
import { type Prediction, scoreCategories } from "./lowo.ts";

const list = (flag: string, fallback: number): number[] => {
  const at = process.argv.indexOf(flag);
  const value = at > 0 ? process.argv[at + 1] : undefined;
  return value === undefined ? [fallback] : value.split(",").map(Number);
};

const corpus = await labelledCorpus();
const inputs: { input: ClassifyInput; onlyOwn: boolean }[] = [];
for (const { message } of corpus) {
  const read = readMessage(await parseEmail(message.raw), JORDAN_SELF);
  inputs.push({ input: read.input, onlyOwn: read.onlyOwn });
}

const grid: Settings[] = [];
for (const l2 of list("--l2", SETTINGS.l2))
  for (const l2Words of list("--l2-words", SETTINGS.l2Words))
    for (const balance of list("--balance", SETTINGS.balance))
      for (const iterations of list("--iterations", SETTINGS.iterations))
        for (const learningRate of list("--learning-rate", SETTINGS.learningRate))
          for (const reasonL2 of list("--reason-l2", SETTINGS.reasonL2))
            for (const reasonL2Words of list("--reason-l2-words", SETTINGS.reasonL2Words))
              grid.push({
                l2,
                l2Words,
                balance,
                iterations,
                learningRate,
                reasonL2,
                reasonL2Words,
              });

console.log(`${corpus.length} messages; ${grid.length} settings\n`);
for (const settings of grid) {
  const predictions: Prediction[] = [];
  for (const writer of WRITERS) {
    const training = corpus.filter((c) => c.labelled.source !== writer).map((c) => c.labelled);
    const classifier = createClassifier(trainModels(training, 1, settings));
    corpus.forEach(({ message, labelled }, i) => {
      if (labelled.source !== writer) return;
      const { input, onlyOwn } = inputs[i] ?? { input: null, onlyOwn: true };
      const actual: Classification =
        onlyOwn || input === null
          ? { category: "other", reason: null, confidence: 0.9, language: "en" }
          : classifier.classify(input);
      predictions.push({ source: writer, file: message.file, expected: message.expected, actual });
    });
  }
  const pooled = scoreCategories(predictions);
  const perWriter = WRITERS.map(
    (w) => `${w} ${scoreCategories(predictions.filter((p) => p.source === w)).macroF1.toFixed(3)}`,
  );
  if (process.argv.includes("--verbose"))
    for (const p of predictions.filter(
      (p) =>
        p.actual.category !== p.expected.category ||
        (p.expected.category === "rejection" && p.actual.reason !== p.expected.reason),
    ))
      console.log(
        `${p.file}: ${p.actual.category}/${p.actual.reason} ${p.actual.confidence} (want ${p.expected.category}/${p.expected.reason})`,
      );
  console.log(
    `${JSON.stringify(settings)}\n  pooled ${pooled.macroF1.toFixed(3)} acc ${(pooled.accuracy * 100).toFixed(1)} % reason ${(pooled.reasonAccuracy * 100).toFixed(1)} %  ${perWriter.join("  ")}`,
  );
}
