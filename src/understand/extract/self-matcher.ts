import type { SelfIdentity } from "../understand-email.ts";
import { fullNameMasker } from "./full-name-mask.ts";
import { fold } from "./text.ts";

export interface SelfMatcher {
  isSelfAddress(address: string | null): boolean;
  isSelfName(name: string | null): boolean;
  /**
   * An address, not among the user's, whose local part spells the user's full name: a mailbox
   * of theirs the settings do not list, never a contact (it does not make mail the user's).
   */
  spellsSelf(address: string | null): boolean;
  /** Whether one word is the surname of one of the user's full names ("Herr Lee", "M. Lee"). */
  isSelfSurname(word: string): boolean;
  /** The text with every written form of the user's full names blanked out, same length. */
  maskSelfNames(text: string): string;
}

/** Providers that ignore dots in the local part: "j.o.r.d.a.n.lee@" is "jordanlee@". */
const DOTLESS_PROVIDERS: ReadonlySet<string> = new Set(["gmail.com", "googlemail.com"]);

/**
 * One mailbox however it is written: lower case, without a "+tag" ("jordan.lee+acme@"), and
 * without the dots a dotless provider ignores.
 */
export function mailboxKey(address: string): string {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf("@");
  if (at <= 0) return a;
  const domain = a.slice(at + 1);
  let local = a.slice(0, at).replace(/\+.*$/, "");
  if (DOTLESS_PROVIDERS.has(domain)) local = local.replace(/\./g, "");
  return `${local}@${domain === "googlemail.com" ? "gmail.com" : domain}`;
}

/** A name as comparable words: folded, commas and the dots of initials dropped. */
function nameWords(name: string): string[] {
  return fold(name)
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

/**
 * Whether the words are one of the user's full names written another way: reversed
 * ("Lee, Jordan"), with a middle name or initial ("Jordan A. Lee"), or with an initial for
 * the given name or the surname ("J. Lee", "Jordan L.").
 */
function isFormOfFullName(words: readonly string[], own: readonly string[]): boolean {
  if (own.length < 2 || words.length < 2) return false;
  const given = own[0] ?? "";
  const surname = own[own.length - 1] ?? "";
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const initialOf = (w: string, of: string) => w.length === 1 && of.startsWith(w);
  // "Lee Jordan", "Lee, Jordan": the surname first, as forms and registers write it.
  if (words.length === 2 && first === surname && last === given) return true;
  // "Jordan A. Lee", "Jordan Alexis Lee", "J. Lee", "Jordan L.".
  const givenFits = first === given || initialOf(first, given);
  const surnameFits = last === surname || initialOf(last, surname);
  return givenFits && surnameFits && !(initialOf(first, given) && initialOf(last, surname));
}

/**
 * Whether an address's local part spells one of the user's full names, in either order, as
 * pieces ("jordan.lee.dev@", "lee_jordan@") or run together ("jordanlee88@"): a mailbox of
 * the user's that the settings do not list. "jordan.leeds@" spells someone else.
 */
function spellsFullName(address: string, own: readonly string[]): boolean {
  const given = (own[0] ?? "").replace(/[^a-z]/g, "");
  const surname = (own[own.length - 1] ?? "").replace(/[^a-z]/g, "");
  if (given.length < 2 || surname.length < 2) return false;
  const local = fold(address.slice(0, address.lastIndexOf("@"))).replace(/\+.*$/, "");
  const pieces = local.split(/[^a-z]+/).filter((p) => p !== "");
  if (pieces.includes(given) && pieces.includes(surname)) return true;
  return pieces.some((p) => p === given + surname || p === surname + given);
}

/** Recognises the job seeker's own addresses and names: they are never a contact or the company. */
export function selfMatcher(self: SelfIdentity): SelfMatcher {
  const addresses = new Set(self.addresses.map(mailboxKey));
  const names = new Set<string>();
  const firstNames = new Set<string>();
  const fullNames: string[][] = [];
  const masks = self.names.flatMap((n) => fullNameMasker(n) ?? []);
  for (const name of self.names) {
    const folded = fold(name).replace(/\s+/g, " ");
    if (folded === "") continue;
    names.add(folded);
    firstNames.add(folded.split(" ")[0] ?? folded);
    const words = nameWords(name);
    if (words.length >= 2) fullNames.push(words);
  }
  return {
    isSelfAddress: (address) => address !== null && addresses.has(mailboxKey(address)),
    isSelfSurname: (word) => fullNames.some((own) => own[own.length - 1] === fold(word)),
    spellsSelf: (address) =>
      address !== null && fullNames.some((own) => spellsFullName(address, own)),
    isSelfName: (name) => {
      if (name === null) return false;
      const folded = fold(name).replace(/\s+/g, " ");
      if (names.has(folded) || (!folded.includes(" ") && firstNames.has(folded))) return true;
      const words = nameWords(name);
      if (fullNames.some((own) => isFormOfFullName(words, own))) return true;
      // "Olá Jordan", "Guten Tag Jordan Lee": a greeting run into the user's name.
      const parts = folded.split(" ");
      return parts.slice(1).some((_, i) => {
        const rest = parts.slice(i + 1).join(" ");
        return names.has(rest) || firstNames.has(rest);
      });
    },
    maskSelfNames: (text) => masks.reduce((t, mask) => mask(t), text),
  };
}
