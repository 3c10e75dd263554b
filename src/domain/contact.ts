import type { ContactKind } from "../../schemas/understanding.ts";

/** A person the user met or heard from, as stored. */
export interface Contact {
  id: string;
  companyId: string | null;
  name: string | null;
  email: string | null;
  title: string | null;
  kind: ContactKind | "other";
  notes: string;
  warm: boolean;
  doNotContact: boolean;
  linkedinUrl: string | null;
  /**
   * True for a person only a contact's own mail introduced (its From is forgeable): no draft
   * is planned to them until the user confirms them. Absent means confirmed.
   */
  pending?: boolean;
}
