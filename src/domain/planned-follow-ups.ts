import type { Channel, MessageKind } from "./message-kind.ts";

/** A draft as written when it is planned. */
export interface NewDraft {
  id: string;
  contactId: string;
  companyId: string | null;
  inboundId: string;
  kind: MessageKind;
  channel: Channel;
  rule: string;
  subject: string;
  body: string;
  dueAt: string;
  /** Who wrote the text: the template, or Claude personalising it. */
  engine?: "template" | "claude";
  /** The draft's language (ISO 639-1) and register ("formal" | "informal"). */
  language?: string | null;
  register?: string | null;
}

/** Everything planning changes for one inbound message, written with it in one transaction. */
export interface PlannedFollowUps {
  drafts: NewDraft[];
  supersedeNudgesFor: string[];
  postpone: { contactId: string; until: string }[];
  warm: string[];
  /**
   * Drafts planned for people a contact's mail introduced (still pending): held, not drafted,
   * until the user confirms them (`confirm N`, src/db/commands.ts).
   */
  held?: NewDraft[];
}
