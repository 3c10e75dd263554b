import { parseEmail } from "./mail/parse-email.ts";
import type { ParsedEmail } from "./mail/parsed-email.ts";
import { patternEvidence, warmUpTargets } from "./pattern-evidence.ts";
import { understandEmail } from "./understand-email.ts";

/** A small forwarded rejection: enough to run every step of understanding once. */
const SAMPLE: ParsedEmail = {
  messageId: null,
  from: [{ name: "Sample User", address: "sample.user@example.com" }],
  to: [{ name: "", address: "jobs@example.com" }],
  cc: [],
  replyTo: [],
  subject: "Fwd: Your application",
  date: null,
  inReplyTo: null,
  references: [],
  headers: new Map(),
  text: [
    "Met Alex Smith on the panel, great rapport.",
    "",
    "---------- Forwarded message ---------",
    "From: Dana Reyes <dana.reyes@example.org>",
    // U+202F as Gmail writes it, and curly quotes below: a two-byte string, as most real
    // mail is (V8 compiles each pattern separately for one-byte and two-byte text).
    "Date: Mon, 2 Mar 2026 at 10:00\u202fAM",
    "Subject: Your application for Data Engineer",
    "To: Sample User <sample.user@example.com>",
    "",
    "Hi Sample,",
    "",
    "Thank you for interviewing for the Data Engineer role at Example Corp. We have decided to",
    "move forward with another candidate, but we’ll keep your CV on file.",
    "",
    "Best regards,",
    "Dana Reyes",
    "Talent Partner | Example Corp",
  ].join("\n"),
  html: null,
  attachedMessages: [],
};

const SAMPLE_TEXT =
  "wir haben uns fur einen anderen kandidaten entschieden; nous avons retenu une autre candidature";

/** The same sample as a mail client sends it (text and HTML, quoted-printable), so the parser's and the HTML reader's paths are compiled too. */
export const SAMPLE_MIME = [
  "From: Sample User <sample.user@example.com>",
  "To: jobs@example.com",
  "Subject: Fwd: Your application",
  "MIME-Version: 1.0",
  'Content-Type: multipart/alternative; boundary="sample"',
  "",
  "--sample",
  'Content-Type: text/plain; charset="UTF-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  SAMPLE.text.replaceAll("\n", "\r\n"),
  "--sample",
  'Content-Type: text/html; charset="UTF-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  `<div dir=3D"ltr">${SAMPLE.text.split("\n").join("<br>\r\n")}</div>`,
  "--sample--",
  "",
].join("\r\n");

/**
 * Once: the inbound warm-up (src/inbound/warm-up-inbound.ts) then understands two dozen more
 * messages, which run this code many times over; two more rounds here cost ~25 ms of start-up.
 */
const WARM_UP_ROUNDS = 1;

/**
 * Runs parsing and understanding once when the Worker starts, so V8 compiles their code and
 * several hundred patterns during start-up (limited to 1 s) rather than inside the first
 * email's 10 ms of CPU. Never rejects: a warm-up failure must not stop a Worker.
 */
export async function warmUpUnderstanding(): Promise<void> {
  try {
    // Each pattern a message runs as it is written (those the classifier cannot key on a
    // word), in one-byte and in two-byte text. The keyed ones run only as sticky copies (below):
    // running their own RegExp here compiled some 665 patterns nothing else runs (~250 ms in Node).
    const { keyWords, unkeyed } = warmUpTargets();
    for (const pattern of unkeyed) {
      pattern.test(SAMPLE_TEXT);
      pattern.test(`${SAMPLE_TEXT}\u2019`);
    }
    const keyText = ` ${[...keyWords].join(" ")} `;
    patternEvidence(keyText);
    patternEvidence(`${keyText}\u2019 `);
    const self = { addresses: ["sample.user@example.com"], names: ["Sample User"] };
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      understandEmail(SAMPLE, self);
      understandEmail(await parseEmail(SAMPLE_MIME), self);
    }
  } catch (error) {
    console.error("warm-up failed", error instanceof Error ? error.message : error);
  }
}
