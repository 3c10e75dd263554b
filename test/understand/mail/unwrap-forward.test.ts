import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../src/understand/mail/parse-email.ts";
import type { Mailbox, ParsedEmail } from "../../../src/understand/mail/parsed-email.ts";
import { unwrapForward } from "../../../src/understand/mail/unwrap-forward.ts";
import { isRobotAddress } from "../../../src/understand/robot-address.ts";
import { FIXTURES } from "../../support/fixtures.ts";
import { parsedEmail } from "../../support/parsed-email.ts";
import { JORDAN_SELF } from "../../support/users.ts";

const MAYA: Mailbox = { name: "Maya Ortiz", address: "maya.ortiz@northwind.example" };
const JORDAN: Mailbox = { name: "Jordan Lee", address: "jordan.lee@gmail.com" };
const REJECTION =
  "Hi Jordan,\n\nThank you for your time. We decided to move forward with another candidate.\n\nBest,\nMaya";

/** A message as parse-email hands it over, with only what a case needs filled in. */
function message(subject: string, text: string, extra: Partial<ParsedEmail> = {}): ParsedEmail {
  return parsedEmail({
    messageId: "<outer@example.com>",
    from: [JORDAN],
    subject,
    date: "2026-01-07T09:00:00.000Z",
    text,
    ...extra,
  });
}

interface InlineCase {
  name: string;
  subject: string;
  text: string;
  from: Mailbox | null;
  note: string;
  /** The original's subject; "Your application" unless said. */
  originalSubject?: string;
  date?: string | null;
  to?: Mailbox[];
  cc?: Mailbox[];
  /** How the original's body starts; REJECTION's first line unless said. */
  bodyStart?: string;
  /** Text the original's body must still contain (quoted history, signatures). */
  bodyContains?: string;
}

