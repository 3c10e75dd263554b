import type { ContactKind, ExtractedContact } from "../../schemas/understanding.ts";

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

/** A new contact for a person a message names: what the message says of them, nothing else yet. */
export function contactFromPerson(
  person: ExtractedContact,
  id: string,
  companyId: string | null,
): Contact {
  return {
    id,
    companyId,
    name: person.name,
    email: person.email,
    title: person.title ?? null,
    kind: person.kind,
    notes: person.note ?? "",
    warm: person.warm ?? false,
    doNotContact: false,
    linkedinUrl: null,
  };
}
