import type { ForwardedOriginal } from "../../inbound/parsed-email.ts";
import {
  companiesInSubject,
  companiesInText,
  introducedCompany,
  labelledCompanies,
} from "./company-candidates.ts";
import { companyFromDomain } from "./company-from-domain.ts";
import { compactKey, companiesAgree, keysAgree, validCompany } from "./company-name.ts";
import { AGENCY_CUE } from "./company-patterns.ts";
import { namesMatch } from "./names.ts";
import { REFERRAL_MESSAGE } from "./people-in-message.ts";
import { isPlace } from "./places.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import type { SenderInfo } from "./sender.ts";
import type { Signature } from "./signature.ts";
import { fold } from "./text.ts";
import { ORG_WORDS } from "./word-lists.ts";

interface CompanyCandidate {
  name: string;
  /** compactKey(name), computed once: candidates are compared pairwise. */
  key: string;
  weight: number;
  /** Guessed from a domain ("Kestrelworks"): never the spelling to return when a written one agrees. */
  derived?: boolean;
}

interface CompanyInput {
  self: SelfMatcher;
  /** People's names in the From, To and Cc headers. */
  headerNames: readonly string[];
  message: string;
  body: string;
  subject: string;
  sender: SenderInfo;
  signature: Signature;
  platforms: ReadonlySet<string>;
  original: ForwardedOriginal;
}

/** Sources that name the employer, weighed; candidates that agree reinforce each other. */
export function chooseCompany(input: CompanyInput): string | null {
  const { sender, signature } = input;
  const candidates: CompanyCandidate[] = [];
  const add = (name: string | null, weight: number, derived = false) => {
    if (
      name &&
      !input.platforms.has(compactKey(name)) &&
      !input.self.isSelfName(name) &&
      !isPlace(name)
    ) {
      candidates.push({ name, key: compactKey(name), weight, derived });
    }
  };
  // An introduction from someone who signs for no employer of their own (a friend, a former
  // colleague writing privately) is about the company of the person introduced ("runs
  // infrastructure at Fairbourne"). One from the employer that turned the user down stays
  // about that employer: the application was theirs, the intro is a lead.
  const writers = [signature.company, signature.lineCompany, sender.org];
  const introduced =
    writers.every((w) => w === null) && REFERRAL_MESSAGE.test(input.message)
      ? introducedCompany(input.message, (name) =>
          companiesAgree(name, companyFromDomain(sender.domain) ?? ""),
        )
      : null;
  add(introduced, 5);
  // An agency recruiter's firm, address and signature name the agency: only the prose may name the client.
  const agency = AGENCY_CUE.test(input.message) || introduced !== null;
  if (!agency) {
    add(signature.company, 4);
    add(signature.teamCompany, 4);
    add(signature.lineCompany, 3);
    for (const other of signature.otherCompanies) add(other, 3);
  }
  for (const found of companiesInText(input.message)) add(found.name, found.weight);
  for (const name of labelledCompanies(input.body)) add(name, 4);
  if (!agency) add(sender.org, 3);
  for (const name of companiesInSubject(input.subject)) {
    // "Checking in – Maya Ortiz": a person the headers name is not the company.
    if (!input.headerNames.some((person) => namesMatch(person, name))) add(name, 2);
  }
  if (input.body !== input.message) {
    for (const found of companiesInText(input.body).slice(0, 3)) add(found.name, found.weight / 3);
  }
  if (!sender.self && !agency) {
    // A no-reply address on an unknown domain may be an ATS of its own: it counts for less.
    add(companyFromDomain(sender.domain), sender.robot ? 0.5 : 1.5, true);
  }
  if (signature.email && !agency)
    add(companyFromDomain(signature.email.split("@")[1] ?? null), 1, true);
  const ccDomains = new Set(input.original.cc.map((m) => m.address?.split("@")[1] ?? ""));
  for (const domain of [...ccDomains].slice(0, 5)) add(companyFromDomain(domain), 0.3, true);
  if (candidates.length === 0) return null;
  let best: CompanyCandidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    let score = 0;
    for (const other of candidates) {
      if (keysAgree(candidate.key, other.key) || spellsInitials(other, candidate))
        score += other.weight;
    }
    // On a tie, the better-attested spelling wins.
    score += candidate.weight / 100;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best) return null;
  const spelling = bestSpelling(candidates, best);
  const derivedOnly = !candidates.some((c) => !c.derived && keysAgree(c.key, best.key));
  return derivedOnly ? (writtenForm(spelling, input.body) ?? spelling) : spelling;
}

/** "fwra.gov" and "Federal Water Resources Administration": a domain guess spelling a name's initials. */
function spellsInitials(guess: CompanyCandidate, written: CompanyCandidate): boolean {
  if (!guess.derived || written.derived || guess.key.length < 3) return false;
  const initials = written.name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => fold(w).charAt(0))
    .join("");
  return initials.length >= 3 && initials === guess.key;
}

/** A capitalised word: where a written name starts, and what may follow it ("Games", "Labs"). */
const CAPITALISED = /^(?:[\p{Lu}\d][\p{L}\d&'’.+-]*)$/u;

/**
 * A name guessed from a domain ("Quarrylabs", "Saltmarsh") as the message writes it: the
 * capitalised words whose key is the guess ("Quarry Labs"), with the organisation words that
 * follow ("Saltmarsh Games"). Null when the text never writes it.
 */
function writtenForm(derived: string, text: string): string | null {
  const key = compactKey(derived);
  let found: string | null = null;
  for (const line of text.split("\n")) {
    const tokens = [...line.matchAll(/\S+/g)].map((m) => m[0].replace(/[,:;!?.)]+$/, ""));
    for (let i = 0; i < tokens.length; i++) {
      if (!CAPITALISED.test(tokens[i] ?? "")) continue;
      let j = i;
      let joined = "";
      while (j < tokens.length && joined.length < key.length && j - i < 4) {
        joined += compactKey(tokens[j] ?? "");
        j++;
      }
      if (joined !== key) continue;
      while (
        j < tokens.length &&
        CAPITALISED.test(tokens[j] ?? "") &&
        ORG_WORDS.has(fold(tokens[j] ?? ""))
      )
        j++;
      const name = validCompany(tokens.slice(i, j).join(" "));
      if (name && keysAgree(compactKey(name), key) && name.length > (found?.length ?? 0))
        found = name;
    }
  }
  return found;
}

/** A spelling this well attested (a signature, the display name, a clear phrase) can be trusted whole. */
const TRUSTED_SPELLING_WEIGHT = 3;

/**
 * Within the winning group ("Pagaluz", "Pagaluz Servicios Financieros S.L."), the fullest
 * spelling a trusted source writes; never a domain guess when the message writes the name.
 */
function bestSpelling(candidates: readonly CompanyCandidate[], best: CompanyCandidate): string {
  const byKey = new Map<string, { name: string; key: string; weight: number; written: boolean }>();
  for (const c of candidates) {
    if (!keysAgree(c.key, best.key)) continue;
    const entry = byKey.get(c.key) ?? { name: c.name, key: c.key, weight: 0, written: false };
    entry.weight += c.weight;
    if (!c.derived && !entry.written) {
      entry.name = c.name;
      entry.written = true;
    }
    byKey.set(c.key, entry);
  }
  const entries = [...byKey.values()];
  const trusted = entries
    .filter((e) => e.written && e.weight >= TRUSTED_SPELLING_WEIGHT)
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (trusted) return trusted.name;
  const heaviest = entries.sort(
    (a, b) => Number(b.written) - Number(a.written) || b.weight - a.weight,
  )[0];
  return heaviest?.name ?? best.name;
}