const INLINE_CASES: InlineCase[] = [
  {
    name: "Gmail web (en), note and Cc",
    subject: "Fwd: Your application",
    text: `Met Maya Ortiz and Sam Chen (sam.chen@northwind.example) on the panel.\n\n---------- Forwarded message ---------\nFrom: Maya Ortiz <Maya.Ortiz@Northwind.example>\nDate: Mon, Jan 6, 2026 at 10:02 AM\nSubject: Your application\nTo: Jordan Lee <jordan.lee@gmail.com>\nCc: Sam Chen <sam.chen@northwind.example>, "Okafor, Ada" <ada@northwind.example>\n\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Met Maya Ortiz and Sam Chen (sam.chen@northwind.example) on the panel.",
    date: "Mon, Jan 6, 2026 at 10:02 AM",
    to: [JORDAN],
    cc: [
      { name: "Sam Chen", address: "sam.chen@northwind.example" },
      { name: "Okafor, Ada", address: "ada@northwind.example" },
    ],
  },
  {
    name: "Gmail web (de), Weitergeleitete Nachricht with Von:",
    subject: "Fwd: Ihre Bewerbung",
    text: `Absage von Northwind.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Maya Ortiz <maya.ortiz@northwind.example>\nDate: Mo., 6. Jan. 2026 um 10:02 Uhr\nSubject: Ihre Bewerbung\nTo: <jordan.lee@gmail.com>\n\n\nHallo Jordan,\n\nleider haben wir uns anders entschieden.\n`,
    from: MAYA,
    note: "Absage von Northwind.",
    originalSubject: "Ihre Bewerbung",
    date: "Mo., 6. Jan. 2026 um 10:02 Uhr",
    to: [{ name: "", address: "jordan.lee@gmail.com" }],
    bodyStart: "Hallo Jordan,",
  },
  {
    name: "Gmail web (fr), Message transféré with De :",
    subject: "Fwd: Votre candidature",
    text: `---------- Message transféré ---------\nDe : Étienne Garnier <etienne.garnier@atelier.example>\nDate: lun. 20 oct. 2025 à 11:47\nSubject: Votre candidature\nTo: Jordan Lee <jordan.lee@gmail.com>\nCc: Claire Martin <claire.martin@atelier.example>\n\n\nBonjour Jordan,\n\nLe poste a été pourvu en interne.\n`,
    from: { name: "Étienne Garnier", address: "etienne.garnier@atelier.example" },
    note: "",
    originalSubject: "Votre candidature",
    date: "lun. 20 oct. 2025 à 11:47",
    cc: [{ name: "Claire Martin", address: "claire.martin@atelier.example" }],
    bodyStart: "Bonjour Jordan,",
  },
  {
    name: "Gmail web (es), Mensaje reenviado with De:",
    subject: "Fwd: Tu candidatura",
    text: `Otra más.\n\n---------- Mensaje reenviado ---------\nDe: Lucía Fernández <lucia.fernandez@altamira.example>\nDate: vie, 17 oct 2025 a las 13:02\nSubject: Tu candidatura\nTo: Jordan Lee <jordan.lee@gmail.com>\n\n\nHola Jordan,\n\nHemos optado por otro candidato.\n`,
    from: { name: "Lucía Fernández", address: "lucia.fernandez@altamira.example" },
    note: "Otra más.",
    originalSubject: "Tu candidatura",
    bodyStart: "Hola Jordan,",
  },
  {
    name: "Outlook for iOS: 'Get Outlook for iOS' above the underscore line",
    subject: "FW: Your application",
    text: `Interviewed with Ben Adler, great chat.\n\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\nFrom: Maya Ortiz <maya.ortiz@northwind.example>\nSent: Tuesday, October 21, 2025 10:03:44 AM\nTo: Jordan Lee <jordan.lee@outlook.com>\nSubject: Your application\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Interviewed with Ben Adler, great chat.",
    date: "Tuesday, October 21, 2025 10:03:44 AM",
    to: [{ name: "Jordan Lee", address: "jordan.lee@outlook.com" }],
  },
  {
    name: "Outlook (de): Von/Gesendet/An/Betreff below the underscore line",
    subject: "WG: Ihre Bewerbung",
    text: `\n________________________________\nVon: Katrin Vogel <katrin.vogel@brandt.example>\nGesendet: Freitag, 10. Oktober 2025 15:40\nAn: Jordan Lee <jordan.lee@outlook.com>\nBetreff: Ihre Bewerbung\n\nHallo Jordan,\n\nIhr Profil passt leider nicht.\n`,
    from: { name: "Katrin Vogel", address: "katrin.vogel@brandt.example" },
    note: "",
    originalSubject: "Ihre Bewerbung",
    date: "Freitag, 10. Oktober 2025 15:40",
    bodyStart: "Hallo Jordan,",
  },
  {
    name: "Outlook (fr): De :/Envoyé :/À :/Objet :",
    subject: "TR: Votre candidature",
    text: `Vivier !\n\n________________________________\nDe : Camille Roux <camille.roux@verdier.example>\nEnvoyé : jeudi 23 octobre 2025 10:05\nÀ : Jordan Lee <jordan.lee@outlook.com>\nObjet : Votre candidature\n\nBonjour Jordan,\n\nNous gardons votre candidature dans notre vivier.\n`,
    from: { name: "Camille Roux", address: "camille.roux@verdier.example" },
    note: "Vivier !",
    originalSubject: "Votre candidature",
    date: "jeudi 23 octobre 2025 10:05",
    to: [{ name: "Jordan Lee", address: "jordan.lee@outlook.com" }],
    bodyStart: "Bonjour Jordan,",
  },
  {
    name: "Outlook (es): De:/Enviado:/Para:/CC:/Asunto:",
    subject: "RV: Plaza de profesor",
    text: `\n________________________________\nDe: Inés Navarro <ines.navarro@montealto.example>\nEnviado: lunes, 3 de noviembre de 2025 17:48\nPara: Jordan Lee <jordan.lee@outlook.com>\nCC: Pablo Serrano <pablo.serrano@montealto.example>\nAsunto: Plaza de profesor\n\nEstimado Jordan:\n\nLa vacante se ha cubierto internamente.\n`,
    from: { name: "Inés Navarro", address: "ines.navarro@montealto.example" },
    note: "",
    originalSubject: "Plaza de profesor",
    cc: [{ name: "Pablo Serrano", address: "pablo.serrano@montealto.example" }],
    bodyStart: "Estimado Jordan:",
  },
  {
    name: "Outlook desktop: -----Original Message----- and [mailto:], To as a name only",
    subject: "FW: Your application",
    text: `Forwarding for the tracker.\n\n-----Original Message-----\nFrom: Maya Ortiz [mailto:Maya.Ortiz@northwind.example] \nSent: Friday, September 26, 2025 5:48 PM\nTo: Jordan Lee\nSubject: Your application\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Forwarding for the tracker.",
    to: [{ name: "Jordan Lee", address: null }],
  },
  {
    name: "Outlook desktop (de): -----Ursprüngliche Nachricht-----",
    subject: "WG: Ihre Bewerbung",
    text: `-----Ursprüngliche Nachricht-----\nVon: Sabine Krüger [mailto:s.krueger@hagedorn.example] \nGesendet: Dienstag, 4. November 2025 09:12\nAn: Jordan Lee <jordan@jordanlee.dev>\nBetreff: Ihre Bewerbung\n\nGuten Tag Jordan Lee,\n\nleider müssen wir Ihnen absagen.\n`,
    from: { name: "Sabine Krüger", address: "s.krueger@hagedorn.example" },
    note: "",
    originalSubject: "Ihre Bewerbung",
    bodyStart: "Guten Tag Jordan Lee,",
  },
  {
    name: "Outlook on the web (HTML-derived): header block with no separator",
    subject: "FW: Your application",
    text: `Maya was lovely.\n\n-------------\n\n From: Maya Ortiz <maya.ortiz@northwind.example>\nSent: Monday, November 10, 2025 10:41 AM\nTo: Jordan Lee <jordan.lee@outlook.com>\nSubject: Your application \n\n \n\n${REJECTION}\n`,
    from: MAYA,
    note: "Maya was lovely.",
  },
  {
    name: "Apple Mail (iPhone): Begin forwarded message with quoted headers and body",
    subject: "Fwd: Your application",
    text: `Panel was great.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n> From: Maya Ortiz <maya.ortiz@northwind.example>\n> Date: 22 April 2026 at 08:51:30 BST\n> To: Jordan Lee <jordanlee@icloud.com>\n> Subject: Your application\n> \n> Hi Jordan,\n> \n> We went with someone else.\n> \n>> On 20 Apr 2026, at 09:00, Jordan Lee <jordanlee@icloud.com> wrote:\n>> Any news?\n`,
    from: MAYA,
    note: "Panel was great.",
    date: "22 April 2026 at 08:51:30 BST",
    bodyStart: "Hi Jordan,\n\nWe went with someone else.",
    bodyContains:
      "> On 20 Apr 2026, at 09:00, Jordan Lee <jordanlee@icloud.com> wrote:\n> Any news?",
  },
  {
    name: "Apple Mail (de): Anfang der weitergeleiteten Nachricht",
    subject: "WG: Ihre Bewerbung",
    text: `Anfang der weitergeleiteten Nachricht:\n\nVon: Miriam Schulte <miriam.schulte@nordlicht.example>\nBetreff: Ihre Bewerbung\nDatum: 24. Oktober 2025 um 15:58:21 MESZ\nAn: jordanlee@icloud.com\nKopie: Lars Petersen <lars.petersen@nordlicht.example>\n\nHallo Jordan Lee,\n\nwir haben uns für eine andere Kandidatin entschieden.\n`,
    from: { name: "Miriam Schulte", address: "miriam.schulte@nordlicht.example" },
    note: "",
    originalSubject: "Ihre Bewerbung",
    date: "24. Oktober 2025 um 15:58:21 MESZ",
    to: [{ name: "", address: "jordanlee@icloud.com" }],
    cc: [{ name: "Lars Petersen", address: "lars.petersen@nordlicht.example" }],
    bodyStart: "Hallo Jordan Lee,",
  },
  {
    name: "Apple Mail (fr): Début du message réexpédié, note signed 'Envoyé de mon iPhone'",
    subject: "Fwd: Votre candidature",
    text: `Dommage.\n\nEnvoyé de mon iPhone\n\nDébut du message réexpédié :\n\nDe: Nathalie Besson <n.besson@tilleuls.example>\nObjet: Votre candidature\nDate: 3 novembre 2025 à 10:14:52 UTC+1\nÀ: Jordan Lee <jordanlee@icloud.com>\n\nBonjour,\n\nVotre profil ne correspond pas.\n`,
    from: { name: "Nathalie Besson", address: "n.besson@tilleuls.example" },
    note: "Dommage.",
    originalSubject: "Votre candidature",
    bodyStart: "Bonjour,",
  },
  {
    name: "Apple Mail (es): Inicio del mensaje reenviado, note signed 'Enviado desde mi iPhone'",
    subject: "Fwd: Proceso de selección",
    text: `Nada.\n\nEnviado desde mi iPhone\n\nInicio del mensaje reenviado:\n\nDe: Raúl Domínguez <raul.dominguez@luzon.example>\nAsunto: Proceso de selección\nFecha: 30 de octubre de 2025, 11:05:33 CET\nPara: jordanlee@icloud.com\n\nBuenos días, Jordan:\n\nNo continuarás en el proceso.\n`,
    from: { name: "Raúl Domínguez", address: "raul.dominguez@luzon.example" },
    note: "Nada.",
    originalSubject: "Proceso de selección",
    date: "30 de octubre de 2025, 11:05:33 CET",
    bodyStart: "Buenos días, Jordan:",
  },
  {
    name: "Thunderbird (en): Forwarded Message with its header table",
    subject: "Fwd: Your application",
    text: `\n\n\n-------- Forwarded Message --------\nSubject: \tYour application\nDate: \tThu, 30 Oct 2025 16:52:11 +0000\nFrom: \tMaya Ortiz <maya.ortiz@northwind.example>\nTo: \tJordan Lee <jordan@jordanlee.dev>\n\n\n\n${REJECTION}\n`,
    from: MAYA,
    note: "",
    date: "Thu, 30 Oct 2025 16:52:11 +0000",
    to: [{ name: "Jordan Lee", address: "jordan@jordanlee.dev" }],
  },
  {
    name: "Thunderbird (de): Weitergeleitete Nachricht, note signed with '-- '",
    subject: "Fwd: Ihre Bewerbung",
    text: `fyi, on hold\n\n-- \nJordan Lee\n+49 170 555 0100\n\n-------- Weitergeleitete Nachricht --------\nBetreff: \tIhre Bewerbung\nDatum: \tMon, 27 Oct 2025 10:33:47 +0100\nVon: \tThomas Reuter <t.reuter@stadtwerke.example>\nAn: \tJordan Lee <jordan@jordanlee.dev>\n\n\n\nGuten Tag Jordan Lee,\n\nwir haben einen Einstellungsstopp.\n`,
    from: { name: "Thomas Reuter", address: "t.reuter@stadtwerke.example" },
    note: "fyi, on hold",
    originalSubject: "Ihre Bewerbung",
    bodyStart: "Guten Tag Jordan Lee,",
  },
  {
    name: "Thunderbird (fr): Message transféré with Sujet/De/Pour",
    subject: "Fwd: Votre candidature",
    text: `-------- Message transféré --------\nSujet : \tVotre candidature\nDate : \tMon, 27 Oct 2025 10:33:47 +0100\nDe : \tCamille Roux <camille.roux@verdier.example>\nPour : \tJordan Lee <jordan@jordanlee.dev>\n\n\nBonjour Jordan,\n\nC'est non.\n`,
    from: { name: "Camille Roux", address: "camille.roux@verdier.example" },
    note: "",
    originalSubject: "Votre candidature",
    to: [{ name: "Jordan Lee", address: "jordan@jordanlee.dev" }],
    bodyStart: "Bonjour Jordan,",
  },
  {
    name: "Thunderbird HTML flattened: each value on its own line, Mozilla link markers",
    subject: "Fwd: Your application",
    text: `\nNote\n\n-------- Forwarded Message --------\n\nSubject: \n\nYour application\n\nDate: \n\nMon, 6 Jan 2025 10:02:00 +0000\n\nFrom: \n\nMaya Ortiz (mailto:maya.ortiz@northwind.example) <maya.ortiz@northwind.example>\n\nTo: \n\nJordan (mailto:jordan@jordanlee.dev) <jordan@jordanlee.dev>\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Note",
    date: "Mon, 6 Jan 2025 10:02:00 +0000",
    to: [{ name: "Jordan", address: "jordan@jordanlee.dev" }],
  },
  {
    name: "Yahoo Mail (en): Forwarded Message, indented headers",
    subject: "Fw: Your application",
    text: `keep on file... we'll see\n\n\n   ----- Forwarded Message -----\n   From: Maya Ortiz <maya.ortiz@northwind.example>\n   To: "jordan.lee@yahoo.com" <jordan.lee@yahoo.com>\n   Sent: Monday, March 2, 2026 at 09:14:07 AM EST\n   Subject: Your application\n   \n${REJECTION}\n`,
    from: MAYA,
    note: "keep on file... we'll see",
    date: "Monday, March 2, 2026 at 09:14:07 AM EST",
    to: [{ name: "", address: "jordan.lee@yahoo.com" }],
  },
  {
    name: "Yahoo Mail: headers run together on the separator's line",
    subject: "Fw: Candidatura",
    text: ` \n\n   ----- Forwarded Message ----- From: Giulia Bellini <giulia.bellini@bellini.example>To: "jordan.lee@yahoo.com" <jordan.lee@yahoo.com>Sent: Friday, October 10, 2025, 12:03:55 PM GMT+2Subject: Candidatura – Architetto junior\n Gentile Jordan,\n\nabbiamo scelto un altro candidato.\n`,
    from: { name: "Giulia Bellini", address: "giulia.bellini@bellini.example" },
    note: "",
    originalSubject: "Candidatura – Architetto junior",
    date: "Friday, October 10, 2025, 12:03:55 PM GMT+2",
    to: [{ name: "", address: "jordan.lee@yahoo.com" }],
    bodyStart: "Gentile Jordan,",
  },
  {
    name: "Yahoo Mail (es): Mensaje reenviado",
    subject: "Fwd: Tu candidatura",
    text: `----- Mensaje reenviado -----\nDe: Marta Iglesias <marta.iglesias@solana.example>\nPara: Jordan Lee <jordan.lee@yahoo.com>\nEnviado: miércoles, 8 de octubre de 2025, 09:15:00 CEST\nAsunto: Tu candidatura\n\nHola Jordan:\n\nPausamos el proceso.\n`,
    from: { name: "Marta Iglesias", address: "marta.iglesias@solana.example" },
    note: "",
    originalSubject: "Tu candidatura",
    bodyStart: "Hola Jordan:",
  },
  {
    name: "Samsung Email (mobile): Original message, note signed 'Sent from my Galaxy'",
    subject: "Fwd: Your application",
    text: `Ugh.\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: Maya Ortiz <maya.ortiz@northwind.example> \nDate: 1/6/26 10:02 AM (GMT-05:00) \nTo: jordan.lee@gmail.com \nSubject: Your application \n\n${REJECTION}\n`,
    from: MAYA,
    note: "Ugh.",
    date: "1/6/26 10:02 AM (GMT-05:00)",
    to: [{ name: "", address: "jordan.lee@gmail.com" }],
  },
  {
    name: "Gmail Android (de) note signed 'Von meinem iPhone gesendet'",
    subject: "Fwd: Ihre Bewerbung",
    text: `Schade\n\nVon meinem iPhone gesendet\n\n---------- Forwarded message ---------\nVon: Maya Ortiz <maya.ortiz@northwind.example>\nDate: Mo., 6. Jan. 2026, 10:02\nSubject: Ihre Bewerbung\nTo: <jordan.lee@gmail.com>\n\n\nHallo Jordan\n`,
    from: MAYA,
    note: "Schade",
    originalSubject: "Ihre Bewerbung",
    bodyStart: "Hallo Jordan",
  },
  {
    name: "Outlook for Android note, 'Get Outlook for Android'",
    subject: "Fw: Your application",
    text: `Sam ran the design round.\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n________________________________\nFrom: Maya Ortiz <maya.ortiz@northwind.example>\nSent: Tuesday, March 10, 2026 2:47:31 PM\nTo: jordan.lee@outlook.com <jordan.lee@outlook.com>\nSubject: Your application\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Sam ran the design round.",
    to: [{ name: "", address: "jordan.lee@outlook.com" }],
  },
  {
    name: "a forward that was itself quoted with '> '",
    subject: "Fwd: Your application",
    text: `See below.\n\n> ---------- Forwarded message ---------\n> From: Maya Ortiz <maya.ortiz@northwind.example>\n> Date: Mon, Jan 6, 2026 at 10:02 AM\n> Subject: Your application\n> To: <jordan.lee@gmail.com>\n>\n> Hi Jordan,\n>\n> We went with someone else.\n>\n> > On Fri, Jan 3, 2026 at 9:00 AM Jordan Lee <jordan.lee@gmail.com> wrote:\n> > Any news?\n`,
    from: MAYA,
    note: "See below.",
    bodyStart: "Hi Jordan,\n\nWe went with someone else.",
    bodyContains:
      "> On Fri, Jan 3, 2026 at 9:00 AM Jordan Lee <jordan.lee@gmail.com> wrote:\n> Any news?",
  },
  {
    name: "HTML-derived Gmail text with *bold* labels and <mailto:> links",
    subject: "Fwd: Your application",
    text: `FYI\n\n---------- Forwarded message ---------\n*From:* Maya Ortiz <maya.ortiz@northwind.example <mailto:maya.ortiz@northwind.example>>\n*Date:* Mon, Jan 6, 2026 at 10:02 AM\n*Subject:* Your application\n*To:* Jordan Lee <jordan.lee@gmail.com <mailto:jordan.lee@gmail.com>>\n\n\n${REJECTION}\n`,
    from: MAYA,
    note: "FYI",
    date: "Mon, Jan 6, 2026 at 10:02 AM",
    to: [JORDAN],
  },
  {
    name: "HTML-derived text: the From address wrapped onto the next line",
    subject: "Fwd: Your application",
    text: `---------- Forwarded message ---------\nFrom: Maya Ortiz <\nmaya.ortiz@northwind.example>\nDate: Mon, Jan 6, 2026 at 10:02 AM\nSubject: Your application\nTo: Jordan Lee < (mailto:jordan.lee@gmail.com) jordan.lee@gmail.com>\n\n${REJECTION}\n`,
    from: MAYA,
    note: "",
    to: [JORDAN],
  },
  {
    name: "HTML-derived Apple Mail: blank lines between header rows",
    subject: "Fwd: Your application",
    text: `Note\n\nBegin forwarded message:\n\nFrom: Maya Ortiz < (mailto:maya.ortiz@northwind.example) maya.ortiz@northwind.example>\n\nSubject: Your application\n\nDate: 6 January 2026 at 10:02:00 GMT\n\nTo: Jordan Lee < (mailto:jordanlee@icloud.com) jordanlee@icloud.com>\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Note",
    date: "6 January 2026 at 10:02:00 GMT",
    to: [{ name: "Jordan Lee", address: "jordanlee@icloud.com" }],
  },
  {
    name: "an empty Subject row does not swallow the body's first line",
    subject: "Fwd: Your application",
    text: `---------- Forwarded message ---------\nFrom: Maya Ortiz <maya.ortiz@northwind.example>\nDate: Mon, Jan 6, 2026\nSubject: \n\n${REJECTION}\n`,
    from: MAYA,
    note: "",
  },
  {
    name: "From as a bare address",
    subject: "Fwd: Your application",
    text: `---------- Forwarded message ---------\nFrom: maya.ortiz@northwind.example\nDate: Mon, Jan 6, 2026\nSubject: Your application\n\n${REJECTION}\n`,
    from: { name: "", address: "maya.ortiz@northwind.example" },
    note: "",
  },
  {
    name: "From as a name only",
    subject: "FW: Your application",
    text: `________________________________\nFrom: Maya Ortiz\nSent: Monday, January 6, 2026 10:02 AM\nTo: Jordan Lee\nSubject: Your application\n\n${REJECTION}\n`,
    from: { name: "Maya Ortiz", address: null },
    note: "",
  },
  {
    name: "From with a quoted 'Last, First' name and an encoded word",
    subject: "Fwd: Your application",
    text: `---------- Forwarded message ---------\nFrom: "Ortiz, Maya" <maya.ortiz@northwind.example>\nDate: Mon, Jan 6, 2026\nSubject: Your application\nTo: =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.es>\n\n${REJECTION}\n`,
    from: { name: "Ortiz, Maya", address: "maya.ortiz@northwind.example" },
    note: "",
    to: [{ name: "José García", address: "jose@example.es" }],
  },
  {
    name: "an HTML-bold sender name",
    subject: "Fwd: Your application",
    text: `---------- Forwarded message ---------\nFrom: *Maya Ortiz* <maya.ortiz@northwind.example>\nDate: Mon, Jan 6, 2026\nSubject: Your application\n\n${REJECTION}\n`,
    from: MAYA,
    note: "",
  },
  {
    name: "Outlook's 'on behalf of' in the From row",
    subject: "FW: Your application",
    text: `________________________________\nFrom: Maya Ortiz <maya.ortiz@northwind.example> on behalf of Northwind Careers <careers@northwind.example>\nSent: Monday, January 6, 2026 10:02 AM\nTo: Jordan Lee <jordan.lee@outlook.com>\nSubject: Your application\n\n${REJECTION}\n`,
    from: MAYA,
    note: "",
  },
  {
    name: "Outlook recipients separated by ';' with 'Last, First' names",
    subject: "FW: Your application",
    text: `________________________________\nFrom: Ortiz, Maya <maya.ortiz@northwind.example>\nSent: Monday, January 6, 2026 10:02 AM\nTo: Lee, Jordan <jordan.lee@outlook.com>; Sam Chen <sam.chen@northwind.example>\nCc: Okafor, Ada <ada@northwind.example>\nSubject: Your application\n\n${REJECTION}\n`,
    from: { name: "Ortiz, Maya", address: "maya.ortiz@northwind.example" },
    note: "",
    to: [
      { name: "Lee, Jordan", address: "jordan.lee@outlook.com" },
      { name: "Sam Chen", address: "sam.chen@northwind.example" },
    ],
    cc: [{ name: "Okafor, Ada", address: "ada@northwind.example" }],
  },
  {
    name: "a forward of a forward with nothing written in between: the innermost original",
    subject: "Fwd: Fwd: Your application",
    text: `For the tracker.\n\n---------- Forwarded message ---------\nFrom: Jordan Lee <jordan.lee@outlook.com>\nDate: Mon, Jan 6, 2026 at 11:00 AM\nSubject: FW: Your application\nTo: <jordan.lee@gmail.com>\n\n\n\n________________________________\nFrom: Maya Ortiz <maya.ortiz@northwind.example>\nSent: Monday, January 6, 2026 10:02 AM\nTo: Jordan Lee <jordan.lee@outlook.com>\nSubject: Your application\n\n${REJECTION}\n`,
    from: MAYA,
    note: "For the tracker.",
  },
  {
    name: "the original's own quoted history and signature stay in its body",
    subject: "FW: RE: Your application",
    text: `________________________________\nFrom: Maya Ortiz <maya.ortiz@northwind.example>\nSent: Thursday, October 16, 2025 4:55 PM\nTo: Jordan Lee <jordan.lee@outlook.com>\nSubject: RE: Your application\n\n${REJECTION}\n\n--\nMaya Ortiz | Head of Talent\n\n________________________________\nFrom: Jordan Lee <jordan.lee@outlook.com>\nSent: Monday, September 29, 2025 10:20 AM\nSubject: Your application\n\nAny news?\n`,
    from: MAYA,
    note: "",
    originalSubject: "RE: Your application",
    bodyContains:
      "--\nMaya Ortiz | Head of Talent\n\n________________________________\nFrom: Jordan Lee",
  },
  {
    name: "no Subject row: the forward's subject without its Fwd: prefix",
    subject: "Fwd: FW: Your application",
    text: `---------- Forwarded message ---------\nFrom: Maya Ortiz <maya.ortiz@northwind.example>\nDate: Mon, Jan 6, 2026\n\n${REJECTION}\n`,
    from: MAYA,
    note: "",
  },
  {
    name: "Outlook 2019 attribution separator (email-forward-parser fallback)",
    subject: "FW: Your application",
    text: `Sad.\n\nOn Mon, Jan 6, 2026 at 10:02 AM, "Maya Ortiz" <maya.ortiz@northwind.example> wrote:\n\n${REJECTION}\n`,
    from: MAYA,
    note: "Sad.",
    date: "Mon, Jan 6, 2026 at 10:02 AM",
  },
];

