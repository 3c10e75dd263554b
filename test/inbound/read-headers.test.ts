import { describe, expect, it } from "vitest";
import {
  boundedForParse,
  MAX_HEADER_BYTES,
  MAX_HEADER_LINES,
  MAX_PARSED_HEADER_CHARS,
  readHeaders,
  soleMailbox,
} from "../../src/inbound/read-headers.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";

const owner = "jordan.lee@gmail.com";
const b64 = (text: string) => btoa(text);

describe("soleMailbox reads identity from the raw From header", () => {
  it.each([
    ["a bare address", [owner], owner],
    ["a name and an angle address", [`Jordan Lee <${owner}>`], owner],
    ["upper case", ["Jordan <Jordan.Lee@Gmail.com>"], owner],
    ["a quoted name", [`"Lee, Jordan" <${owner}>`], owner],
    ["an encoded display name", [`=?UTF-8?Q?Jos=C3=A9?= <${owner}>`], owner],
    ["a comment", [`${owner} (Jordan Lee)`], owner],
    [
      "a quoted name that looks like an address",
      [`"${owner}" <evil@evil.example>`],
      "evil@evil.example",
    ],
  ] as const)("%s → %s", (_label, values, expected) => {
    expect(soleMailbox(values)).toBe(expected);
  });

  it.each([
    ["an encoded-word that decodes to the owner", [`=?UTF-8?B?${b64(`<${owner}>`)}?=`]],
    ["an encoded-word with a name", [`=?UTF-8?B?${b64(`Jordan <${owner}>`)}?=`]],
    ["an encoded-word inside the angle address", [`Jordan <=?UTF-8?Q?jordan.lee=40gmail.com?=>`]],
    ["an encoded local part", [`Jordan <=?UTF-8?B?am9yZGFu?=@gmail.com>`]],
    ["two angle addresses", [`<${owner}> <other@evil.example>`]],
    ["an address then another", [`${owner}, other@evil.example`]],
    ["a name with an address before the angle", [`${owner} <other@evil.example>`]],
    ["two From headers", [owner, owner]],
    ["no From header", []],
    ["a group", [`friends: ${owner};`]],
    ["text after the angle address", [`<${owner}> trailing`]],
    ["an unbalanced quote", [`"Jordan <${owner}>`]],
    ["an unbalanced comment", [`${owner} (Jordan`]],
    ["no domain dot", ["jordan@localhost"]],
    ["nothing", [""]],
  ] as const)("refuses %s", (_label, values) => {
    expect(soleMailbox(values)).toBeNull();
  });
});

describe("readHeaders", () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it("unfolds, keeps every value raw, and cleans the subject", () => {
    const read = readHeaders(
      encode(
        `From: Jordan\r\n <${owner}>\r\nSubject: =?UTF-8?B?${b64("Hi\r\nBcc: x@evil.example")}?=\r\nMessage-ID: <a@b>\r\n\r\nBody`,
      ),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.block.sender).toBe(owner);
    expect(read.block.subject).toBe("Hi Bcc: x@evil.example");
    expect(read.block.messageId).toBe("<a@b>");
  });

  it("refuses a header block larger than the bound", () => {
    const big = `X-Pad: ${"a".repeat(MAX_HEADER_BYTES)}\r\n\r\nbody`;
    expect(readHeaders(encode(big))).toMatchObject({ ok: false });
  });

  it("refuses a header block with too many lines", () => {
    const lines = Array.from({ length: MAX_HEADER_LINES + 1 }, (_, i) => `X-${i}: 1`).join("\n");
    expect(readHeaders(encode(`${lines}\n\nbody`))).toMatchObject({ ok: false });
  });

  it("reads only the top-level header block, not a body that looks like headers", () => {
    const read = readHeaders(encode(`From: ${owner}\n\nFrom: other@evil.example\n`));
    expect(read.ok && read.block.sender).toBe(owner);
  });
});

describe("boundedForParse", () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it("hands a message with ordinary headers to the parser byte for byte", () => {
    const raw = encode(`From: ${owner}\r\nSubject: Hi\r\n\r\nBody\r\n`);
    const read = readHeaders(raw);
    if (!read.ok) throw new Error(read.problem);
    expect(boundedForParse(raw, read.block)).toBe(raw);
  });

  it("clips an oversized header and keeps the rest of the message readable", async () => {
    const cc = "a@b.com, ".repeat(5_000);
    const raw = encode(
      `From: ${owner}\r\nCc: ${cc}\r\nSubject: Hi\r\nContent-Type: text/plain\r\n\r\nThe body.\r\n`,
    );
    const read = readHeaders(raw);
    if (!read.ok) throw new Error(read.problem);
    const bounded = boundedForParse(raw, read.block);
    expect(bounded.byteLength).toBeLessThan(raw.byteLength - 30_000);
    const email = await parseEmail(bounded);
    expect(email.from[0]?.address).toBe(owner);
    expect(email.subject).toBe("Hi");
    expect(email.text.trim()).toBe("The body.");
    expect(email.cc.length).toBeLessThanOrEqual(MAX_PARSED_HEADER_CHARS / 8);
  });
});
