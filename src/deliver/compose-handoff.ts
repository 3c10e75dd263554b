import type { ClaimedDraft } from "../db/deliveries.ts";
import { MESSAGE_KINDS } from "../domain/message-kind.ts";
import type { ServiceMail } from "./mailer.ts";
import { type ActionLink, plainHtml } from "./plain-html.ts";

/** Who a handoff goes to and comes from. */
export interface HandoffParties {
  serviceAddress: string;
  ownerAddress: string;
}

/** mailto: links longer than this are cut short by some clients; the text is always in the mail. */
const MAX_MAILTO_CHARS = 1800;

/**
 * An approved message mailed to the user ready to send themselves: recipient, subject, text,
 * and a link that opens it in their mail app (or LinkedIn). Used in handoff mode, for LinkedIn
 * notes and call scripts always, and when direct sending cannot be used.
 */
export function composeHandoff(
  draft: ClaimedDraft,
  subject: string,
  parties: HandoffParties,
  note: string | null,
): ServiceMail {
  const who = draft.contactName ?? draft.contactEmail ?? "your contact";
  const label = MESSAGE_KINDS[draft.kind].label;
  const lines: string[] = [];
  /** Links spelt out in the text part; the HTML part shows them as buttons instead. */
  const linkLines: string[] = [];
  let title: string;
  const links: ActionLink[] = [];
  if (draft.channel === "linkedin") {
    title = `LinkedIn note for ${who}`;
    lines.push(
      `Send this note with a LinkedIn invitation to ${who}${draft.company ? ` (${draft.company})` : ""}:`,
      "",
      draft.body,
    );
    const profile = draft.linkedinUrl ?? linkedInSearch(who, draft.company);
    linkLines.push(`Find them on LinkedIn: ${profile}`);
    links.push({ label: "Open LinkedIn", href: profile });
  } else if (draft.channel === "call") {
    title = `Call script for ${who}`;
    lines.push(`A short voicemail for ${who}, if you call:`, "", draft.body);
  } else {
    title = `Ready to send: ${label} to ${who}`;
    const to = draft.contactEmail ?? "(no address yet: add it before sending)";
    lines.push(
      "Here is the message you approved, ready to send from your own mail app.",
      "",
      `To: ${draft.contactName && draft.contactEmail ? `${draft.contactName} <${to}>` : to}`,
      `Subject: ${subject}`,
      "",
      draft.body,
    );
    if (draft.contactEmail) {
      const href = mailtoLink(draft.contactEmail, subject, draft.body);
      linkLines.push(`Open it in your mail app: ${href}`);
      links.push({ label: "Open in my mail app", href });
    }
  }
  if (note) lines.push("", `Why this came to you: ${note}`);
  const text = [...lines, ...linkLines.flatMap((l) => ["", l])].join("\n");
  return {
    from: { name: "Rebound", address: parties.serviceAddress },
    to: parties.ownerAddress,
    subject: title,
    text: `${text}\n`,
    html: plainHtml(lines.join("\n"), links),
    // RFC 3834: written by a program; clients and Rebound itself will not auto-reply to it.
    headers: { "Auto-Submitted": "auto-generated" },
  };
}

/** Several approved LinkedIn notes in one mail: each with whom, the text and a profile search. */
export function composeLinkedInHandoff(
  notes: readonly ClaimedDraft[],
  parties: HandoffParties,
): ServiceMail {
  const lines: string[] = [
    `${notes.length} LinkedIn notes, ready to send with your invitations. For each: open the link, find the person, tap Connect, add a note and paste the text.`,
  ];
  const links: ActionLink[] = [];
  notes.forEach((note, i) => {
    const who = note.contactName ?? note.contactEmail ?? "your contact";
    const profile = note.linkedinUrl ?? linkedInSearch(who, note.company);
    lines.push(
      "",
      `${i + 1}. ${who}${note.company ? ` (${note.company})` : ""}`,
      "",
      note.body,
      "",
      `Find them on LinkedIn: ${profile}`,
    );
    links.push({ label: `Find ${who} on LinkedIn`, href: profile });
  });
  const text = lines.join("\n");
  return {
    from: { name: "Rebound", address: parties.serviceAddress },
    to: parties.ownerAddress,
    subject: `${notes.length} LinkedIn notes to send`,
    text: `${text}\n`,
    html: plainHtml(text, links),
    headers: { "Auto-Submitted": "auto-generated" },
  };
}

/** A mailto: link with the subject and body filled in (the body is dropped when it is too long). */
export function mailtoLink(to: string, subject: string, body: string): string {
  const base = `mailto:${encodeURIComponent(to).replace("%40", "@")}?subject=${encodeURIComponent(subject)}`;
  const full = `${base}&body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`;
  return full.length <= MAX_MAILTO_CHARS ? full : base;
}

function linkedInSearch(name: string, company: string | null): string {
  const keywords = company ? `${name} ${company}` : name;
  return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(keywords)}`;
}
