import type { DigestData, DraftItem } from "../../src/domain/digest-data.ts";
import { MESSAGE_KINDS, type MessageKind } from "../../src/domain/message-kind.ts";

/** A long German company name: one word that no line can hold at 360 px. */
export const LONG_COMPANY = "Energieversorgungsunternehmensdienstleistungsgesellschaft mbH";
/** A long address in that company's domain. */
export const LONG_ADDRESS =
  "friederike.mueller-luedenscheidt@energieversorgungsunternehmensdienstleistungsgesellschaft.example";

function draft(
  draftId: string,
  kind: MessageKind,
  recipient: { name: string | null; email: string | null; company: string | null },
  subject: string,
  body: string,
): DraftItem {
  const info = MESSAGE_KINDS[kind];
  return {
    draftId,
    version: 1,
    kind,
    channel: info.channel,
    recipientName: recipient.name,
    recipientEmail: recipient.email,
    company: recipient.company,
    subject,
    body,
    why: info.purpose,
  };
}

/** A busy morning for Jordan Lee: rejections, two kind replies, six drafts, the odd problem. */
export const SAMPLE_DIGEST_DATA: DigestData = {
  user: { displayName: "Jordan Lee", timeZone: "Europe/Berlin" },
  localDate: "2026-11-23",
  incoming: [
    {
      category: "rejection",
      reason: "other_candidate",
      company: "Northwind Robotics",
      role: "Senior Backend Engineer",
      from: "Maya Ortiz",
      subject: "Your application for Senior Backend Engineer",
      route: "forward",
    },
    {
      category: "rejection",
      reason: "on_hold",
      company: LONG_COMPANY,
      role: "Plattformingenieur",
      from: "Friederike Müller-Lüdenscheidt",
      subject: "Ihre Bewerbung als Plattformingenieur (m/w/d)",
      route: "forward",
    },
    {
      category: "feedback",
      reason: null,
      company: "Northwind Robotics",
      role: "Senior Backend Engineer",
      from: "Rachel Adeyemi",
      subject: "Re: Thank you, and a quick question",
      route: "reply",
    },
    {
      category: "referral_offer",
      reason: null,
      company: "Globex Systems",
      role: null,
      from: "Sam Chen",
      subject: "Re: A small favour, if you're open to it",
      route: "reply",
    },
    {
      category: "auto_reply",
      reason: null,
      company: "Initech",
      role: null,
      from: "Priya Nair",
      subject: "Automatic reply: Thank you for your time",
      route: "reply",
    },
  ],
  drafts: [
    draft(
      "d-rachel-thanks",
      "thanks_for_feedback",
      {
        name: "Rachel Adeyemi",
        email: "rachel.adeyemi@northwind.example",
        company: "Northwind Robotics",
      },
      "Thank you for the feedback",
      "Hi Rachel,\n\nThank you for taking the time to write back, and for being so open about the system design round. It's exactly the kind of detail that's hard to get, and I'll put it to good use.\n\nIf I can ever return the favour, I'd be glad to.\n\nBest regards,\nJordan Lee",
    ),
    draft(
      "d-sam-thanks",
      "thanks_for_referral",
      { name: "Sam Chen", email: "sam.chen@globex.example", company: "Globex Systems" },
      "Thank you, Sam",
      "Hi Sam,\n\nThank you so much for offering to introduce me to the platform team at Globex Systems. I really appreciate it.\n\nI've attached my CV in case it helps; a short note about my work on fleet telemetry is at https://jordanlee.dev/projects/fleet-telemetry-pipeline-2026-case-study.\n\nAnd if there's anything I can do for you in return, please just ask.\n\nMany thanks,\nJordan Lee",
    ),
    draft(
      "d-friederike-thanks",
      "appreciation",
      { name: "Friederike Müller-Lüdenscheidt", email: LONG_ADDRESS, company: LONG_COMPANY },
      "Vielen Dank für das Gespräch",
      "Sehr geehrte Frau Müller-Lüdenscheidt,\n\nvielen Dank für Ihre Zeit und das offene Gespräch über die Plattformstrategie der Energieversorgungsunternehmensdienstleistungsgesellschaft. Ich verstehe, dass die Stelle vorerst ruht, und freue mich, wenn wir in Kontakt bleiben.\n\nMit freundlichen Grüßen\nJordan Lee",
    ),
    draft(
      "d-jonas-linkedin",
      "linkedin_note",
      { name: "Jonas Weber", email: null, company: LONG_COMPANY },
      "",
      "Hi Jonas, I enjoyed our conversation about grid telemetry during my interview process and would be glad to stay connected. Jordan Lee",
    ),
    draft(
      "d-tom-call",
      "call_script",
      { name: "Tom Becker", email: "tom.becker@initech.example", company: "Initech" },
      "Voicemail: thank-you",
      "Hi Tom, it's Jordan Lee. Thank you again for the time you gave me during the interviews for the Site Reliability role. I understand it was a business decision, and I wish you and the team all the best. If anything changes, I'd be glad to talk; you can reach me on this number. Again, it's Jordan Lee.",
    ),
    draft(
      "d-maya-feedback",
      "feedback_request",
      { name: "Maya Ortiz", email: "maya.ortiz@northwind.example", company: "Northwind Robotics" },
      "Thank you, and a quick question",
      "Hi Maya,\n\nThank you for letting me know, and for the time you and the panel gave me. I understand it was a business decision, and I wish you and whoever takes on the role all the best.\n\nIf you ever have a moment, is there anything that would have made me a stronger candidate? Whenever suits you, and no worries at all if not.\n\nBest regards,\nJordan Lee",
    ),
  ],
  upcoming: [
    {
      kind: "check_in_90_day",
      recipientName: "Helena Marsh",
      company: "Pinecrest Media",
      dueDate: "2026-11-26",
    },
    {
      kind: "stay_in_touch",
      recipientName: "Priya Nair",
      company: "Initech",
      dueDate: "2026-11-28",
    },
  ],
  missingAddresses: [
    { name: "Lena Fischer", company: LONG_COMPANY, contactId: "c-lena" },
    { name: "Jonas Weber", company: LONG_COMPANY, contactId: "c-jonas" },
  ],
  peopleToConfirm: [
    {
      contactId: "c-amara",
      name: "Amara Okonkwo-Lindqvist",
      email: "amara.okonkwo-lindqvist@talent-partners-international.example",
      introducedBy: "Rachel Adeyemi",
    },
  ],
  attention: [
    {
      problem: "unsure",
      subject: "Update on your application",
      detail: "looks like rejection, but Rebound is not sure",
    },
    { problem: "failed", subject: "Fwd: (no subject)", detail: "the attachment could not be read" },
  ],
  week: { rejections: 2, conversations: 2, sent: 3, replies: 3 },
  progress: {
    week: { applications: 2, conversations: 2, replies: 3 },
    total: { applications: 9, conversations: 3, replies: 5 },
  },
};
