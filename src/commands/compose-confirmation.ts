import type { AppliedWrites, DigestItemNow } from "../db/commands.ts";
import type { UserSettings } from "../db/settings.ts";
import { answerHeaders } from "../deliver/answer-headers.ts";
import type { DeliveryReport } from "../deliver/deliver-drafts.ts";
import type { ServiceMail } from "../deliver/mailer.ts";
import { plainHtml } from "../deliver/plain-html.ts";
import { MESSAGE_KINDS } from "../domain/message-kind.ts";
import { answerSubject } from "../domain/outgoing-subject.ts";
import { HELP_TEXT } from "./help-text.ts";
import type { CommandPlan } from "./plan-commands.ts";
import { languageName } from "./settings-values.ts";

/** Everything that happened to one reply, for the confirmation. */
export interface ReplyOutcome {
  plan: CommandPlan;
  applied: AppliedWrites;
  deliveries: DeliveryReport[];
  items: readonly DigestItemNow[];
  /** Problems found while reading the reply (unknown words, bad numbers). */
  parseProblems: readonly string[];
  /** True when the reply had no command at all. */
  empty: boolean;
  /** Every setting as it stands after the reply, when `settings` asked for them. */
  settingsNow?: UserSettings | null;
  /** What `export` and `calendar` did, one sentence each. */
  files?: readonly string[];
}

/** Where the confirmation goes and what it answers. */
export interface ConfirmationParties {
  serviceAddress: string;
  ownerAddress: string;
  replyMessageId: string | null;
  replySubject: string;
  /** The digest's reply address: answering the confirmation works like answering the digest. */
  replyAddress: string;
}

/** The short answer to a command reply: exactly what was done, and what was not and why. */
export function composeConfirmation(
  outcome: ReplyOutcome,
  parties: ConfirmationParties,
): { message: ServiceMail; summary: string } {
  const text = confirmationText(outcome);
  const headers = { "Auto-Submitted": "auto-replied", ...answerHeaders(parties.replyMessageId) };
  const subject = parties.replySubject.trim()
    ? answerSubject(parties.replySubject)
    : "Rebound: your reply";
  return {
    message: {
      from: { name: "Rebound", address: parties.serviceAddress },
      to: parties.ownerAddress,
      replyTo: parties.replyAddress,
      subject,
      text,
      html: plainHtml(text),
      headers,
    },
    summary: text,
  };
}

