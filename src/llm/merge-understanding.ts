import type { LlmPerson, LlmUnderstanding } from "../../schemas/llm-understanding.ts";
import type { ExtractedContact, Understanding } from "../../schemas/understanding.ts";
import { addressFitsName, isPersonName, namesMatch } from "../understand/extract/names.ts";
import { selfMatcher } from "../understand/extract/self-matcher.ts";
import { fold } from "../understand/extract/text.ts";
import type { UnwrappedEmail } from "../understand/mail/parsed-email.ts";
import { isRobotAddress } from "../understand/robot-address.ts";
import type { SelfIdentity } from "../understand/understand-email.ts";
import type { ClaudeFailure } from "./call-claude.ts";

/** Below LOW_CONFIDENCE (0.6, src/inbound/plan-record.ts): the digest asks the user. */
export const DISAGREEMENT_CONFIDENCE = 0.5;
/** Two independent readings (patterns and a model) agreeing is worth more than either alone. */
export const AGREEMENT_CONFIDENCE = 0.9;
/** The most people one message yields, as in the rules (people-registry MAX_CONTACTS spirit). */
const MAX_MERGED_CONTACTS = 12;
/** A note from Claude is a reminder for the user, not a transcript. */
const MAX_CLAUDE_NOTE_CHARS = 200;
/** An out-of-office note says when its writer is back within a few months (as return-date.ts). */
const MAX_DAYS_AWAY = 120;

/** What became of Claude's reading of a message. */
export type ClaudeVerdict =
  | "not_asked" // no API key, or the daily cap was reached
  | "unavailable" // 429, 5xx, timeout, network: as if Claude were off
  | "unusable" // invalid or refused output: the rules decide, and the user is asked
  | "disagreed" // a different category: the rules decide, and the user is asked
  | "agreed"; // same category: Claude's details fill the gaps

/** Claude's answer as merging needs it: an understanding, or why there is none. */
export type ClaudeReading =
  | { ok: true; understanding: LlmUnderstanding }
  | { ok: false; reason: ClaudeFailure }
  | null;

export interface MergeInput {
  rules: Understanding;
  /** findReturnDate's answer for the same message (ISO day start), or null. */
  rulesReturnDate: string | null;
  claude: ClaudeReading;
  /** Addresses code found and validated (see addressesFoundByCode): the only ones kept. */
  allowedAddresses: ReadonlySet<string>;
  /** The note, headers and body (see messageTextOf): Claude's company and role must appear in it. */
  messageText: string;
  /**
   * The user's note and the header names (see trustedTextOf): a person Claude adds must be named
   * here. The body is the sender's to write, so a name only it gives (perhaps in an injected
   * instruction) does not become a contact; the rules still find the people it signs or names.
   */
  trustedText: string;
  self: SelfIdentity;
  receivedAt: string;
}

export interface MergedUnderstanding {
  /** `engine` says who decided: "claude" only when Claude agreed with the rules. */
  understanding: Understanding;
  returnDate: string | null;
  verdict: ClaudeVerdict;
}

const UNAVAILABLE: ReadonlySet<ClaudeFailure> = new Set([
  "http_429",
  "http_5xx",
  "http_4xx",
  "timeout",
  "network",
  "unexpected",
]);

/**
 * Combines the rules' reading with Claude's. The rules' category always stands; Claude may only
 * raise confidence when it agrees, and add details the message itself confirms. Addresses come
 * only from `allowedAddresses`, whatever Claude says.
 */
export function mergeUnderstanding(input: MergeInput): MergedUnderstanding {
  const { rules, claude } = input;
  const asRules = (verdict: ClaudeVerdict, confidence = rules.confidence): MergedUnderstanding => ({
    understanding: { ...rules, confidence, engine: "rules" },
    returnDate: rules.category === "auto_reply" ? input.rulesReturnDate : null,
    verdict,
  });
  if (claude === null) return asRules("not_asked");
  if (!claude.ok) {
    return UNAVAILABLE.has(claude.reason)
      ? asRules("unavailable")
      : asRules("unusable", Math.min(rules.confidence, DISAGREEMENT_CONFIDENCE));
  }
  const reading = claude.understanding;
  if (reading.category !== rules.category) {
    return asRules("disagreed", Math.min(rules.confidence, DISAGREEMENT_CONFIDENCE));
  }
  const text = fold(input.messageText);
  const confirmed = (value: string | null) =>
    value !== null && text.includes(fold(value)) ? value : null;
  return {
    understanding: {
      ...rules,
      reason: mergedReason(rules, reading),
      confidence: Math.max(rules.confidence, AGREEMENT_CONFIDENCE),
      engine: "claude",
      company: rules.company ?? confirmed(reading.company),
      role: rules.role ?? confirmed(reading.role),
      contacts: mergedContacts(rules.contacts, reading.people, input),
    },
    returnDate:
      rules.category === "auto_reply"
        ? (input.rulesReturnDate ?? plausibleReturnDate(reading.returnDate, input.receivedAt))
        : null,
    verdict: "agreed",
  };
}

