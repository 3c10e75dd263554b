import {
  type MemoryHolding,
  memoryD1,
  NEW_ACCOUNT_LANGUAGE,
  newUserRow,
  recruiterRow,
} from "../db/memory-d1.ts";
import type { Mailer } from "../deliver/mailer.ts";
import { readConfig } from "../env.ts";
import { SAMPLE_MIME, warmUpUnderstanding } from "../understand/warm-up.ts";
import { type ReceiveOutcome, receiveEmail } from "./receive-email.ts";
import {
  bothWidths,
  LANGUAGE_REPLIES,
  quotedPrintable,
  WARM_UP_SAMPLES,
  type WarmUpSample,
} from "./warm-up-samples.ts";

/**
 * Start-up warm-up of the whole inbound path, so the first email in a fresh isolate does not
 * pay for compiling it: V8 compiles functions and regular expressions on first use, and a
 * real message runs far more than understanding (routing, the full parse, planning with its
 * date parser, drafting, the D1 statements). The sample forward and a known contact's reply
 * go through the real receiveEmail() on a D1 that answers from memory (src/db/memory-d1.ts, the
 * benches' too); nothing is stored or sent, and no random value is drawn (workerd refuses that
 * during start-up).
 */

const SECRET = "0".repeat(32);
const INBOX = "jobs@example.com";
const OWNER = "sample.user@example.com";
const CONTACT = "dana.reyes@example.org";

/**
 * What the warm-up's D1 holds. Unlike the bench user's, the sample user's row carries the
 * draft-language columns, as SELECT_USER (src/db/users.ts) returns them for a new account: the
 * warm-up reads a row as real D1 answers it.
 */
const HOLDING: MemoryHolding = {
  user: newUserRow(
    { id: "warm-up", inbox_address: INBOX, owner_address: OWNER, display_name: "Sample User" },
    [],
    NEW_ACCOUNT_LANGUAGE,
  ),
  secrets: { forward_secret: SECRET, contact_secret: SECRET },
  contact: recruiterRow({
    id: "warm-up-contact",
    company_id: "warm-up-company",
    name: "Dana Reyes",
    email: CONTACT,
    title: "Talent Partner",
  }),
};

/**
 * A known contact's reply to the contact address, as a mail client sends it. Its curly
 * apostrophes make it a two-byte string, as most real mail is (Gmail puts U+202F in every
 * forwarded date): V8 compiles each pattern separately for one-byte and two-byte text.
 */
const SAMPLE_REPLY = [
  `From: Dana Reyes <${CONTACT}>`,
  `To: jobs+re-${SECRET}@example.com`,
  "Subject: Re: Thank you",
  "Message-ID: <warm-up-reply@example.org>",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="UTF-8"',
  "",
  "Hi Sample,",
  "",
  "Thanks for your note. Happy to share some feedback: the panel liked your system design",
  "answers but wanted more depth on testing. Let’s stay in touch — I’ll reach out when we",
  "reopen the role in the spring.",
  "",
  "Best,",
  "Dana",
  "",
].join("\r\n");

/**
 * Rejections in the other languages Rebound reads: each language has its own patterns, date
 * parser and draft wording, compiled on first use. Short, in our own words.
 */
const OTHER_LANGUAGES = [
  "Sehr geehrte Frau User,\n\nvielen Dank für Ihr Interesse an der Stelle als Data Engineer. Leider haben wir uns für einen anderen Kandidaten entschieden. Gerne melden wir uns im März wieder.\n\nMit freundlichen Grüßen\nJonas Keller\nPersonalabteilung",
  "Bonjour Madame User,\n\nnous vous remercions de l’intérêt porté au poste de Data Engineer. Malheureusement, nous avons retenu une autre candidature. Nous reviendrons vers vous en septembre.\n\nCordialement,\nClaire Martin\nRessources humaines",
  "Estimada Sra. User:\n\nGracias por su interés en el puesto de Data Engineer. Lamentablemente hemos decidido continuar con otro candidato. Volveremos a contactarle en enero.\n\nAtentamente,\nLucía Romero\nRecursos Humanos",
  "Beste Sample,\n\nBedankt voor je sollicitatie voor de functie Data Engineer. Helaas hebben we gekozen voor een andere kandidaat. We nemen in april opnieuw contact op.\n\nMet vriendelijke groet,\nDaan de Vries\nRecruitment",
  "Gentile Sig.ra User,\n\nla ringraziamo per l’interesse per la posizione di Data Engineer. Purtroppo abbiamo scelto un altro candidato. La ricontatteremo a febbraio.\n\nCordiali saluti,\nGiulia Bianchi\nRisorse Umane",
  "Prezada Sra. User,\n\nagradecemos o seu interesse na vaga de Data Engineer. Infelizmente decidimos seguir com outro candidato. Entraremos em contato em maio.\n\nAtenciosamente,\nAna Souza\nRecursos Humanos",
];