describe("unwrapForward: inline forwards", () => {
  it.each(INLINE_CASES)("$name", (c) => {
    const { format, note, original } = unwrapForward(message(c.subject, c.text));
    expect(format).toBe("inline");
    expect(original.from).toEqual(c.from);
    expect(note).toBe(c.note);
    expect(original.subject).toBe(c.originalSubject ?? "Your application");
    expect(original.body.startsWith(c.bodyStart ?? "Hi Jordan,")).toBe(true);
    if (c.date !== undefined) expect(original.date).toBe(c.date);
    if (c.to !== undefined) expect(original.to).toEqual(c.to);
    if (c.cc !== undefined) expect(original.cc).toEqual(c.cc);
    if (c.bodyContains !== undefined) expect(original.body).toContain(c.bodyContains);
  });
});

describe("unwrapForward: not a forward", () => {
  it.each([
    {
      name: "a plain message",
      subject: "Your application",
      text: REJECTION,
    },
    {
      name: "a contact's Outlook reply with the user's message below an underscore line",
      subject: "RE: Thank you",
      text: `Hi Jordan,\n\nHappy to be a reference.\n\nMaya\n\n________________________________\nFrom: Jordan Lee <jordan.lee@outlook.com>\nSent: Monday, January 5, 2026 9:00 AM\nTo: Maya Ortiz <maya.ortiz@northwind.example>\nSubject: Thank you\n\nThanks for your time!\n`,
    },
    {
      name: "a contact's German Outlook reply (AW:) with a Von:/Gesendet: block",
      subject: "AW: Vielen Dank",
      text: `Hallo Jordan,\n\ngerne.\n\nVon: Jordan Lee <jordan.lee@outlook.com>\nGesendet: Montag, 5. Januar 2026 09:00\nAn: Maya Ortiz <maya.ortiz@northwind.example>\nBetreff: Vielen Dank\n\nDanke!\n`,
    },
    {
      name: "an automatic reply quoting the message it answers",
      subject: "Automatische Antwort: Vielen Dank",
      text: `Ich bin bis zum 14. Januar nicht im Büro.\n\n________________________________\nVon: Jordan Lee <jordan.lee@outlook.com>\nGesendet: Montag, 5. Januar 2026 09:00\nAn: Maya Ortiz <maya.ortiz@northwind.example>\nBetreff: Vielen Dank\n\nDanke!\n`,
    },
    {
      name: "a contact's Gmail reply with an attribution line",
      subject: "Re: Thank you",
      text: `Hi Jordan,\n\nOf course.\n\nOn Mon, Jan 5, 2026 at 9:00 AM Jordan Lee <jordan.lee@gmail.com> wrote:\n> Thanks for your time!\n`,
    },
    {
      name: "a message that mentions forwarding in prose",
      subject: "Update",
      text: "I forwarded message templates to Sam.\nFrom: the desk of Maya\n",
    },
  ])("$name", ({ subject, text }) => {
    const email = message(subject, text, { from: [MAYA], to: [JORDAN] });
    const { format, note, original } = unwrapForward(email);
    expect(format).toBe("none");
    expect(note).toBe("");
    expect(original).toEqual({
      from: MAYA,
      to: [JORDAN],
      cc: [],
      replyTo: [],
      subject,
      date: email.date,
      body: text,
    });
  });
});

