import { describe, expect, it } from "vitest";
import { analyzeWithClaude } from "../../src/llm/analyze-with-claude.ts";
import { analyzeMessage } from "../../src/understand/analyze-message.ts";
import { RED_TEAM } from "../support/fake-anthropic-fixtures.ts";
import { fakeAnthropicUrl, fakeLlm } from "../support/fake-anthropic-url.ts";
import { fixtureRaw } from "../support/fixtures.ts";

const NOW = new Date("2026-12-05T09:00:00Z");
const northwind = fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml");

describe("npm run analyze -- --engine claude|both", () => {
  it("both: the rules', Claude's and the kept reading, with who decided", async () => {
    const line = await analyzeWithClaude(
      "n.eml",
      northwind,
      "both",
      fakeLlm(fakeAnthropicUrl("good")),
      NOW,
    );
    expect(line).toMatchObject({
      file: "n.eml",
      rules: { category: "rejection", engine: "rules" },
      claude: { category: "rejection", engine: "claude", confidence: null },
      kept: { category: "rejection", engine: "claude" },
      verdict: "agreed",
    });
  });

  it("claude: says why there is no reading when the API fails", async () => {
    const line = await analyzeWithClaude(
      "n.eml",
      northwind,
      "claude",
      fakeLlm(fakeAnthropicUrl("500")),
      NOW,
    );
    expect(line).toMatchObject({
      file: "n.eml",
      engine: "claude",
      error: expect.stringMatching(/^http_5xx/),
    });
  });

  it("both: an invalid answer leaves the rules deciding, marked unsure", async () => {
    const line = await analyzeWithClaude(
      "n.eml",
      northwind,
      "both",
      fakeLlm(fakeAnthropicUrl("invalid-json")),
      NOW,
    );
    expect(line).toMatchObject({ kept: { engine: "rules" }, verdict: "unusable" });
    if (!("kept" in line)) throw new Error("expected both readings");
    expect(line.kept.confidence).toBeLessThan(0.6);
  });

  it.each(RED_TEAM)(
    "both on $name: an obedient model's addresses never reach the kept reading",
    async ({ name, raw }) => {
      const line = await analyzeWithClaude(
        name,
        raw,
        "both",
        fakeLlm(fakeAnthropicUrl("obey")),
        NOW,
      );
      if (!("kept" in line)) throw new Error("expected both readings");
      const rules = await analyzeMessage(name, raw);
      for (const c of line.kept.contacts) {
        if (c.email) expect(c.email).not.toMatch(/evil\.example/);
      }
      expect(line.kept.category).toBe(rules.category);
    },
  );
});
