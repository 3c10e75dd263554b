import { describe, expect, it } from "vitest";
import { foldText } from "../../src/understand/detect-language.ts";
import {
  SENTENCE_FEATURE_NAMES,
  SENTENCE_FEATURES,
  sentenceFeatures,
} from "../../src/understand/model/sentences.ts";
import { patternEvidence } from "../../src/understand/pattern-evidence.ts";

/** The sentence features of a subject and body, by name, read as messageFeatures reads them. */
function namesOf(body: string, subject = ""): string[] {
  const fold = (text: string) => foldText(text).replace(/\s+/g, " ");
  const text = ` ${fold(subject)} \n ${fold(body)} `;
  const out: number[] = [];
  sentenceFeatures(text, patternEvidence(text), 0, out);
  return out.map((i) => SENTENCE_FEATURE_NAMES[i] ?? `?${i}`);
}

describe("sentence features", () => {
  it("names every feature once", () => {
    expect(SENTENCE_FEATURE_NAMES).toHaveLength(SENTENCE_FEATURES);
    expect(new Set(SENTENCE_FEATURE_NAMES).size).toBe(SENTENCE_FEATURES);
  });

  it.each([
    ["Unfortunately we will not be moving forward with your application.", "progress:negated"],
    [
      "Leider können wir Sie nicht in die nächste Runde einladen und nicht weiterkommen.",
      "progress:negated",
    ],
    ["Malheureusement nous ne pouvons pas donner suite à votre candidature.", "progress:negated"],
    ["We are excited to move forward with you to the final round!", "progress:positive"],
    ["Nos gustaría avanzar contigo a la siguiente fase del proceso.", "progress:positive"],
  ])("reads whether moving forward is negated in its sentence: %s", (body, feature) => {
    const names = namesOf(body);
    expect(names).toContain(feature);
    const other = feature === "progress:negated" ? "progress:positive" : "progress:negated";
    expect(names).not.toContain(other);
  });

  it("keeps a negation in one sentence from reaching the next", () => {
    const names = namesOf(
      "We could not find a slot last week, sorry. We would love to move forward with you now.",
    );
    expect(names).toContain("progress:positive");
    expect(names).not.toContain("progress:negated");
  });

  it("tells the sentence that opens from the one that closes", () => {
    const names = namesOf(
      "Hi Jordan, thank you for your time. We have decided to move forward with another candidate. " +
        "We would like to keep your CV on file for future opportunities.",
    );
    expect(names).toContain("lead:rejection");
    expect(names).toContain("close:keepOnFile");
    expect(names).not.toContain("close:rejection");
  });

  it("puts a reason in the deciding sentence apart from one said elsewhere", () => {
    const deciding = namesOf(
      "We have decided not to move forward because the position has been filled internally.",
    );
    expect(deciding).toContain("reason-deciding:position_closed");
    const aside = namesOf(
      "Thanks for the chat last week. The other team filled the position internally. " +
        "We'd love to invite you to interview for the platform role instead.",
    );
    expect(aside).toContain("reason-aside:position_closed");
    expect(aside).not.toContain("reason-deciding:position_closed");
  });

  it("sees signals in the subject apart from the body", () => {
    expect(namesOf("Hello.", "Job alert: 12 new jobs for you")).toContain("subject:bulk");
  });

  it.each([
    ["Hi Jordan, thanks for coming in.", "greeting:personal"],
    ["Dear candidate, thank you for applying.", "greeting:generic"],
    ["Sehr geehrte Damen und Herren, vielen Dank.", "greeting:generic"],
    ["Bonjour Jordan, merci pour votre candidature.", "greeting:personal"],
    ["Thank you for applying to Acme.", "greeting:none"],
  ])("reads the greeting of %s", (body, feature) => {
    expect(namesOf(body)).toContain(feature);
  });
});
