import { describe, expect, it } from "vitest";
import type { Mailbox, ParsedEmail } from "../../../src/understand/mail/parsed-email.ts";
import { unwrapForward } from "../../../src/understand/mail/unwrap-forward.ts";
import { readMessage } from "../../../src/understand/read-message.ts";
import { parsedEmail } from "../../support/parsed-email.ts";
import { JORDAN_SELF } from "../../support/users.ts";

// Whose message is it: only the user forwards. A hiring manager answering the user straight at
// the inbox quotes the user's own message below hers; that is her message, not a forward with
// the user's note on top. Every name, firm and address here is invented for these tests.

const USER: Mailbox = { name: "Jordan Lee", address: "jordan.lee@gmail.com" };
/** The user's name over an address the settings do not list (the inbox itself). */
const USER_AT_INBOX: Mailbox = { name: "Jordan Lee", address: "jobs@jordanlee.dev" };
const MANAGER: Mailbox = { name: "Odile Varga", address: "odile.varga@quillmoor.example" };
const isOwn = (m: Mailbox) => m.address === USER.address || m.name === USER.name;

type Language = "en" | "de" | "fr" | "es" | "nl" | "it" | "pt";
const LANGUAGES: Language[] = ["en", "de", "fr", "es", "nl", "it", "pt"];

/** Outlook's header block labels: From, Sent, To, Subject; French puts a space before the colon. */
const OUTLOOK_LABELS: Record<Language, [string, string, string, string]> = {
  en: ["From:", "Sent:", "To:", "Subject:"],
  de: ["Von:", "Gesendet:", "An:", "Betreff:"],
  fr: ["De :", "Envoyé :", "À :", "Objet :"],
  es: ["De:", "Enviado:", "Para:", "Asunto:"],
  nl: ["Van:", "Verzonden:", "Aan:", "Onderwerp:"],
  it: ["Da:", "Inviato:", "A:", "Oggetto:"],
  pt: ["De:", "Enviada:", "Para:", "Assunto:"],
};

/** Gmail's attribution line above a ">"-quoted message. */
function gmailAttribution(lang: Language, who: string): string {
  return {
    en: `On Tue, 14 Oct 2025 at 09:10, ${who} wrote:`,
    de: `Am Di., 14. Okt. 2025 um 09:10 Uhr schrieb ${who}:`,
    fr: `Le mar. 14 oct. 2025 à 09:10, ${who} a écrit :`,
    es: `El mar, 14 oct 2025 a las 9:10, ${who} escribió:`,
    nl: `Op di 14 okt 2025 om 09:10 schreef ${who}:`,
    it: `Il giorno mar 14 ott 2025 alle ore 09:10 ${who} ha scritto:`,
    pt: `Em ter., 14 de out. de 2025 às 09:10, ${who} escreveu:`,
  }[lang];
}

/** Apple Mail's attribution line, with the time after "at" in each language. */
function appleAttribution(lang: Language, who: string): string {
  return {
    en: `On 14 Oct 2025, at 09:10, ${who} wrote:`,
    de: `Am 14.10.2025 um 09:10 schrieb ${who}:`,
    fr: `Le 14 oct. 2025 à 09:10, ${who} a écrit :`,
    es: `El 14 oct 2025, a las 9:10, ${who} escribió:`,
    nl: `Op 14 okt. 2025 om 09:10 heeft ${who} het volgende geschreven:`,
    it: `Il giorno 14 ott 2025, alle ore 09:10, ${who} ha scritto:`,
    pt: `Em 14 de out. de 2025, à(s) 09:10, ${who} escreveu:`,
  }[lang];
}

type Layout = "outlook" | "gmail" | "apple";

/** `top` written over `quoted` (a message by `writer`) in one client's layout and language. */
function quoting(layout: Layout, lang: Language, top: string, writer: Mailbox, quoted: string) {
  const who = `${writer.name} <${writer.address}>`;
  if (layout === "outlook") {
    const [from, sent, to, subject] = OUTLOOK_LABELS[lang];
    return [
      top,
      "",
      `${from} ${who}`,
      `${sent} 14 October 2025 09:10`,
      `${to} Team <team@quillmoor.example>`,
      `${subject} Platform Engineer`,
      "",
      quoted,
    ].join("\n");
  }
  const attribution =
    layout === "gmail" ? gmailAttribution(lang, who) : appleAttribution(lang, who);
  const lines = quoted.split("\n").map((line) => (line === "" ? ">" : `> ${line}`));
  return [top, "", attribution, "", ...lines].join("\n");
}

