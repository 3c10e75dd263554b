import type { Invitation, Mailbox } from "../mail/parsed-email.ts";

/**
 * A calendar's guest list heading, alone on its line, in the seven languages: "Guests",
 * "Attendees", "Gäste", "Teilnehmer", "Invités", "Invitados", "Invitati", "Gasten",
 * "Convidados" (a forwarded invitation whose calendar part was left behind keeps it as text).
 */
const GUESTS_HEADING =
  /^[ \t>*]*(?:guests|attendees|invitees|participants|gäste|teilnehmer(?:innen)?|teilnehmende|invités|invitées|invitados|participantes|invitati|partecipanti|gasten|deelnemers|convidados)[ \t]*:?[ \t]*$/imu;

/** A guest row's part: "- organizer", "(Organisator)", "– optional", in the seven languages. */
const GUEST_PART =
  /\s*(?:[-–—]\s*|\()\s*(?:organi[sz]er|organi[sz]ateur|organisatrice|organisator(?:in)?|organizador(?:a)?|organizzat(?:ore|rice)|optional|facultatif|opcional|facoltativo|optioneel|opcional)\)?\s*$/iu;

/** An address alone on a row. */
const ADDRESS_ROW = /^[\w.%+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,24}$/i;

/**
 * A row that can only be a name: two to four capitalised words, particles between them allowed
 * ("Fleur de Wit", "João dos Santos"), nothing else.
 */
const NAME_ROW =
  /^\p{Lu}[\p{L}'’.-]*(?: (?:(?:van|von|de|der|den|da|di|do|dos|das|del|della|du|la|le|ten|ter) )*\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Rows a guest list holds at most: the rest is a mailing, not a meeting. */
const MAX_GUEST_ROWS = 20;

/**
 * The guests a forwarded invitation lists as text under its heading, one a row, each an
 * address or a name ("nils.okafor@…", "Mei Tanaka", "Paula Grieve - organizer"), up to the first row
 * that is neither. Null when the text has no guest list.
 */
export function guestListInText(text: string): Invitation | null {
  const heading = GUESTS_HEADING.exec(text);
  if (heading === null) return null;
  const rows = text.slice(heading.index + heading[0].length).split("\n");
  let organizer: Mailbox | null = null;
  const attendees: Mailbox[] = [];
  // The heading's own line break leaves an empty first row.
  for (const raw of rows.slice(1, MAX_GUEST_ROWS + 1)) {
    const line = raw.replace(/^[ \t>*•-]*/, "").trim();
    const row = line.replace(GUEST_PART, "");
    let guest: Mailbox;
    if (ADDRESS_ROW.test(row)) guest = { name: "", address: row.toLowerCase() };
    else if (NAME_ROW.test(row)) guest = { name: row, address: null };
    else break;
    if (row !== line && organizer === null && /organi[sz]/i.test(line)) organizer = guest;
    else attendees.push(guest);
  }
  return organizer === null && attendees.length === 0 ? null : { organizer, attendees };
}
