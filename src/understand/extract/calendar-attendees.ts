import type { Mailbox } from "../../inbound/parsed-email.ts";

/** An invitation names a panel, not a mailing list; past this the rest is ignored. */
const MAX_ATTENDEES = 20;

/** "ATTENDEE;CN=Olu Bankole;ROLE=REQ-PARTICIPANT:mailto:olu@…" once folded lines are joined. */
const PERSON_LINE = /^(ORGANIZER|ATTENDEE)((?:;[^:\r\n]*)?):mailto:([^\s;]+)\s*$/gim;
const COMMON_NAME = /;CN=(?:"([^"]*)"|([^;:]*))/i;

/** The organiser and attendees of an iCalendar invitation, with their names when given. */
export function calendarAttendees(calendar: string | undefined): {
  organizer: Mailbox | null;
  attendees: Mailbox[];
} {
  const out = { organizer: null as Mailbox | null, attendees: [] as Mailbox[] };
  if (!calendar) return out;
  // RFC 5545 folds long lines: a line break followed by one space or tab continues the line.
  const unfolded = calendar.replace(/\r?\n[ \t]/g, "");
  for (const m of unfolded.matchAll(PERSON_LINE)) {
    const params = COMMON_NAME.exec(m[2] ?? "");
    const name = (params?.[1] ?? params?.[2] ?? "").replace(/\\,/g, ",").trim();
    const address = (m[3] ?? "").toLowerCase();
    if (!address.includes("@")) continue;
    const mailbox = { name, address };
    if ((m[1] ?? "").toUpperCase() === "ORGANIZER") out.organizer ??= mailbox;
    else if (out.attendees.length < MAX_ATTENDEES) out.attendees.push(mailbox);
  }
  return out;
}
