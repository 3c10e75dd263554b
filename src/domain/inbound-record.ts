import type { Category } from "../../schemas/understanding.ts";
import type { Contact } from "./contact.ts";

/** How a message came in: the owner's forward, or a known contact writing to their address. */
export type InboundRoute = "forward" | "reply";

/** The inbound_messages row kept for one message. */
export interface InboundRow {
  id: string;
  route: InboundRoute;
  messageId: string | null;
  contentHash: string;
  originalKey: string | null;
  envelopeFrom: string;
  sender: string | null;
  subject: string;
  receivedAt: string;
  rawSize: number;
  note: string;
  extractedText: string;
  originalFrom: string | null;
  originalSubject: string | null;
  originalDate: string | null;
  forwardFormat: string | null;
  language: string | null;
  category: Category | null;
  reason: string | null;
  confidence: number | null;
  engine: string | null;
  needsReview: boolean;
  loopGuard: string | null;
  companyId: string | null;
  applicationId: string | null;
  contactId: string | null;
  status: "processed" | "failed";
  error: string | null;
  /** The raw message in D1 (only when it fits a row and no bucket is bound), or null. */
  raw: string | null;
  /** Where the raw message is kept: see `RawStore` (src/inbound/raw-store.ts). */
  rawStore: "r2" | "d1" | "d1_base64" | "hash" | null;
  rawKey: string | null;
  rawSha256: string | null;
}

export interface ContactWrite {
  op: "create" | "update";
  contact: Contact;
  /** For a pending person: the contact whose mail introduced them (or named them in passing). */
  introducedBy?: string | null;
  /** A person the message named only in passing, stored pending for the digest to ask about. */
  namedInPassing?: boolean;
  /**
   * True when the owner's forward names someone who was pending: they are confirmed, and what
   * a contact's mail held for them is dropped (the forward plans afresh, without duplicates).
   */
  confirmedByOwner?: boolean;
}

export interface ApplicationWrite {
  id: string;
  companyId: string;
  role: string | null;
  roleKey: string;
  stage: string;
  outcome: string | null;
}

/** Every row one inbound message writes, decided before any of it is written. */
export interface InboundRecord {
  inbound: InboundRow;
  newCompany: { id: string; name: string; key: string; domain: string | null } | null;
  application: ApplicationWrite | null;
  contacts: ContactWrite[];
  links: { contactId: string; kind: string }[];
}