/** The manager's answer, in the user's language: feedback the user asked for. */
const HER_ANSWER: Record<Language, string> = {
  en: "Hi Jordan,\n\nYou asked what would have helped: deeper examples of running services in production.\n\nOdile",
  de: "Hallo Jordan,\n\nSie fragten nach Feedback: mehr Beispiele aus dem Betrieb von Diensten in Produktion.\n\nOdile",
  fr: "Bonjour Jordan,\n\nVous avez demandé un retour : davantage d'exemples d'exploitation en production.\n\nOdile",
  es: "Hola Jordan,\n\nMe pediste comentarios: más ejemplos de servicios operados en producción.\n\nOdile",
  nl: "Hoi Jordan,\n\nJe vroeg om feedback: meer voorbeelden van diensten die je in productie beheerde.\n\nOdile",
  it: "Ciao Jordan,\n\nMi hai chiesto un riscontro: più esempi di servizi gestiti in produzione.\n\nOdile",
  pt: "Olá Jordan,\n\nPediste feedback: mais exemplos de serviços operados em produção.\n\nOdile",
};

/** The line of her answer that says what would have helped. */
const herPoint = (lang: Language) => HER_ANSWER[lang].split("\n")[2] ?? "";

const USERS_REQUEST =
  "Hi Odile,\n\nThank you for letting me know. Would you share what would have made me a stronger candidate?\n\nJordan";

function message(from: Mailbox, subject: string, text: string): ParsedEmail {
  return parsedEmail({
    messageId: "<whose@example.test>",
    from: [from],
    subject,
    date: "2025-10-21T09:00:00.000Z",
    text,
  });
}

const LAYOUTS: Layout[] = ["outlook", "gmail", "apple"];
const CASES = LAYOUTS.flatMap((layout) => LANGUAGES.map((lang) => [layout, lang] as const));

describe("someone else's reply quoting the user's message is theirs, not a forward", () => {
  it.each(CASES)("%s, %s: no note, her own message, her address", (layout, lang) => {
    for (const user of [USER, USER_AT_INBOX]) {
      const text = quoting(layout, lang, HER_ANSWER[lang], user, USERS_REQUEST);
      // No subject prefix: the ambiguous case, where a header block alone once meant a forward.
      const email = message(MANAGER, "Platform Engineer feedback", text);
      const unwrapped = unwrapForward(email, isOwn);
      expect(unwrapped.format).toBe("none");
      expect(unwrapped.note).toBe("");
      expect(unwrapped.original.from).toEqual(MANAGER);

      const read = readMessage(email, JORDAN_SELF);
      expect(read.input.senderAddress).toBe(MANAGER.address);
      expect(read.newest).toContain(herPoint(lang));
      expect(read.newest).not.toContain("stronger candidate");
      // The quoted message is from the user's own listed address: she answers them.
      expect(read.input.repliesToOwn).toBe(user === USER);
    }
  });
});

describe("the user's forward of an employer's message stays a forward", () => {
  it.each(LANGUAGES)("%s: Outlook header block, with and without a note", (lang) => {
    for (const note of ["Odile ran the panel, we got on well.", ""]) {
      const text = quoting("outlook", lang, note, MANAGER, HER_ANSWER[lang]);
      const unwrapped = unwrapForward(message(USER, "FW: Platform Engineer", text), isOwn);
      expect(unwrapped.format).toBe("inline");
      expect(unwrapped.note).toBe(note);
      expect(unwrapped.original.from).toEqual(MANAGER);
    }
  });

  it.each(LANGUAGES)("%s: a thread whose newest message is the user's own reply", (lang) => {
    // The user forwards their own answer, which quotes the manager's: hers is the message read.
    const usersReply = quoting("outlook", lang, USERS_REQUEST, MANAGER, HER_ANSWER[lang]);
    for (const user of [USER, USER_AT_INBOX]) {
      const text = quoting("outlook", lang, "For the record.", user, usersReply);
      const email = message(USER, "FW: Platform Engineer", text);
      const read = readMessage(email, JORDAN_SELF);
      expect(read.unwrapped.format).toBe("inline");
      expect(read.unwrapped.note).toBe("For the record.");
      expect(read.input.senderAddress).toBe(MANAGER.address);
      expect(read.input.skippedOwn).toBe(true);
      expect(read.newest).toContain(herPoint(lang));
      expect(read.newest).not.toContain("stronger candidate");
    }
  });
});
