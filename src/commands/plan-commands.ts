import type { CommandWrite, DigestItemNow, DigestPersonNow } from "../db/commands.ts";
import type { UserChanges } from "../db/settings.ts";
import { LINKEDIN_NOTE_LIMIT } from "../drafts/linkedin-limit.ts";
import { hasUnfilledSlot } from "../drafts/render-draft.ts";
import type { Command, SnoozeUnit, Targets } from "./parse-commands.ts";
import { languageName } from "./settings-values.ts";

/** LinkedIn refuses invitation notes longer than this, whatever the account. */
const LINKEDIN_HARD_LIMIT = 300;

/** What a reply asks for, checked against the digest it answers, before anything is written. */
export interface CommandPlan {
  writes: CommandWrite[];
  /** Drafts to approve (as shown, or as edited), by number. */
  approve: { number: number; draftId: string }[];
  edit: { number: number; draftId: string }[];
  skip: { number: number; draftId: string }[];
  snooze: { number: number; draftId: string; until: string }[];
  never: { number: number; contactId: string; name: string }[];
  /** Account changes, in words: "targets: Acme, Globex", "paused". */
  settings: string[];
  /** Drafts whose gaps a `fill` filled; `complete` ones are approved and sent. */
  fill: { number: number; draftId: string; complete: boolean }[];
  /** `confirm N` / `not N`: people a contact's mail introduced, by the digest's number. */
  confirm: PersonPlan[];
  decline: PersonPlan[];
  /** `address N …`: the person and the address, confirmed only if the write took. */
  address: { number: number; contactId: string; name: string; email: string }[];
  /** `settings`: list every setting in the confirmation. */
  showSettings: boolean;
  /** `export`: mail back contacts and applications as files. */
  exportData: boolean;
  /** `calendar`: mail the follow-ups as .ics (and the feed's address); or turn the feed off. */
  calendar: "send" | "revoke" | null;
  /** What could not be done, one sentence each, naming the line it came from. */
  problems: string[];
  help: boolean;
}

/**
 * Checks every command against the digest's items as they are now and turns the valid ones
 * into writes. Numbers mean what the digest showed: a draft changed since is reported, not
 * touched. Commands apply in order; a later command on a number already handled is reported.
 */
