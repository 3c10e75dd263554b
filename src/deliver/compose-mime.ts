/**
 * A raw multipart/alternative message (text + HTML, UTF-8), for `new EmailMessage()`.
 *
 * Our own rather than a MIME library: the one that fits Workers (mimetext) brings Babel's
 * runtime and core-js with an install script, for what is forty lines here. Bodies are
 * base64 (safe for any UTF-8 and any line length), headers with non-ASCII text are RFC 2047
 * encoded words, and header values are stripped of line breaks so no data can add a header.
 */
export interface OutgoingEmail {
  from: { name: string; address: string };
  to: string;
  replyTo?: string | undefined;
  subject: string;
  messageId: string;
  date: Date;
  headers?: Record<string, string> | undefined;
  text: string;
  html: string;
}

/** Serialises a message to RFC 5322 text with CRLF line endings. */
export function composeMime(email: OutgoingEmail): string {
  const boundary = `=_rebound_${crypto.randomUUID().replaceAll("-", "")}`;
  const headers: [string, string][] = [
    ["From", `${displayName(email.from.name)} <${email.from.address}>`],
    ["To", email.to],
    ...(email.replyTo ? ([["Reply-To", email.replyTo]] as [string, string][]) : []),
    ["Subject", encodeText(email.subject)],
    ["Date", email.date.toUTCString().replace("GMT", "+0000")],
    ["Message-ID", email.messageId],
    ["MIME-Version", "1.0"],
    ...Object.entries(email.headers ?? {}),
    ["Content-Type", `multipart/alternative; boundary="${boundary}"`],
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(body),
    ].join("\r\n");
  return [
    ...headers.map(([name, value]) => `${name}: ${value.replace(/[\r\n]+(?! )/g, " ")}`),
    "",
    part("text/plain", email.text),
    part("text/html", email.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

/** Unstructured text (a subject): ASCII as it is, anything else as a UTF-8 encoded word. */
function encodeText(text: string): string {
  const clean = oneLine(text);
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  // An encoded word may be at most 75 characters: 45 bytes of UTF-8 each, split between characters.
  const words: string[] = [];
  let chunk = "";
  for (const char of clean) {
    if (new TextEncoder().encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${toBase64(new TextEncoder().encode(w))}?=`).join("\r\n ");
}

/** A display name: quoted when it holds specials, encoded when it is not ASCII. */
function displayName(name: string): string {
  const clean = oneLine(name);
  if (!/^[\x20-\x7e]*$/.test(clean)) return encodeText(clean);
  return /[",:;<>@()[\]\\.]/.test(clean) ? `"${clean.replace(/["\\]/g, "\\$&")}"` : clean;
}

function base64Lines(text: string): string {
  const encoded = toBase64(new TextEncoder().encode(text.replace(/\r?\n/g, "\r\n")));
  return encoded.match(/.{1,76}/g)?.join("\r\n") ?? "";
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
