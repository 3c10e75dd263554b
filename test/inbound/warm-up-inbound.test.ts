import { afterEach, describe, expect, it, vi } from "vitest";
import { languageReplyOf, warmUpInbound } from "../../src/inbound/warm-up-inbound.ts";
import {
  bothWidths,
  LANGUAGE_REPLIES,
  quotedPrintable,
  WARM_UP_SAMPLES,
} from "../../src/inbound/warm-up-samples.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";

describe("warmUpInbound", () => {
  afterEach(() => vi.restoreAllMocks());

  it("takes every sample through the whole pipeline to a stored, understood message", async () => {
    const logged = vi.spyOn(console, "error");
    const outcomes = await warmUpInbound();
    // The forward and the contact's reply, a forward and a contact's reply per other language,
    // and each other kind of mail in one-byte and in two-byte text.
    expect(outcomes).toHaveLength(
      2 + 6 + LANGUAGE_REPLIES.length + WARM_UP_SAMPLES.flatMap(bothWidths).length,
    );
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ kind: "stored", status: "processed" });
    }
    expect(logged).not.toHaveBeenCalled();
  });

  it("reads the Worker's configuration when given its env, and survives a bad one", async () => {
    const logged = vi.spyOn(console, "error");
    const outcomes = await warmUpInbound({ MAX_MESSAGE_BYTES: "not a number" } as unknown as Env);
    expect(outcomes.length).toBeGreaterThan(20);
    expect(logged).not.toHaveBeenCalled();
  });
});

describe("the warm-up's reply in each other language", () => {
  // Each must be read as its own language, from two-byte text, or it warms the wrong paths.
  it.each(
    LANGUAGE_REPLIES.map((reply, n) => ({
      reply,
      n,
      language: ["de", "fr", "es", "nl", "it", "pt"][n],
    })),
  )(
    "is read as $language, from two-byte text, as more than one kind of mail",
    async ({ reply, n, language }) => {
      const email = await parseEmail(new TextEncoder().encode(languageReplyOf(reply, n)));
      expect(email.subject).toBe(reply.subject);
      expect(email.text.trim()).toBe(reply.body);
      expect([...email.text].some((c) => (c.codePointAt(0) ?? 0) > 0xff)).toBe(true);
      const { understanding } = understandEmail(email, {
        addresses: ["sample.user@example.com"],
        names: ["Sample User"],
      });
      expect(understanding.language).toBe(language);
      expect(understanding.category).not.toBe("rejection");
    },
  );
});

describe("quotedPrintable", () => {
  it.each([
    ["plain ASCII stays as it is", "Hello there", "Hello there"],
    ["an equals sign is escaped", "a=b", "a=3Db"],
    ["a letter past ASCII is its UTF-8 bytes", "é", "=C3=A9"],
    ["a narrow no-break space", "18\u202fh", "18=E2=80=AFh"],
  ])("%s", (_, text, encoded) => {
    expect(quotedPrintable(text)).toBe(encoded);
  });

  it("breaks long lines softly, never inside an escape, and decodes back", async () => {
    const text = `${"é".repeat(40)} ${"word ".repeat(30)}`;
    const encoded = quotedPrintable(text);
    for (const line of encoded.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    const raw = [
      "From: a@example.org",
      "To: b@example.org",
      "Subject: x",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      encoded,
      "",
    ].join("\r\n");
    const email = await parseEmail(new TextEncoder().encode(raw));
    expect(email.text.trim()).toBe(text.trim());
  });
});
