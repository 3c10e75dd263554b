import type { SenderInfo } from "./sender.ts";
import { fold } from "./text.ts";
import { ORG_WORDS } from "./word-lists.ts";

/**
 * Whether a name is the sender's own, as her address spells it: "Lorcan Ó Dálaigh"
 * <lorcan@…>, <l.odalaigh@…>, <lodalaigh@…>, <lorcan.odalaigh@…>. A person's display name or
 * sign-off that no name list knows is still hers, never the firm's; the firm is her domain's or
 * her signature's. Not a machine's mailbox named for its tenant ("Achterhoek Pensioenbeheer"
 * <achterhoek@myworkday.com>), nor a firm's named for the firm ("Kessler Logistik"
 * <kessler@kessler-logistik.example>): a firm's word in the name, or a domain that spells it.
 */
export function isSendersOwnName(name: string, sender: SenderInfo): boolean {
  const address = sender.address;
  if (address === null || sender.robot) return false;
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).replace(/\+.*$/, "").toLowerCase();
  const pieces = local.split(/[._-]+/).filter((p) => p !== "");
  const words = name
    .split(/\s+/)
    .map((w) => fold(w).replace(/[^a-z]/g, ""))
    .filter((w) => w !== "");
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (words.length < 2 || pieces.length === 0 || !pieces.every((p) => /^[a-z]+$/.test(p)))
    return false;
  if (name.split(/\s+/).some((w) => ORG_WORDS.has(fold(w)))) return false;
  const domain = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/[^a-z.]/g, "");
  if (first.length >= 3 && domain.split(".").some((label) => label.startsWith(first))) return false;
  // ("Ó Dálaigh": a particle is part of the surname the address spells.)
  const surname = words.slice(1).join("");
  const joined = pieces.join("");
  return (
    (first.length >= 3 && pieces[0] === first) ||
    [last, surname].some((s) => joined === `${first.charAt(0)}${s}` || joined === `${first}${s}`)
  );
}
