/**
 * The addresses a user's Rebound answers at, all on the inbox's own local part and domain:
 *
 * - `jobs+fwd-<forward secret>@domain`: the forwarding address. Only the owner's forwards.
 * - `jobs+re-<contact secret>@domain`: the address contacts may write to. Only known contacts.
 * - `jobs+<32 hex reply token>@domain`: one digest's reply address. Only the owner's commands.
 *
 * Secrets and tokens are 128 random bits as 32 lower-case hex characters. The `fwd-` and `re-`
 * prefixes (a hyphen is never hex) keep the three kinds apart at a glance and in code. The
 * bare inbox (`jobs@domain`), or any other tag, writes nothing.
 */
import type { User } from "./user.ts";
export type Recipient =
  | { kind: "forward"; inbox: string; secret: string }
  | { kind: "contact"; inbox: string; secret: string }
  | { kind: "command"; inbox: string; token: string }
  | { kind: "bare"; inbox: string };

const SECRET = /^[0-9a-f]{32}$/;
export const FORWARD_TAG = "fwd-";
export const CONTACT_TAG = "re-";

/** Reads the envelope recipient: which inbox, and which of its addresses. */
export function readRecipient(envelopeTo: string): Recipient {
  const address = envelopeTo.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  const local = at >= 0 ? address.slice(0, at) : address;
  const domain = at >= 0 ? address.slice(at + 1) : "";
  const plus = local.indexOf("+");
  const base = plus >= 0 ? local.slice(0, plus) : local;
  const tag = plus >= 0 ? local.slice(plus + 1) : "";
  const inbox = `${base}@${domain}`;
  if (tag.startsWith(FORWARD_TAG) && SECRET.test(tag.slice(FORWARD_TAG.length))) {
    return { kind: "forward", inbox, secret: tag.slice(FORWARD_TAG.length) };
  }
  if (tag.startsWith(CONTACT_TAG) && SECRET.test(tag.slice(CONTACT_TAG.length))) {
    return { kind: "contact", inbox, secret: tag.slice(CONTACT_TAG.length) };
  }
  if (SECRET.test(tag)) return { kind: "command", inbox, token: tag };
  return { kind: "bare", inbox };
}

/** A new forwarding or contact secret: 128 random bits as 32 lower-case hex characters. */
export function newAddressSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** jobs@example.dev + secret -> jobs+fwd-<secret>@example.dev */
export function forwardingAddress(inboxAddress: string, secret: string): string {
  return taggedAddress(inboxAddress, `${FORWARD_TAG}${secret}`);
}

/** jobs@example.dev + secret -> jobs+re-<secret>@example.dev */
export function contactAddress(inboxAddress: string, secret: string): string {
  return taggedAddress(inboxAddress, `${CONTACT_TAG}${secret}`);
}

function taggedAddress(inboxAddress: string, tag: string): string {
  const at = inboxAddress.lastIndexOf("@");
  return `${inboxAddress.slice(0, at)}+${tag}@${inboxAddress.slice(at + 1)}`;
}

/** Compares two secrets in time independent of where they differ. */
export function sameSecret(presented: string, stored: string | null): boolean {
  if (!stored || presented.length !== stored.length) return false;
  let diff = 0;
  for (let i = 0; i < presented.length; i++) {
    diff |= presented.charCodeAt(i) ^ stored.charCodeAt(i);
  }
  return diff === 0;
}

/** Whether an address is Rebound's: the service address, or any address of this inbox. */
export function isReboundAddress(
  address: string | null,
  user: Pick<User, "inboxAddress">,
  serviceAddress: string,
): boolean {
  if (!address) return false;
  // Domains and, in practice, local parts are compared without case: REBOUND@… is Rebound.
  if (address.trim().toLowerCase() === serviceAddress.trim().toLowerCase()) return true;
  return readRecipient(address).inbox === user.inboxAddress.toLowerCase();
}