/** The confirmation's text: sections only for what happened. */
export function confirmationText(outcome: ReplyOutcome): string {
  const { plan, applied, deliveries, items } = outcome;
  const byDraft = new Map(items.map((i) => [i.draftId, i]));
  const editedIds = new Set(plan.edit.map((e) => e.draftId));
  const line = (draftId: string) => {
    const item = byDraft.get(draftId);
    if (!item) return "a draft";
    const who = item.contactName ?? item.contactEmail ?? "someone";
    const yours = editedIds.has(draftId) && applied.edited.has(draftId) ? " (your text)" : "";
    return `${item.number}. ${capitalise(MESSAGE_KINDS[item.kind].label)} to ${who}${yours}`;
  };
  const sections: [string, string[]][] = [];
  const sent: string[] = [];
  const handedOff: string[] = [];
  const notSent: string[] = [];
  const retried: string[] = [];
  for (const report of deliveries) {
    const item = byDraft.get(report.draftId);
    const o = report.outcome;
    if (o.state === "sent" && o.via === "direct") {
      sent.push(
        `${line(report.draftId)} <${item?.contactEmail ?? "?"}>: sent, "${report.subject}". A copy is in your inbox.`,
      );
    } else if (o.state === "sent") {
      const how =
        item?.channel === "email"
          ? `mailed to you ready to send, "${report.subject}"`
          : "mailed to you to send by hand";
      handedOff.push(`${line(report.draftId)}: ${how}.${o.note ? ` ${capitalise(o.note)}` : ""}`);
    } else if (o.state === "approved") {
      retried.push(`${line(report.draftId)}: ${o.reason}`);
    } else if (o.state === "failed") {
      notSent.push(`${line(report.draftId)}: not sent: ${o.reason} Approve it again to retry.`);
    } else {
      notSent.push(`${line(report.draftId)}: outcome unknown: ${o.reason}`);
    }
  }
  if (sent.length > 0) sections.push(["Sent", sent]);
  if (handedOff.length > 0) sections.push(["Ready for you to send", handedOff]);
  if (notSent.length > 0) sections.push(["Not sent", notSent]);
  if (retried.length > 0) sections.push(["To be sent shortly", retried]);

  const delivered = new Set(deliveries.map((d) => d.draftId));
  const raced: string[] = [];
  for (const { draftId } of [...plan.approve, ...plan.edit]) {
    const moved = applied.approved.has(draftId) || applied.edited.has(draftId);
    if (!moved)
      raced.push(`${line(draftId)}: changed while your reply was on its way; nothing was done.`);
    else if (!delivered.has(draftId))
      raced.push(`${line(draftId)}: approved, but another reply is already sending it.`);
  }
  const skipped = plan.skip
    .filter((s) => applied.skipped.has(s.draftId))
    .map((s) => `${line(s.draftId)}: skipped.`);
  if (skipped.length > 0) sections.push(["Skipped", skipped]);
  const snoozed = plan.snooze
    .filter((s) => applied.snoozed.has(s.draftId))
    .map((s) => `${line(s.draftId)}: back in your digest on ${s.until.slice(0, 10)}.`);
  if (snoozed.length > 0) sections.push(["Snoozed", snoozed]);
  const never = plan.never.map(
    (n) => `${n.name} (draft ${n.number}): Rebound will never draft anything to them again.`,
  );
  if (never.length > 0) sections.push(["Do not contact", never]);
  const filled = plan.fill
    .filter((f) => applied.filled.has(f.draftId))
    .map((f) =>
      f.complete
        ? `${line(f.draftId)}: gap filled with your words, and approved (see above).`
        : `${line(f.draftId)}: gap filled; it has another [[add: …]] gap: reply "fill ${f.number} …" again.`,
    );
  const notFilled = plan.fill
    .filter((f) => !applied.filled.has(f.draftId))
    .map((f) => `${line(f.draftId)}: changed while your reply was on its way; nothing was filled.`);
  if (filled.length > 0) sections.push(["Filled in", filled]);
  const addressed = plan.address.map((a) =>
    applied.addressed.has(a.contactId)
      ? `${a.name} (${a.number}): address set to ${a.email}; Rebound uses it for their next drafts.`
      : null,
  );
  const notAddressed = plan.address
    .filter((a) => !applied.addressed.has(a.contactId))
    .map(
      (a) =>
        `"address ${a.number} ${a.email}": not set: ${a.name} already has an address, or ${a.email} belongs to someone else in your contacts.`,
    );
  const setAddresses = addressed.filter((a): a is string => a !== null);
  if (setAddresses.length > 0) sections.push(["Addresses", setAddresses]);
  const people = describePeople(plan, applied);
  if (people.confirmed.length > 0) sections.push(["People confirmed", people.confirmed]);
  if (people.declined.length > 0) sections.push(["People removed", people.declined]);
  if (plan.settings.length > 0) sections.push(["Settings", plan.settings]);
  if (outcome.settingsNow) sections.push(["Your settings", describeSettings(outcome.settingsNow)]);
  if (outcome.files && outcome.files.length > 0) sections.push(["Files", [...outcome.files]]);
  const problems = [
    ...outcome.parseProblems,
    ...plan.problems,
    ...raced,
    ...notFilled,
    ...notAddressed,
    ...people.problems,
  ].map((p) => (/[.!?]$/.test(p) ? p : `${p}.`));
  if (problems.length > 0) sections.push(["Could not do", problems]);

  const did = sections.some(([title]) => title !== "Could not do");
  const out: string[] = [];
  if (outcome.empty) {
    out.push("Rebound found no command in your reply, so nothing changed.");
  } else if (!did && problems.length > 0) {
    out.push("Nothing changed: Rebound could not do what your reply asked.");
  } else if (problems.length > 0) {
    out.push(
      "Here is what Rebound did. Some lines could not be done; everything else in your reply was applied.",
    );
  } else if (did) {
    out.push("Here is what Rebound did with your reply.");
  } else if (plan.help) {
    out.push("Here are the commands Rebound understands.");
  }
  for (const [title, lines] of sections) {
    out.push("", title, ...lines.map((l) => `- ${l}`));
  }
  if (plan.help || problems.length > 0 || outcome.empty) out.push("", HELP_TEXT);
  out.push("", "Reply to this email for more commands on the same digest.");
  return `${out.join("\n").trim()}\n`;
}

