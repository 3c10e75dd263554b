import type { Channel, MessageKind } from "../drafts/message-kinds.ts";

/** Everything one user's digest may show, read from D1 in one go; plain data. */
export interface DigestData {
  user: { displayName: string | null; timeZone: string };
  /** The user's local calendar date the digest is for, "2026-11-23". */
  localDate: string;
  /** Messages that arrived since the previous digest (or the last 24 h). */
  incoming: IncomingItem[];
  /** Drafts due now, in the order they will be numbered. */
  drafts: DraftItem[];
  /** Drafts falling due within the next 7 days (not yet offered for approval). */
  upcoming: UpcomingItem[];
  /** People Rebound would write to but has no email address for. */
  missingAddresses: { name: string; company: string | null }[];
  /** Messages Rebound was unsure about (low confidence) or failed to process. */
  attention: AttentionItem[];
  /**
   * People only a contact's own mail introduced (its From can be forged): no draft is planned
   * to them until the user confirms them (`confirmPendingContact` in src/db/inbound.ts).
   */
  peopleToConfirm?: PersonToConfirm[];
  /** Last 7 days, to keep a discouraged job seeker going. */
  week: { rejections: number; conversations: number; sent: number; replies: number };
}

export interface IncomingItem {
  category: string;
  reason: string | null;
  company: string | null;
  role: string | null;
  /** Who wrote: the original sender's name or address. */
  from: string | null;
  subject: string;
  route: "forward" | "reply";
}

export interface DraftItem {
  draftId: string;
  version: number;
  kind: MessageKind;
  channel: Channel;
  recipientName: string | null;
  recipientEmail: string | null;
  company: string | null;
  subject: string;
  body: string;
  /** One line: why this draft exists (the kind's purpose, or the rule). */
  why: string;
  /** Why its last send failed, when it did: offered again until approved or skipped. */
  failure?: string | null;
  /** The draft's language (ISO 639-1: "de"), null for drafts older than migration 0009. */
  language?: string | null;
}

export interface UpcomingItem {
  kind: MessageKind;
  recipientName: string | null;
  company: string | null;
  dueDate: string;
}

export interface AttentionItem {
  problem: "unsure" | "failed";
  subject: string;
  detail: string;
}

export interface PersonToConfirm {
  contactId: string;
  name: string | null;
  email: string | null;
  /** The contact whose mail named them. */
  introducedBy: string | null;
}