/** A specific reason from Claude replaces the rules' "generic"; otherwise the rules' stands. */
function mergedReason(rules: Understanding, reading: LlmUnderstanding): Understanding["reason"] {
  if (rules.category !== "rejection") return null;
  if (rules.reason === "generic" && reading.reason !== null) return reading.reason;
  return rules.reason;
}

function mergedContacts(
  rulesContacts: readonly ExtractedContact[],
  people: readonly LlmPerson[],
  input: MergeInput,
): ExtractedContact[] {
  const self = selfMatcher(input.self);
  const contacts = rulesContacts.map((c) => ({ ...c }));
  const allowed = (email: string | null) =>
    email !== null && input.allowedAddresses.has(email) && !self.isSelfAddress(email)
      ? email
      : null;
  const namedIn = (text: string) => {
    const folded = fold(text);
    return (name: string | null) =>
      name !== null && isPersonName(name) && folded.includes(fold(name)) && !self.isSelfName(name)
        ? name
        : null;
  };
  const inMessage = namedIn(input.messageText);
  const inTrusted = namedIn(input.trustedText);
  const fits = (email: string, name: string | null) =>
    name !== null && addressFitsName(email, name);
  for (const person of people) {
    const email = allowed(person.email);
    const name = inMessage(person.name);
    const note = cleanNote(person.note);
    const byEmail = email === null ? undefined : contacts.find((c) => c.email === email);
    const byName =
      name === null ? undefined : contacts.find((c) => c.name !== null && namesMatch(c.name, name));
    // The address is someone else's, or the name someone else's: Claude mixed people up.
    if (byEmail && byName && byEmail !== byName) continue;
    if (byEmail?.name && name && !namesMatch(byEmail.name, name)) continue;
    const match = byEmail ?? byName;
    if (match) {
      match.name ??= name;
      // Code decides whose address it is: only one that spells the contact's name is attached.
      if (match.email === null && email !== null && !byEmail && fits(email, match.name)) {
        match.email = email;
      }
      if (!match.note) match.note = note;
      continue;
    }
    // Someone new: only a person the user's note or the headers name.
    const trustedName = inTrusted(person.name);
    if (trustedName === null || contacts.length >= MAX_MERGED_CONTACTS) continue;
    const address = email !== null && fits(email, trustedName) ? email : null;
    contacts.push({
      name: trustedName,
      email: address,
      kind: person.kind,
      title: null,
      note,
      warm: false,
    });
  }
  return contacts;
}

/** Claude's note, without addresses or links: it may reach a draft's wording later. */
function cleanNote(note: string): string {
  return note
    .replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/gi, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_CLAUDE_NOTE_CHARS);
}

/** A YYYY-MM-DD return date within the plausible window, as an ISO day start; else null. */
function plausibleReturnDate(day: string | null, receivedAt: string): string | null {
  if (day === null) return null;
  const date = new Date(`${day}T00:00:00.000Z`);
  const days = (date.getTime() - new Date(receivedAt).getTime()) / 86_400_000;
  if (Number.isNaN(days) || days <= -1 || days > MAX_DAYS_AWAY) return null;
  return date.toISOString();
}

/**
 * Every address code itself found in a message and would let a contact carry: the rules'
 * contacts' addresses and the original's header mailboxes, never the user's own or a robot's.
 */
export function addressesFoundByCode(
  unwrapped: UnwrappedEmail,
  rules: Understanding,
  self: SelfIdentity,
): Set<string> {
  const isSelf = selfMatcher(self).isSelfAddress;
  const o = unwrapped.original;
  const headerAddresses = [o.from, ...o.to, ...o.cc].flatMap((m) =>
    m?.address ? [m.address] : [],
  );
  const ruleAddresses = rules.contacts.flatMap((c) => (c.email ? [c.email] : []));
  return new Set(
    [...ruleAddresses, ...headerAddresses]
      .map((a) => a.trim().toLowerCase())
      .filter((a) => !isSelf(a) && !isRobotAddress(a)),
  );
}

/** The text Claude's company, role and names are checked against: note, headers and body. */
export function messageTextOf(unwrapped: UnwrappedEmail): string {
  return [trustedTextOf(unwrapped), unwrapped.original.subject, unwrapped.original.body].join("\n");
}

/** The user's own note and the header display names: where a new person may come from. */
export function trustedTextOf(unwrapped: UnwrappedEmail): string {
  const o = unwrapped.original;
  const names = [o.from, ...o.to, ...o.cc].map((m) => m?.name ?? "");
  return [unwrapped.note, ...names].join("\n");
}
