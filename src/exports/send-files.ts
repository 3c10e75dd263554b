import { loadCalendarFollowUps, loadExportData } from "../db/exports.ts";
import type { UserSettings } from "../db/settings.ts";
import type { Mailer } from "../deliver/mailer.ts";
import { followUpCalendar } from "./calendar.ts";
import { buildExportFiles, type ExportFile } from "./export-files.ts";

/** Who the files go to and come from. */
export interface FileParties {
  serviceAddress: string;
  ownerAddress: string;
  userId: string;
}

/** What `export` or `calendar` did, for the confirmation: one sentence each. */
export type FilesOutcome = string[];

/**
 * Mails the user their data (`export`) or their follow-ups as a calendar (`calendar`), as
 * attachments through the Email Sending builder. A failed send is reported, never thrown:
 * the reply's other commands already stand.
 */
export async function sendRequestedFiles(
  db: D1Database,
  mailer: Mailer,
  parties: FileParties,
  request: {
    exportData: boolean;
    calendar: "send" | "revoke" | null;
    settings: UserSettings | null;
    /** The feed's address when this reply created it; null when it already existed or was revoked. */
    calendarUrl: string | null;
    calendarWasActive: boolean;
  },
  now: Date,
): Promise<FilesOutcome> {
  const said: string[] = [];
  if (request.exportData) {
    const files = buildExportFiles(await loadExportData(db, parties.userId), request.settings, now);
    const sent = await mailFiles(mailer, parties, {
      subject: "Your Rebound data",
      text: [
        "Attached is everything Rebound keeps about your search:",
        "",
        "- rebound-contacts.vcf: the people you met, as vCard 4.0 (import into Google Contacts, Apple Contacts or Outlook)",
        "- rebound-contacts.csv and rebound-applications.csv: the same as tables",
        "- rebound-export.json: everything, including your follow-ups and the messages Rebound read (no raw mail)",
      ].join("\n"),
      files,
    });
    said.push(
      sent === true
        ? "Your data is on its way in a separate email: contacts (vCard and CSV), applications (CSV) and everything as JSON."
        : `Could not mail your export: ${sent}`,
    );
  }
  if (request.calendar === "send") {
    const followUps = await loadCalendarFollowUps(db, parties.userId);
    const feed = request.calendarUrl
      ? `Subscribe to it instead, and your calendar stays up to date by itself: ${request.calendarUrl} (reply "calendar revoke" to turn that address off).`
      : request.calendarWasActive
        ? 'Your calendar address is already on (it was in an earlier email); reply "calendar revoke" to turn it off, then "calendar" for a new one.'
        : "";
    const sent = await mailFiles(mailer, parties, {
      subject: "Your Rebound follow-ups (calendar)",
      text: [
        `Attached: ${followUps.length} follow-up${followUps.length === 1 ? "" : "s"} as a calendar file; open it to add them to your calendar.`,
        ...(feed ? ["", feed] : []),
      ].join("\n"),
      files: [
        {
          filename: "rebound-follow-ups.ics",
          type: "text/calendar",
          content: followUpCalendar(followUps, now),
        },
      ],
    });
    said.push(
      sent === true
        ? `Your ${followUps.length} follow-up${followUps.length === 1 ? " is" : "s are"} on the way as a calendar file in a separate email.${request.calendarUrl ? " It also has your calendar's private web address." : ""}`
        : `Could not mail your calendar: ${sent}`,
    );
  }
  if (request.calendar === "revoke") {
    said.push(
      request.calendarWasActive
        ? 'Your calendar\'s web address is off: calendars subscribed to it get nothing more. Reply "calendar" for a new one.'
        : "Your calendar had no web address to turn off.",
    );
  }
  return said;
}

async function mailFiles(
  mailer: Mailer,
  parties: FileParties,
  mail: { subject: string; text: string; files: ExportFile[] },
): Promise<true | string> {
  try {
    await mailer.send({
      from: { name: "Rebound", email: parties.serviceAddress },
      to: parties.ownerAddress,
      subject: mail.subject,
      text: `${mail.text}\n`,
      headers: { "Auto-Submitted": "auto-replied" },
      attachments: mail.files.map((f) => ({
        disposition: "attachment" as const,
        filename: f.filename,
        type: f.type,
        content: f.content,
      })),
    });
    return true;
  } catch (error) {
    console.error("files not sent", parties.userId, error instanceof Error ? error.message : error);
    return "the mail service refused it; try again later.";
  }
}
