import type { SelfIdentity } from "../understand-email.ts";
import { fold } from "./text.ts";

export interface SelfMatcher {
  isSelfAddress(address: string | null): boolean;
  isSelfName(name: string | null): boolean;
}

/** Recognises the job seeker's own addresses and names: they are never a contact or the company. */
export function selfMatcher(self: SelfIdentity): SelfMatcher {
  const addresses = new Set(self.addresses.map((a) => a.trim().toLowerCase()));
  const names = new Set<string>();
  const firstNames = new Set<string>();
  for (const name of self.names) {
    const folded = fold(name).replace(/\s+/g, " ");
    if (folded === "") continue;
    names.add(folded);
    firstNames.add(folded.split(" ")[0] ?? folded);
  }
  return {
    isSelfAddress: (address) => address !== null && addresses.has(address.trim().toLowerCase()),
    isSelfName: (name) => {
      if (name === null) return false;
      const folded = fold(name).replace(/\s+/g, " ");
      if (names.has(folded) || (!folded.includes(" ") && firstNames.has(folded))) return true;
      // "Olá Jordan", "Guten Tag Jordan Lee": a greeting run into the user's name.
      const parts = folded.split(" ");
      return parts.slice(1).some((_, i) => {
        const rest = parts.slice(i + 1).join(" ");
        return names.has(rest) || firstNames.has(rest);
      });
    },
  };
}