/** A forward of `body` from the sample user, as a mail client sends it. */
function forwardOf(body: string, n: number): string {
  return [
    `From: Sample User <${OWNER}>`,
    `To: jobs+fwd-${SECRET}@example.com`,
    "Subject: Fwd: Data Engineer",
    `Message-ID: <warm-up-${n}@example.com>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "---------- Forwarded message ---------",
    "From: Recruiting <recruiting@example.org>",
    "Subject: Data Engineer",
    "",
    body.replaceAll("\n", "\r\n"),
    "",
  ].join("\r\n");
}

/** A contact's reply of LANGUAGE_REPLIES as Gmail sends it: text and HTML, quoted-printable. */
export function languageReplyOf(reply: { subject: string; body: string }, n: number): string {
  const html = `<div dir="ltr">${reply.body.split("\n").join("<br>\n")}</div>`;
  const part = (type: string, text: string) => [
    "--alt",
    `Content-Type: ${type}; charset="UTF-8"`,
    "Content-Transfer-Encoding: quoted-printable",
    "",
    quotedPrintable(text),
  ];
  const subject = new TextEncoder().encode(reply.subject);
  return [
    `From: Dana Reyes <${CONTACT}>`,
    `To: jobs+re-${SECRET}@example.com`,
    `Subject: =?UTF-8?B?${btoa(String.fromCharCode(...subject))}?=`,
    `Message-ID: <warm-up-language-${n}@example.org>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="alt"',
    "",
    ...part("text/plain", reply.body),
    ...part("text/html", html),
    "--alt--",
    "",
  ].join("\r\n");
}

/** A sample of warm-up-samples.ts as its sender's client sends it. */
function sampleOf(sample: WarmUpSample, n: number): string {
  const from = sample.route === "forward" ? `Sample User <${OWNER}>` : `Dana Reyes <${CONTACT}>`;
  const tag = sample.route === "forward" ? "fwd" : "re";
  return [
    `From: ${from}`,
    `To: jobs+${tag}-${SECRET}@example.com`,
    `Message-ID: <warm-up-sample-${n}@example.com>`,
    ...sample.lines,
    "",
  ].join("\r\n");
}

const noMail: Mailer = {
  notify: async () => {
    throw new Error("the warm-up sends no mail");
  },
  send: async () => {
    throw new Error("the warm-up sends no mail");
  },
} as unknown as Mailer;

/**
 * The basic forward and reply run once: the two dozen samples after them run the same code
 * again and again (a second round of these two cost ~30 ms of start-up for nothing measurable).
 */
const ROUNDS = 1;
/**
 * Every other sample runs once. A second run would let V8 compile their regular expressions to
 * machine code (it interprets a pattern first), but on the bench that did not measurably speed
 * the first real message, while it cost ~70 ms more of a start-up (module evaluation and this
 * warm-up) that measures 1.1-1.8 s on the loaded bench machine against Cloudflare's 1 s limit
 * (`node scripts/bench-workerd.ts --quick`, interleaved runs).
 */
const SAMPLE_ROUNDS = 1;

/** A raw-mail bucket that keeps nothing: the first message should not compile keepRaw's R2 path. */
const forgettingBucket = { put: async () => null } as unknown as R2Bucket;

