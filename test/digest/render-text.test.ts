import { describe, expect, it } from "vitest";
import { composeDigest, type Digest } from "../../src/digest/compose-digest.ts";
import { renderText, TEXT_WIDTH, wrap } from "../../src/digest/render-text.ts";
import type { DigestData } from "../../src/domain/digest-data.ts";
import { LONG_ADDRESS, SAMPLE_DIGEST_DATA } from "./sample-digest-data.ts";

function compose(data: DigestData): Digest {
  const digest = composeDigest(data);
  if (!digest) throw new Error("expected a digest");
  return digest;
}

const columns = (line: string) => Array.from(line).length;
/** A line may pass 72 columns only when it is one token that must not be broken. */
const isSingleToken = (line: string) => !/\s/.test(line.trim());

describe("wrap", () => {
  const url = `https://example.com/${"a".repeat(80)}`;
  it.each<[string, string, string[]]>([
    ["a short line stays as it is", "Hello   there.", ["Hello   there."]],
    ["keeps a line of exactly 72", "x".repeat(72), ["x".repeat(72)]],
    [
      "breaks between words",
      `${"word ".repeat(20)}end`,
      [`${"word ".repeat(13)}word`, `${"word ".repeat(6)}end`],
    ],
    ["never breaks a URL", `see ${url} now`, ["see", url, "now"]],
    ["never breaks an address", `write to ${LONG_ADDRESS}`, ["write to", LONG_ADDRESS]],
  ])("%s", (_, text, lines) => {
    expect(wrap(text)).toEqual(lines);
  });

  it("puts the first prefix on the first line and the other on the rest", () => {
    const wrapped = wrap(`${"ab ".repeat(40)}z`, "1.  ", "    ");
    expect(wrapped[0]?.startsWith("1.  ab")).toBe(true);
    expect(wrapped.slice(1).every((line) => line.startsWith("    ab") || line === "    z")).toBe(
      true,
    );
    expect(wrapped.every((line) => columns(line) <= TEXT_WIDTH)).toBe(true);
  });

  it("counts characters, not bytes: 72 umlauts fit", () => {
    expect(wrap("ü".repeat(72))).toEqual(["ü".repeat(72)]);
  });
});

describe("renderText", () => {
  const text = renderText(compose(SAMPLE_DIGEST_DATA));
  const lines = text.split("\n");

  it("keeps every line within 72 columns except unbreakable tokens", () => {
    const long = lines.filter((line) => columns(line) > TEXT_WIDTH);
    expect(long.every(isSingleToken)).toBe(true);
    // The long address is one of them, whole.
    expect(long.some((line) => line.includes(LONG_ADDRESS))).toBe(true);
  });

  it("numbers the drafts and shows each one's recipient, reason and full text", () => {
    for (const [index, draft] of SAMPLE_DIGEST_DATA.drafts.entries()) {
      expect(lines.some((line) => line.startsWith(`${index + 1}.  `))).toBe(true);
      // Every word of the body is there, in order.
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain(draft.body.replace(/\s+/g, " "));
    }
    expect(text).toContain("    To: Rachel Adeyemi <rachel.adeyemi@northwind.example>");
    expect(text).toContain("    To: Tom Becker <tom.becker@initech.example>");
    expect(text).toContain(">> A voicemail script");
    // The typed commands stay under each draft in the text part.
    expect(text).toContain("    Reply: approve 1 · edit 1 · skip 1");
    expect(text).toMatch(/^1 LinkedIn note\n/m);
  });

  it("keeps the drafts' own line breaks", () => {
    expect(text).toContain("    Best regards,\n    Jordan Lee\n");
    expect(text).toContain("    Hi Rachel,\n\n    Thank you for taking the time");
  });

  it("shows the reply commands", () => {
    expect(text).toContain("How to answer: reply to this email with, for example:");
    for (const command of [
      "approve 1 3",
      "skip 2",
      "edit 4",
      "fill 4 your words",
      "snooze 5 2w",
      "never 6",
      "settings",
      "export",
      "calendar",
      "help",
    ]) {
      expect(text).toMatch(new RegExp(`^  ${command} `, "m"));
    }
  });

  it("is tidy: no trailing spaces, no carriage returns, ends with one newline", () => {
    expect(lines.filter((line) => line !== line.trimEnd())).toEqual([]);
    expect(text).not.toContain("\r");
    expect(text.endsWith("\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });
});
