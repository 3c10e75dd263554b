import type { Invitation, Mailbox } from "./parsed-email.ts";

/** An invitation is a few KB; a larger calendar part is not read. */
const MAX_INVITATION_BYTES = 64 * 1024;
/** An invitation names a panel, not a mailing list; past this the rest is ignored. */
const MAX_ATTENDEES = 20;

interface CalendarProperty {
  getFirstValue(): unknown;
  getParameter(name: string): unknown;
}

/**
 * The organiser and attendees of an iCalendar invitation, or undefined when the part is too
 * large or does not parse. ical.js is loaded only for mail that carries an invitation.
 */
export async function readInvitation(
  content: string | ArrayBuffer | Uint8Array,
): Promise<Invitation | undefined> {
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_INVITATION_BYTES) return undefined;
  const text = typeof content === "string" ? content : new TextDecoder().decode(content);
  const { default: ICAL } = await import("ical.js");
  let roots: InstanceType<typeof ICAL.Component>[];
  try {
    const parsed = ICAL.parse(text);
    // One top-level component parses to its jCal array; several to an array of them.
    const jcal = (typeof parsed[0] === "string" ? [parsed] : parsed) as unknown[];
    roots = jcal.map(
      (c) => new ICAL.Component(c as ConstructorParameters<typeof ICAL.Component>[0]),
    );
  } catch {
    return undefined;
  }
  const invitation: Invitation = { organizer: null, attendees: [] };
  const events = roots.flatMap((root) =>
    root.name === "vevent" ? [root] : root.getAllSubcomponents("vevent"),
  );
  for (const event of events) {
    for (const property of event.getAllProperties("organizer")) {
      invitation.organizer ??= mailboxOf(property);
    }
    for (const property of event.getAllProperties("attendee")) {
      const mailbox = mailboxOf(property);
      if (mailbox && invitation.attendees.length < MAX_ATTENDEES)
        invitation.attendees.push(mailbox);
    }
  }
  return invitation;
}

/** "CN=Kofi Osei … :mailto:kofi@…" as a mailbox; null when the value is no mail address. */
function mailboxOf(property: CalendarProperty): Mailbox | null {
  const address = String(property.getFirstValue() ?? "")
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) return null;
  const name = property.getParameter("cn");
  return { name: typeof name === "string" ? name.trim() : "", address };
}
