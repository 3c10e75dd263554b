import type { Channel, MessageKind } from "./message-kind.ts";

/** Everything one user's digest may show, read from D1 in one go; plain data. */
export interface DigestData {
  user: {
    displayName: string | null;
    timeZone: string;
    /** For the welcome: where to forward, from where, and when the digest comes. */
    forwardingAddress?: string;
    ownerAddress?: string;
    digestHour?: number;
  };
  /** The user's local calendar date the digest is for, "2026-11-23". */
  localDate: string;
  /** True for the first digest after sign-up: it opens with a five-line welcome. */
  firstDigest?: boolean;
  /** Messages that arrived since the previous digest (since sign-up for the first one). */
  incoming: IncomingItem[];
  /** Drafts due now, in the order they will be numbered. */
  drafts: DraftItem[];
  /** Drafts falling due within the next 7 days (not yet offered for approval). */
  upcoming: UpcomingItem[];
  /** People Rebound would write to but has no email address for. */
  missingAddresses: { name: string; company: string | null; contactId?: string }[];
  /** Messages Rebound was unsure about (low confidence) or failed to process. */
  attention: AttentionItem[];
  /**
   * People only a contact's own mail introduced (its From can be forged): no draft is planned
   * to them until the user confirms them by reply (`confirm N`; `not N` removes them).
   */
  peopleToConfirm?: PersonToConfirm[];
  /** Last 7 days, to keep a discouraged job seeker going. */
  week: { rejections: number; conversations: number; sent: number; replies: number };
  /** The progress chart: this week and since sign-up. */
  progress?: { week: ProgressCounts; total: ProgressCounts };
}

/** What the progress chart counts. Rejections are not a score, so they are not among them. */
export interface ProgressCounts {
  applications: number;
  /** Rejections that turned into a conversation: feedback or an offer of help came back. */
  conversations: number;
  replies: number;
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
  /** Named only in passing in an email's prose, rather than introduced by a contact's mail. */
  namedInPassing?: boolean;
  /** The company that email was about, when known. */
  company?: string | null;
}