/**
 * Runs the sample forward and reply through the pipeline ROUNDS times, then the other
 * languages and kinds of mail SAMPLE_ROUNDS times. With the Worker's `env`, also reads its
 * configuration as email() does (nothing else of it is used: no binding, no key). Never rejects
 * (a warm-up failure must not stop a Worker); answers the outcomes, for the test that checks the
 * samples really reach the end of the pipeline.
 */
export async function warmUpInbound(env?: Env): Promise<ReceiveOutcome[]> {
  const outcomes: ReceiveOutcome[] = [];
  try {
    await warmUpUnderstanding();
    const encoder = new TextEncoder();
    const forward = encoder.encode(SAMPLE_MIME);
    // email() validates the configuration first. (Not its reading of the message's stream:
    // a stream read waits on I/O, which start-up may not do, and the rest would never run.)
    if (env) {
      try {
        readConfig(env);
      } catch {
        // A misconfigured deployment fails loudly on its first event, not here.
      }
    }
    const reply = encoder.encode(SAMPLE_REPLY);
    let ids = 0;
    const services = {
      mailer: noMail,
      claude: null,
      rawMail: forgettingBucket,
      newId: () => `warm-up-${++ids}`,
    };
    const config = {
      serviceAddress: "rebound@example.com",
      maxMessageBytes: 2 * 1024 * 1024,
      d1QueriesPerRun: 50,
    };
    // A fixed instant: the clock does not move during start-up anyway.
    const receivedAt = new Date(Date.UTC(2026, 0, 5, 9));
    for (let round = 0; round < ROUNDS; round++) {
      outcomes.push(
        await receiveEmail(
          memoryD1(HOLDING).db,
          config,
          {
            raw: forward,
            envelopeFrom: OWNER,
            envelopeTo: `jobs+fwd-${SECRET}@example.com`,
            receivedAt,
          },
          services,
        ),
        await receiveEmail(
          memoryD1(HOLDING).db,
          config,
          {
            raw: reply,
            envelopeFrom: CONTACT,
            envelopeTo: `jobs+re-${SECRET}@example.com`,
            receivedAt,
          },
          services,
        ),
      );
    }
    // Per other language: first uses are what cost; steady speed comes from English above.
    const languages = Array.from({ length: SAMPLE_ROUNDS }, () => OTHER_LANGUAGES).flat();
    for (const [n, body] of languages.entries()) {
      outcomes.push(
        await receiveEmail(
          memoryD1(HOLDING).db,
          config,
          {
            raw: encoder.encode(forwardOf(body, n)),
            envelopeFrom: OWNER,
            envelopeTo: `jobs+fwd-${SECRET}@example.com`,
            receivedAt,
          },
          services,
        ),
      );
    }
    // A contact's reply in each other language, as Gmail sends it (warm-up-samples.ts).
    for (const [n, sample] of LANGUAGE_REPLIES.entries()) {
      outcomes.push(
        await receiveEmail(
          memoryD1(HOLDING).db,
          config,
          {
            raw: encoder.encode(languageReplyOf(sample, n)),
            envelopeFrom: CONTACT,
            envelopeTo: `jobs+re-${SECRET}@example.com`,
            receivedAt,
          },
          services,
        ),
      );
    }
    // Each other kind of mail: a panel in Cc, a signature, an invitation, an automatic reply,
    // an HTML-only notice, a job alert, an attached forward, an introduction (warm-up-samples.ts).
    const samples = WARM_UP_SAMPLES.flatMap(bothWidths);
    const rounds = Array.from({ length: SAMPLE_ROUNDS }, () => samples).flat();
    for (const [n, sample] of rounds.entries()) {
      outcomes.push(
        await receiveEmail(
          memoryD1(HOLDING).db,
          config,
          {
            raw: encoder.encode(sampleOf(sample, n)),
            envelopeFrom: sample.route === "forward" ? OWNER : CONTACT,
            envelopeTo: `jobs+${sample.route === "forward" ? "fwd" : "re"}-${SECRET}@example.com`,
            receivedAt,
          },
          services,
        ),
      );
    }
  } catch (error) {
    console.error("inbound warm-up failed", error instanceof Error ? error.message : error);
  }
  return outcomes;
}