export function planCommands(
  commands: readonly Command[],
  items: readonly DigestItemNow[],
  now: Date,
  context: PlanContext = {},
): CommandPlan {
  const plan: CommandPlan = {
    writes: [],
    approve: [],
    edit: [],
    skip: [],
    snooze: [],
    never: [],
    settings: [],
    problems: [],
    help: false,
    fill: [],
    address: [],
    confirm: [],
    decline: [],
    showSettings: false,
    exportData: false,
    calendar: null,
  };
  const byNumber = new Map(items.map((item) => [item.number, item]));
  const groups = new Map<number, number[]>();
  for (const g of context.groups ?? []) {
    groups.set(g.number, [...(groups.get(g.number) ?? []), g.member]);
  }
  const people = new Map((context.people ?? []).map((p) => [p.number, p]));
  const handled = new Map<number, string>();
  const decided = new Map<number, string>();
  const highest = Math.max(0, ...items.map((i) => i.number), ...groups.keys());
  const range = items.length === 0 ? "it had no drafts" : `it had 1 to ${highest}`;
  /** A group number stands for its members ("approve 4": every LinkedIn note). */
  const expand = (numbers: readonly number[]): number[] =>
    numbers.flatMap((n) => groups.get(n) ?? [n]);
  const userChanges: UserChanges = {};
  const fills = new Map<number, { item: DigestItemNow; subject: string; body: string }>();
  const noSuchDraft = (line: string, number: number) =>
    plan.problems.push(`"${line}": there is no draft ${number} in that digest (${range}).`);

  /** The items a command names, or a problem for each number that cannot be used. */
  const pick = (line: string, numbers: readonly number[], verb: string): DigestItemNow[] => {
    const picked: DigestItemNow[] = [];
    for (const number of numbers) {
      const item = byNumber.get(number);
      const earlier = handled.get(number);
      if (!item) {
        noSuchDraft(line, number);
      } else if (earlier) {
        plan.problems.push(
          `"${line}": draft ${number} was already ${earlier} earlier in this reply.`,
        );
      } else {
        const why = whyNot(item, verb);
        if (why) plan.problems.push(`"${line}": draft ${number} ${why}`);
        else picked.push(item);
      }
    }
    return picked;
  };
  const numbersOf = (targets: Targets): number[] =>
    targets.all ? items.map((i) => i.number) : expand(targets.numbers);

  for (const command of commands) {
    switch (command.kind) {
      case "approve": {
        const chosen = pick(command.line, numbersOf(command.targets), "approve").filter((item) => {
          if (!hasUnfilledSlot(`${item.subject}\n${item.body}`)) return true;
          plan.problems.push(
            `"${command.line}": draft ${item.number} still has a gap to fill ([[add: …]]). Reply "edit ${item.number}" with the finished text.`,
          );
          return false;
        });
        for (const item of chosen) {
          handled.set(item.number, "approved");
          plan.approve.push({ number: item.number, draftId: item.draftId });
        }
        if (chosen.length > 0) {
          plan.writes.push({
            kind: "approve",
            drafts: chosen.map((i) => ({ id: i.draftId, version: i.shownVersion })),
          });
        }
        break;
      }
      case "edit": {
        const [item] = pick(command.line, [command.number], "edit");
        if (!item) break;
        const problem = editProblem(item, command.subject, command.body);
        if (problem) {
          plan.problems.push(`"${command.line}": ${problem}`);
          break;
        }
        handled.set(item.number, "edited");
        plan.edit.push({ number: item.number, draftId: item.draftId });
        plan.writes.push({
          kind: "edit",
          draftId: item.draftId,
          version: item.shownVersion,
          subject: item.channel === "email" ? (command.subject ?? item.subject) : "",
          body: command.body,
        });
        break;
      }
      case "skip": {
        const chosen = pick(command.line, numbersOf(command.targets), "skip");
        for (const item of chosen) {
          handled.set(item.number, "skipped");
          plan.skip.push({ number: item.number, draftId: item.draftId });
        }
        if (chosen.length > 0) {
          plan.writes.push({ kind: "skip", draftIds: chosen.map((i) => i.draftId) });
        }
        break;
      }
      case "snooze": {
        const chosen = pick(command.line, expand(command.numbers), "snooze");
        const until = addDuration(now, command.amount, command.unit).toISOString();
        for (const item of chosen) {
          handled.set(item.number, "snoozed");
          plan.snooze.push({ number: item.number, draftId: item.draftId, until });
        }
        if (chosen.length > 0) {
          plan.writes.push({ kind: "snooze", draftIds: chosen.map((i) => i.draftId), until });
        }
        break;
      }
      case "never": {
        const contacts = new Map<string, { number: number; name: string }>();
        for (const number of expand(command.numbers)) {
          const item = byNumber.get(number);
          if (!item) {
            noSuchDraft(command.line, number);
            continue;
          }
          handled.set(number, "marked never");
          if (!contacts.has(item.contactId)) {
            contacts.set(item.contactId, {
              number,
              name: item.contactName ?? item.contactEmail ?? "this person",
            });
          }
        }
        for (const [contactId, { number, name }] of contacts) {
          plan.never.push({ number, contactId, name });
        }
        if (contacts.size > 0)
          plan.writes.push({ kind: "never", contactIds: [...contacts.keys()] });
        break;
      }
      case "targets":
        plan.writes.push({ kind: "targets", companies: command.companies });
        plan.settings.push(
          command.companies.length > 0
            ? `Target companies are now: ${command.companies.join(", ")}.`
            : "Target companies cleared.",
        );
        break;
      case "pause":
        plan.writes.push({ kind: "paused", paused: true });
        plan.settings.push(
          'Rebound is paused: no new drafts and no digests until you reply "resume". Mail you forward is still kept.',
        );
        break;
      case "resume":
        plan.writes.push({ kind: "paused", paused: false });
        plan.settings.push("Rebound is running again: your next digest comes at the usual hour.");
        break;
      case "help":
        plan.help = true;
        break;
      case "settings":
        plan.showSettings = true;
        break;
      case "name":
        userChanges.displayName = command.name;
        plan.settings.push(`Your name is now ${command.name}: drafts are signed with it.`);
        break;
      case "timezone":
        userChanges.timeZone = command.zone;
        plan.settings.push(`Your time zone is now ${command.zone}.`);
        break;
      case "hour":
        userChanges.digestHour = command.hour;
        plan.settings.push(
          `Your digest now comes at ${String(command.hour).padStart(2, "0")}:00 your time.`,
        );
        break;
      case "language":
        if (command.language === "auto") {
          userChanges.draftLanguage = null;
          userChanges.followEmployerLanguage = true;
          plan.settings.push("Drafts are now written in the language each employer wrote in.");
        } else {
          userChanges.draftLanguage = command.language;
          userChanges.followEmployerLanguage = false;
          plan.settings.push(
            `New drafts are now written in ${languageName(command.language)}, whatever the employer wrote in.`,
          );
        }
        break;
      case "delivery":
        userChanges.deliveryMode = command.mode;
        plan.settings.push(
          command.mode === "handoff"
            ? "Delivery is now handoff: each approved message is mailed to you, ready to send yourself."
            : context.settings?.sendingAddress
              ? `Delivery is now direct: approved emails go out from ${context.settings.sendingAddress}, with a copy to you.`
              : "Delivery is now direct, but Rebound has no sending address on your own domain yet, so approved emails still come to you to send until the person running Rebound adds one.",
        );
        break;
      case "address": {
        const person = people.get(command.number);
        if (!person) {
          plan.problems.push(
            `"${command.line}": there is no person ${command.number} in that digest's "Missing an email address" list.`,
          );
          break;
        }
        if (context.ownAddresses?.includes(command.email)) {
          plan.problems.push(`"${command.line}": ${command.email} is your own address.`);
          break;
        }
        // A draft to Rebound's own inbox or service address would come back as mail: a loop.
        if (context.reboundAddress?.(command.email)) {
          plan.problems.push(`"${command.line}": ${command.email} is one of Rebound's addresses.`);
          break;
        }
        plan.address.push({ ...person, email: command.email });
        plan.writes.push({ kind: "address", contactId: person.contactId, email: command.email });
        break;
      }
      case "fill": {
        const earlier = fills.get(command.number);
        const [item] = earlier ? [earlier.item] : pick(command.line, [command.number], "fill");
        if (!item) break;
        const current = earlier ?? { item, subject: item.subject, body: item.body };
        const filled = fillFirstGap(current.subject, current.body, command.text);
        if (!filled) {
          plan.problems.push(
            `"${command.line}": draft ${command.number} has no [[add: …]] gap left to fill.`,
          );
          break;
        }
        fills.set(command.number, { item, ...filled });
        break;
      }
      case "confirm":
      case "decline": {
        const chosen: PersonPlan[] = [];
        for (const number of command.numbers) {
          const why = whyNotDecide(number, byNumber.has(number), people.get(number), command.kind);
          const earlier = decided.get(number);
          const person = people.get(number);
          if (earlier) {
            plan.problems.push(
              `"${command.line}": ${number} was already ${earlier} earlier in this reply.`,
            );
          } else if (why || !person) {
            plan.problems.push(`"${command.line}": ${why ?? "no such person"}`);
          } else {
            decided.set(number, command.kind === "confirm" ? "confirmed" : "declined");
            chosen.push({
              number,
              contactId: person.contactId,
              name: person.name,
              email: person.email,
            });
          }
        }
        plan[command.kind].push(...chosen);
        if (chosen.length > 0) {
          plan.writes.push({ kind: command.kind, contactIds: chosen.map((p) => p.contactId) });
        }
        break;
      }
      case "export":
        plan.exportData = true;
        break;
      case "calendar":
        plan.calendar = command.revoke ? "revoke" : "send";
        break;
    }
  }
  for (const [number, { item, subject, body }] of fills) {
    const complete = !hasUnfilledSlot(`${subject}\n${body}`);
    handled.set(number, "filled");
    plan.fill.push({ number, draftId: item.draftId, complete });
    plan.writes.push({
      kind: "fill",
      draftId: item.draftId,
      version: item.shownVersion,
      subject,
      body,
      approve: complete,
    });
  }
  if (Object.keys(userChanges).length > 0) plan.writes.push({ kind: "user", changes: userChanges });
  return plan;
}

