import { expect, it } from "vitest";
import {
  labelledMessage,
  trainingSources,
  writersIn,
} from "../../src/understand/model/labelled.ts";
import { dequantise } from "../../src/understand/model/logistic.ts";
import { type ModelFile, trainModels } from "../../src/understand/model/train.ts";
import MODEL from "../../src/understand/model/weights.json" with { type: "json" };
import type { Expected } from "../support/score.ts";
import { JORDAN_SELF } from "../support/users.ts";

// As bytes, the way scripts/train.ts reads them: a Latin-1 8bit body must reach the parser as is.
const emls = import.meta.glob<Uint8Array>(
  ["../fixtures/corpus/w*/*.eml", "../fixtures/{inbound,holdout,holdout2}/*.eml"],
  { query: "?bytes", import: "default", eager: true },
);
const sidecars = import.meta.glob<Expected>(
  [
    "../fixtures/corpus/w*/*.expected.json",
    "../fixtures/{inbound,holdout,holdout2}/*.expected.json",
  ],
  { import: "default", eager: true },
);

/** Every labelled fixture in the order scripts/train.ts reads them: by source, then file name. */
function trainingFixtures() {
  const bySource = (path: string) => path.split("/").at(-2) ?? "";
  const writers = writersIn(Object.keys(emls).map(bySource));
  return trainingSources(writers).flatMap((source) =>
    Object.keys(emls)
      .filter((path) => bySource(path) === source)
      .sort((a, b) => ((a.split("/").at(-1) ?? "") < (b.split("/").at(-1) ?? "") ? -1 : 1))
      .map((path) => {
        const expected = sidecars[path.replace(/\.eml$/, ".expected.json")];
        if (!expected) throw new Error(`${path} has no sidecar`);
        return { source, raw: emls[path] ?? "", expected };
      }),
  );
}

it("has checked-in weights that are what `npm run train` learns from the fixtures", async () => {
  const fixtures = trainingFixtures();
  expect(fixtures.length).toBe((MODEL as ModelFile).trainedOn);
  const labelled = [];
  for (const f of fixtures)
    labelled.push(await labelledMessage(f.source, f.raw, f.expected, JORDAN_SELF));
  const model = trainModels(labelled, MODEL.temperature);

  for (const part of ["category", "reason"] as const) {
    const want = dequantise((MODEL as ModelFile)[part]);
    const got = dequantise(model[part]);
    expect(got.length, part).toBe(want.length);
    // Both sides run the same arithmetic in V8; allow one rounding step on a rare weight that
    // lands on a quantisation boundary, nothing more.
    let off = 0;
    for (let i = 0; i < want.length; i++) {
      const step = Math.abs((got[i] ?? 0) - (want[i] ?? 0));
      if (step > 1.01 * Math.max(model[part].scale, (MODEL as ModelFile)[part].scale)) {
        throw new Error(`${part} weight ${i} differs by ${step}: run \`npm run train\``);
      }
      if (step > 0) off += 1;
    }
    expect(off / want.length, part).toBeLessThan(0.001);
  }
}, 180_000);