describe("unwrapForward: forwarded as an attachment", () => {
  it("takes the attached message as the original and the outer text as the note", () => {
    const attached = message("Your application", REJECTION, {
      from: [MAYA],
      to: [JORDAN],
      cc: [{ name: "Sam Chen", address: "sam.chen@northwind.example" }],
      date: "2026-01-06T10:02:00.000Z",
    });
    const outer = message(
      "FW: Your application",
      "Maya was the hiring manager.\n\nSent from my iPhone\n",
      { attachedMessages: [attached] },
    );
    expect(unwrapForward(outer)).toEqual({
      format: "attachment",
      note: "Maya was the hiring manager.",
      original: {
        from: MAYA,
        to: [JORDAN],
        cc: [{ name: "Sam Chen", address: "sam.chen@northwind.example" }],
        replyTo: [],
        subject: "Your application",
        date: "2026-01-06T10:02:00.000Z",
        body: REJECTION,
      },
    });
  });
});

describe("unwrapForward: hostile input", () => {
  const separator = "---------- Forwarded message ---------\n";
  it.each([
    { name: "2 MB on one line", text: "a".repeat(2 * 1024 * 1024) },
    { name: "200,000 blank lines", text: "\n".repeat(200_000) },
    { name: "100,000 lines of spaces", text: " \n".repeat(100_000) },
    {
      name: "a header line of nested angle brackets",
      text: `${separator}From: ${"a <".repeat(20_000)}\n`,
    },
    { name: "thousands of From lines", text: "From: a <b@c.d>\nSent: x\n".repeat(5_000) },
    { name: "thousands of separators", text: separator.repeat(10_000) },
    { name: "deep quoting", text: `${">".repeat(50_000)} From: x\n`.repeat(3) },
    { name: "an attribution with no end", text: `On ${"Mon, ".repeat(50_000)}` },
    {
      name: "lone surrogates and controls",
      text: `${separator}From: \ud800\udfff\u0000\u202e<\udc00@x.y>\n\n\u0301`,
    },
    {
      name: "thousands of run-together labels",
      text: `----- Forwarded Message ----- From: ${"a>To:".repeat(20_000)}`,
    },
  ])("survives $name", ({ text }) => {
    for (const subject of ["Fwd: x", "Re: x", "x"]) {
      const unwrapped = unwrapForward(message(subject, text));
      expect(typeof unwrapped.note).toBe("string");
      expect(typeof unwrapped.original.body).toBe("string");
    }
  });
});

describe("unwrapForward: fixtures", () => {
  const selfAddresses: readonly string[] = JORDAN_SELF.addresses;
  const forwards = FIXTURES.filter((fixture) => fixture.expected.route === "forward");
  const replies = FIXTURES.filter((fixture) => fixture.expected.route === "reply");

  it.each(forwards)("unwraps $name to the original sender", async ({ raw, expected }) => {
    const { format, original } = unwrapForward(await parseEmail(raw));
    expect(format).not.toBe("none");
    const address = original.from?.address ?? null;
    expect(address).not.toBeNull();
    expect(selfAddresses).not.toContain(address);
    // The sender is either one of the people to remember or a robot that is not one.
    const isContact = expected.contacts.some((contact) => contact.email === address);
    expect(isContact || isRobotAddress(address ?? "")).toBe(true);
  });

  it.each(replies)("leaves the direct reply $name as it is", async ({ raw }) => {
    const email = await parseEmail(raw);
    const { format, original } = unwrapForward(email);
    expect(format).toBe("none");
    expect(original.from).toEqual(email.from[0]);
  });
});