/** A person `confirm` or `not` acts on. */
export interface PersonPlan {
  number: number;
  contactId: string;
  name: string;
  email: string | null;
}

/** Why `confirm N` / `not N` cannot act on number N of the digest, or null when it can. */
function whyNotDecide(
  number: number,
  isDraft: boolean,
  person: DigestPersonNow | undefined,
  verb: "confirm" | "decline",
): string | null {
  const word = verb === "confirm" ? "confirm" : "not";
  if (!person) {
    return isDraft
      ? `${number} is a draft, not a person to confirm; reply "approve ${number}" to send it or "skip ${number}" to drop it.`
      : `there is no person ${number} under "People to confirm" in that digest.`;
  }
  if (!person.pending) {
    return verb === "confirm"
      ? `${person.name} is not waiting for confirmation: already one of your contacts.`
      : `${person.name} is already one of your contacts, so "${word}" leaves them; reply "never" with the number of a draft to them to stop writing to them.`;
  }
  return null;
}

/** What the plan needs beyond the drafts: the digest's group numbers and people, the user. */
export interface PlanContext {
  groups?: readonly { number: number; member: number }[];
  people?: readonly DigestPersonNow[];
  settings?: { sendingAddress: string | null } | null;
  /** The user's own addresses: never a contact's. */
  ownAddresses?: readonly string[];
  /** Whether an address is Rebound's own (its service address, or this inbox's): never a contact's. */
  reboundAddress?: (address: string) => boolean;
}

