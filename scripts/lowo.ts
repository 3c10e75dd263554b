// Leave-one-writer-out: for each corpus writer, learn from everything else and score that
// writer's messages. The measure of the classifier (README); used by `npm run score -- --lowo`.
import { CATEGORIES, type Category } from "../schemas/understanding.ts";
import { type Classification, createClassifier } from "../src/understand/classify.ts";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import { trainModels } from "../src/understand/model/train.ts";
import { readMessage } from "../src/understand/read-message.ts";
import { categoryF1, type Expected } from "../test/support/score.ts";
import { JORDAN_SELF } from "../test/support/users.ts";
import { labelledCorpus, WRITERS } from "./corpus.ts";

export interface Prediction {
  source: string;
  file: string;
  expected: Expected;
  actual: Classification;
}

/** Every corpus writer's messages, each classified by a model trained without that writer. */
export async function leaveOneWriterOut(temperature?: number): Promise<Prediction[]> {
  const corpus = await labelledCorpus();
  const out: Prediction[] = [];
  for (const writer of WRITERS) {
    const model = trainModels(
      corpus.filter((c) => c.labelled.source !== writer).map((c) => c.labelled),
      temperature,
    );
    const classifier = createClassifier(model);
    for (const { message } of corpus.filter((c) => c.labelled.source === writer)) {
      const read = readMessage(await parseEmail(message.raw), JORDAN_SELF);
      const actual: Classification = read.onlyOwn
        ? { category: "other", reason: null, confidence: 0.9, language: "en" }
        : classifier.classify(read.input);
      out.push({ source: writer, file: message.file, expected: message.expected, actual });
    }
  }
  return out;
}

export interface CategoryScores {
  macroF1: number;
  accuracy: number;
  reasonAccuracy: number;
  perCategory: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

/** Macro-F1 over every category present in the answers or the predictions. */
export function scoreCategories(predictions: readonly Prediction[]): CategoryScores {
  const { macroF1, perCategory } = categoryF1(predictions);
  const rejections = predictions.filter(
    (p) => p.expected.category === "rejection" && p.actual.category === "rejection",
  );
  return {
    macroF1,
    accuracy:
      predictions.filter((p) => p.expected.category === p.actual.category).length /
      Math.max(1, predictions.length),
    reasonAccuracy:
      rejections.filter((p) => p.actual.reason === p.expected.reason).length /
      Math.max(1, rejections.length),
    perCategory,
  };
}

/** Rows: the answer; columns: what was predicted. */
export function confusion(predictions: readonly Prediction[]): string {
  const short = (c: Category) => c.slice(0, 6);
  const lines = [`${"".padEnd(21)}${CATEGORIES.map((c) => short(c).padStart(7)).join("")}`];
  for (const want of CATEGORIES) {
    const row = CATEGORIES.map((got) =>
      String(
        predictions.filter((p) => p.expected.category === want && p.actual.category === got).length,
      ).padStart(7),
    );
    lines.push(`${want.padEnd(21)}${row.join("")}`);
  }
  return lines.join("\n");
}

/** Expected calibration error of the confidence, in 10 bins, and the bins themselves. */
export function calibration(predictions: readonly Prediction[]): { ece: number; table: string } {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const p of predictions) {
    const bin = bins[Math.min(9, Math.floor(p.actual.confidence * 10))];
    if (!bin) continue;
    bin.n += 1;
    bin.confidence += p.actual.confidence;
    bin.correct += p.actual.category === p.expected.category ? 1 : 0;
  }
  let ece = 0;
  const rows: string[] = [];
  bins.forEach((bin, i) => {
    if (bin.n === 0) return;
    const conf = bin.confidence / bin.n;
    const acc = bin.correct / bin.n;
    ece += (bin.n / predictions.length) * Math.abs(conf - acc);
    rows.push(
      `  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}: n=${String(bin.n).padStart(3)}  mean confidence ${conf.toFixed(2)}  accuracy ${acc.toFixed(2)}`,
    );
  });
  return { ece, table: rows.join("\n") };
}
