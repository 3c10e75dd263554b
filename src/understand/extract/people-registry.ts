import type { ContactKind } from "../../../schemas/understanding.ts";
import { addressFitsName, initialledName, namesMatch } from "./names.ts";
import {
  disqualifiedAsPerson,
  isEvidencedPerson,
  isGivenName,
  isPersonalMailbox,
  personFromAddress,
} from "./person-evidence.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import { isShortFormOf } from "./short-forms.ts";
import { fold } from "./text.ts";

/** Nobody remembers more people from one application; bounds the merging work. */
export const MAX_CONTACTS = 30;

/** One person as gathered so far, before becoming an ExtractedContact. */
export interface Person {
  name: string | null;
  email: string | null;
  kind: ContactKind;
  /** 3 the user said so, 2 a title or a referral said so, 1 a guess from where they appeared. */
  kindStrength: number;
  title: string | null;
  notes: string[];
  warm: boolean;
  /** The user's note named them: taken at the user's word. */
  fromNote?: boolean;
  /** A title said beside the name ("Kelechi, our hiring manager") vouches for it. */
  vouched?: boolean;
  /** The message says they referred the user ("Dana Whitfield referred you"). */
  referrer?: boolean;
  /** The message gives them to the reader to turn to ("your contact is", "für Sie da"). */
  readersContact?: boolean;
  /** Named by the surname alone after an honorific ("Herrn Brandauer", "Mme Roux"). */
  bySurname?: boolean;
  /** Named only in passing in the prose (no address, no introduction), nowhere else so far. */
  inPassing?: boolean;
}

/** A person as first found: no notes yet, not warm. */
export function newPerson(
  name: string | null,
  email: string | null,
  kind: ContactKind,
  kindStrength: number,
  title: string | null = null,
): Person {
  return { name, email, kind, kindStrength, title, notes: [], warm: false };
}

/** Everyone found so far, merged by address or name. */
export class People {
  readonly list: Person[] = [];
  private readonly self: SelfMatcher;

  constructor(self: SelfMatcher) {
    this.self = self;
  }

  /**
   * Adds a person, merging with one already known; returns the stored record, or null if skipped.
   * Only the user's own note is taken at its word: anyone else must be evidenced as a person
   * (a given name, or a personal mailbox that spells the name), so a job title, a team or a
   * robot's mailbox never becomes someone to write to.
   */
  add(person: Person, fromNote = false): Person | null {
    if (person.email !== null && !isPersonalMailbox(person.email)) person.email = null;
    if (
      this.self.isSelfAddress(person.email) ||
      this.self.spellsSelf(person.email) ||
      this.self.isSelfName(person.name)
    )
      return null;
    if (!fromNote) {
      // A title beside the name ("Kelechi, our hiring manager") vouches for a name the
      // lexicon does not know.
      // No title vouches for a name whose words say it is a firm, a team or a service.
      if (
        person.name !== null &&
        (disqualifiedAsPerson(person.name) ||
          (person.vouched !== true && !isEvidencedPerson(person.name, person.email)))
      )
        person.name = null;
      // A nameless address is someone only when it spells a name ("maya.ortiz@"), and that
      // name is evidenced as a person's ("candidate.experience@" spells no one).
      if (person.name === null && person.email !== null)
        person.name = personFromAddress(person.email);
      if (person.name === null) return null;
    }
    if (person.name === null && person.email === null) return null;
    if (fromNote) person.fromNote = true;
    const existing = this.find(person.name, person.email);
    if (!existing) {
      if (this.list.length >= MAX_CONTACTS) return null;
      this.list.push(person);
      return person;
    }
    if (person.name && (existing.name === null || moreComplete(person.name, existing.name))) {
      existing.name = person.name;
    }
    existing.email ??= person.email;
    if (person.kindStrength > existing.kindStrength) {
      existing.kind = person.kind;
      existing.kindStrength = person.kindStrength;
    }
    existing.title ??= person.title;
    for (const n of person.notes) if (!existing.notes.includes(n)) existing.notes.push(n);
    existing.warm ||= person.warm;
    if (fromNote) existing.fromNote = true;
    // Found again anywhere but in prose: a header, a signature or the note vouches for them.
    if (person.inPassing !== true) existing.inPassing = false;
    return existing;
  }

  /** Whether a word is the user's surname: after an honorific ("Herr Lee") it is the user. */
  isSelfSurname(word: string): boolean {
    return this.self.isSelfSurname(word);
  }

  /** The one person known by this first name, if exactly one. */
  findByFirstName(first: string): Person | undefined {
    const folded = fold(first);
    const matches = this.list.filter(
      (p) => p.name !== null && fold(p.name.split(" ")[0] ?? "") === folded,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * The one person known by a full name whose given name this word shortens or pets ("Paco" for
   * Francisco Ruiz, "Tobi" for Tobias Brandt), if exactly one.
   */
  findByShortForm(short: string): Person | undefined {
    const matches = this.list.filter((p) => {
      const words = p.name?.split(" ") ?? [];
      return words.length >= 2 && isShortFormOf(short, words.slice(0, -1).join(" "));
    });
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Someone known whose last name this is. */
  findBySurname(surname: string): Person | undefined {
    const folded = fold(surname);
    return this.list.find(
      (p) => p.name?.includes(" ") && fold(p.name.split(" ").pop() ?? "") === folded,
    );
  }

  find(name: string | null, email: string | null): Person | undefined {
    if (email !== null) {
      const byEmail = this.list.find((p) => p.email === email);
      if (byEmail) return byEmail;
    }
    if (name === null) return undefined;
    // The same full name is one person even when two addresses are given for them.
    const fullName = name.includes(" ") ? fold(name) : null;
    const byName = this.list.filter(
      (p) =>
        p.name !== null &&
        namesMatch(p.name, name) &&
        (email === null || p.email === null || p.email === email || fold(p.name) === fullName),
    );
    const exact = byName.find((p) => p.name !== null && fold(p.name) === fold(name));
    if (exact) return exact;
    if (byName[0]) return byName[0];
    // A nameless address that fits the name ("mortiz@" and "Maya Ortiz").
    return this.list.find(
      (p) =>
        p.name === null && p.email !== null && name.includes(" ") && addressFitsName(p.email, name),
    );
  }
}

/** "Maya Ortiz" over "Maya"; "Inés Navarro Ruiz" over "Inés Navarro". */
function moreComplete(candidate: string, current: string): boolean {
  // "Jean Luc Picard" (from jean-luc.picard@) is no fuller than "Jean-Luc Picard".
  if (fold(candidate).replace(/-/g, " ") === fold(current).replace(/-/g, " ")) return false;
  // "Rowan Whitcombe" over "R. J. Whitcombe": a given name spelled out over its initials.
  if (initialledName(current) !== null && initialledName(candidate) === null) return true;
  // "Anna Chiara Ferri" over "Ferri Anna Chiara": the same words, the given name first.
  if (sameWordsReordered(candidate, current))
    return isGivenName(firstWord(candidate)) && !isGivenName(firstWord(current));
  return candidate.split(" ").length > current.split(" ").length;
}

const firstWord = (name: string) => name.split(" ")[0] ?? "";

/** "Ferri Anna Chiara" and "Anna Chiara Ferri": one name's words in another order. */
function sameWordsReordered(a: string, b: string): boolean {
  const sorted = (n: string) => fold(n).split(" ").sort().join(" ");
  return fold(a) !== fold(b) && sorted(a) === sorted(b);
}