/** The text with its first `[[add: …]]` gap (subject first, then body) replaced; null if none. */
export function fillFirstGap(
  subject: string,
  body: string,
  text: string,
): { subject: string; body: string } | null {
  const gap = /\[\[add:[^\]]*\]\]/;
  if (gap.test(subject)) return { subject: subject.replace(gap, () => text), body };
  if (gap.test(body)) return { subject, body: body.replace(gap, () => text) };
  return null;
}

/** Why a command cannot act on an item as it stands now, or null when it can. */
function whyNot(item: DigestItemNow, verb: string): string | null {
  if (item.doNotContact) return "is to someone you asked Rebound never to contact.";
  switch (item.state) {
    case "sent":
      return "was already sent.";
    case "sending":
      return "is being sent right now.";
    case "approved":
      return verb === "approve" ? "was already approved." : "is approved and about to be sent.";
    case "skipped":
      return "was skipped earlier.";
    case "superseded":
      return "is no longer needed (they answered, so Rebound dropped it).";
    case "unknown":
      return "may already have gone out (its send had an unknown outcome), so Rebound leaves it alone.";
    case "failed":
      if (verb === "snooze") return "failed to send; approve it to try again, or skip it.";
      break;
    case "pending":
      break;
  }
  if (verb !== "skip" && verb !== "snooze" && item.version !== item.shownVersion) {
    return "changed since this digest, so nothing was done. Its new text is in your next digest.";
  }
  return null;
}

/** Why replacement text cannot be used, or null. */
function editProblem(item: DigestItemNow, subject: string | null, body: string): string | null {
  if (hasUnfilledSlot(`${subject ?? ""}\n${body}`)) {
    return `the new text for draft ${item.number} still has a gap to fill ([[add: …]]).`;
  }
  if (item.channel === "linkedin" && body.length > LINKEDIN_HARD_LIMIT) {
    return `LinkedIn notes must fit in ${LINKEDIN_HARD_LIMIT} characters (${LINKEDIN_NOTE_LIMIT} on many free accounts); the new text for draft ${item.number} has ${body.length}.`;
  }
  return null;
}

/** now + n days, weeks or calendar months. */
export function addDuration(now: Date, amount: number, unit: SnoozeUnit): Date {
  const next = new Date(now.getTime());
  if (unit === "month") next.setUTCMonth(next.getUTCMonth() + amount);
  else next.setUTCDate(next.getUTCDate() + amount * (unit === "week" ? 7 : 1));
  return next;
}
