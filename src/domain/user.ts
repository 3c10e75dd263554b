export type DeliveryMode = "handoff" | "direct";

/** A job seeker served by this deployment. Everything else Rebound stores belongs to one. */
export interface User {
  id: string;
  /** Where Email Routing delivers this user's mail (lower-cased, no plus tag). */
  inboxAddress: string;
  /** The everyday address: digests go here, forwards come from here. */
  ownerAddress: string;
  /** Owner address first, then any other address the user forwards from. */
  addresses: string[];
  displayName: string | null;
  timeZone: string;
  digestHour: number;
  targetCompanies: string[];
  deliveryMode: DeliveryMode;
  /** Offer voicemail scripts instead of some emails (PRODUCT.md, advice 9). */
  prefersCalling: boolean;
  /** Paused by the user's `pause`: nothing is planned and no digest goes out until `resume`. */
  paused: boolean;
  /** The user's address on a domain onboarded to Email Sending; direct mail goes out from it. */
  sendingAddress: string | null;
  /** The language the user prefers drafts in (ISO 639-1); null or absent: the employer's. */
  draftLanguage?: string | null;
  /** Answer in the employer's language when Rebound writes it (the default when absent). */
  followEmployerLanguage?: boolean;
}