/** What `confirm N` and `not N` did, person by person, in words. */
function describePeople(
  plan: CommandPlan,
  applied: AppliedWrites,
): { confirmed: string[]; declined: string[]; problems: string[] } {
  const who = (p: CommandPlan["confirm"][number]) =>
    `${p.name}${p.email ? ` <${p.email}>` : ""} (${p.number})`;
  const confirmed: string[] = [];
  const declined: string[] = [];
  const problems: string[] = [];
  const planned = applied.released.size;
  for (const person of plan.confirm) {
    if (!applied.confirmed.has(person.contactId)) {
      problems.push(`"confirm ${person.number}": ${person.name} was already confirmed or removed`);
      continue;
    }
    const address = person.email
      ? ""
      : ` Rebound has no address for them: reply "address ${person.number} name@example.com" to add one.`;
    confirmed.push(`${who(person)}: now one of your contacts.${address}`);
  }
  if (confirmed.length > 0) {
    confirmed.push(
      planned === 0
        ? "No follow-up was waiting for them; Rebound plans the next ones as usual."
        : `${planned === 1 ? "The follow-up" : `The ${planned} follow-ups`} Rebound planned for them ${planned === 1 ? "is" : "are"} now drafted: ${planned === 1 ? "it comes" : "they come"} in your digest when due, and nothing goes out until you approve it.`,
    );
  }
  for (const person of plan.decline) {
    if (!applied.declined.has(person.contactId)) {
      problems.push(`"not ${person.number}": ${person.name} was already confirmed or removed`);
      continue;
    }
    declined.push(`${who(person)}: removed, with everything Rebound had planned for them.`);
  }
  return { confirmed, declined, problems };
}

/** Every setting with the reply that changes it. */
export function describeSettings(s: UserSettings): string[] {
  const hour = `${String(s.digestHour).padStart(2, "0")}:00`;
  return [
    `Name: ${s.displayName ?? "not set (drafts end with a gap for it)"}. Change: "name Jordan Lee".`,
    `Time zone: ${s.timeZone}. Change: "timezone Europe/Berlin" or a city, "timezone Berlin".`,
    `Digest hour: ${hour} your time. Change: "hour 7".`,
    `Language of drafts: ${s.followEmployerLanguage || !s.draftLanguage ? "each employer's own" : languageName(s.draftLanguage)}. Change: "language de", or "language auto".`,
    `Delivery: ${s.deliveryMode === "direct" ? `direct${s.sendingAddress ? `, from ${s.sendingAddress}` : " (no sending address yet, so handed to you)"}` : "handoff (approved messages come to you to send)"}. Change: "delivery direct" or "delivery handoff".`,
    `Target companies: ${s.targetCompanies.length > 0 ? s.targetCompanies.join(", ") : "none"}. Change: "targets: Acme, Globex".`,
    `Paused: ${s.paused ? 'yes. Reply "resume" to start again' : 'no. Reply "pause" to stop drafts and digests'}.`,
    `Calendar web address: ${s.calendarActive ? 'on. "calendar revoke" turns it off' : 'off. "calendar" mails your follow-ups and turns it on'}.`,
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
