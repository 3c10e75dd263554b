import * as base64 from "nodemailer/lib/base64";
import { encodeWord } from "nodemailer/lib/mime-funcs";
import MimeNode from "nodemailer/lib/mime-node";
import * as qp from "nodemailer/lib/qp";
import { headerAddress, headerName, headerText, singleMessageId } from "../domain/header-text.ts";

/**
 * A raw multipart/alternative message (text + HTML, UTF-8), for `new EmailMessage()`.
 *
 * Nodemailer's MimeNode writes every header: addresses are parsed and quoted or RFC 2047
 * encoded, unstructured text is encoded when it holds non-ASCII, control characters or
 * anything shaped like an encoded word, and every line is folded at 76 characters. We only
 * serialise the tree synchronously: MimeNode's own build() goes through Node streams and
 * costs ~60x more CPU in workerd for the same bytes (see the README's dependency table).
 * Before anything reaches the library, text from mail is cut to one clean line
 * (src/domain/header-text.ts), so no value can start a header of its own.
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

/** Headers Rebound sets itself; `headers` may not replace them. */
const OWN_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "bcc",
  "reply-to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
]);
/** Headers whose value is a Message-ID list: kept only as single `<…>` tokens. */
const MESSAGE_ID_HEADERS = new Set(["in-reply-to", "references"]);

/** Serialises a message to RFC 5322 text with CRLF line endings. */
export function composeMime(email: OutgoingEmail): string {
  const root = new MimeNode("multipart/alternative", {
    disableFileAccess: true,
    disableUrlAccess: true,
    baseBoundary: crypto.randomUUID().replaceAll("-", ""),
  });
  const from = headerAddress(email.from.address);
  const to = headerAddress(email.to);
  if (!from || !to) throw new Error("an outgoing message needs one valid From and To address");
  const name = headerName(email.from.name);
  root.setHeader(
    "From",
    name && LOOKS_ENCODED.test(name)
      ? prepared(`${encodeWord(name, "Q", 52)} <${from}>`)
      : { name: name ?? "", address: from },
  );
  root.setHeader("To", to);
  const replyTo = headerAddress(email.replyTo);
  if (replyTo) root.setHeader("Reply-To", replyTo);
  root.setHeader("Subject", unstructured(headerText(email.subject)));
  root.setHeader("Date", email.date.toUTCString().replace("GMT", "+0000"));
  const messageId = singleMessageId(email.messageId);
  if (messageId) root.setHeader("Message-ID", messageId);
  for (const [name, value] of Object.entries(email.headers ?? {})) {
    const key = name.toLowerCase();
    if (OWN_HEADERS.has(key) || !/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    const clean = MESSAGE_ID_HEADERS.has(key) ? singleMessageId(value) : headerText(value, 900);
    if (clean) root.setHeader(name, MESSAGE_ID_HEADERS.has(key) ? clean : unstructured(clean));
  }
  // Base64 bodies: safe for any UTF-8 and any line length, and encoded natively (QP is not).
  for (const [type, content] of [
    ["text/plain", email.text],
    ["text/html", email.html],
  ] as const) {
    const part = root.createChild(`${type}; charset=utf-8`);
    part.setHeader("Content-Transfer-Encoding", "base64");
    part.setContent(crlf(content));
  }
  return serialise(root);
}

/** Text shaped like an RFC 2047 encoded word ("=?charset?B?…?="). */
const LOOKS_ENCODED = /=\?[^?\s]+\?[bq]\?[^?\s]*\?=/i;

/**
 * Unstructured header text. MimeNode passes a valid-looking encoded word through as it is
 * (so callers may pre-encode); text from mail must never be decoded into something else by the
 * reader, so such text is encoded whole here, with the library's own encoder, and folded.
 */
function unstructured(text: string): string | { prepared: true; foldLines: true; value: string } {
  return LOOKS_ENCODED.test(text) ? prepared(encodeWord(text, "Q", 52)) : text;
}

function prepared(value: string): { prepared: true; foldLines: true; value: string } {
  return { prepared: true, foldLines: true, value };
}

/** The node and its children as text, the way MimeNode's stream writes them, without streams. */
function serialise(node: MimeNode): string {
  const head = `${node.buildHeaders()}\r\n\r\n`;
  if (node.multipart) {
    const parts = node.childNodes.map((child) => `--${node.boundary}\r\n${serialise(child)}`);
    return `${head}${parts.join("\r\n")}\r\n--${node.boundary}--\r\n`;
  }
  const content = typeof node.content === "string" ? node.content : "";
  const body =
    node.getTransferEncoding() === "base64"
      ? base64.wrap(base64.encode(content), 76)
      : node.getTransferEncoding() === "quoted-printable"
        ? qp.wrap(qp.encode(content), 76)
        : content;
  return head + body;
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
