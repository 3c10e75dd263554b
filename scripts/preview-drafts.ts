// npm run preview -- [--language de] [--english] [--calling] FILE.eml [FILE.eml ...]
// Shows the follow-up drafts Rebound would plan for each message, for a demo job seeker with
// nothing in D1 yet (no earlier touches), without storing anything, grouped by the language the
// drafts are written in. --language sets the user's preferred language; --english also stops
// following the employer's language; --calling makes the user prefer calling.
import { readFile } from "node:fs/promises";
import type { User } from "../src/domain/user.ts";
import { planInboundRecord } from "../src/inbound/plan-record.ts";
import { followUpsForMessage } from "../src/plan/follow-ups-for-message.ts";
import { guessSelf } from "../src/understand/analyze-message.ts";
import { parseEmail } from "../src/understand/mail/parse-email.ts";
import { understandEmail } from "../src/understand/understand-email.ts";

const args = process.argv.slice(2).filter((a) => a !== "--");
const languageAt = args.indexOf("--language");
const preferred = languageAt >= 0 ? (args[languageAt + 1] ?? null) : null;
const followEmployer = !args.includes("--english") && languageAt < 0;
const prefersCalling = args.includes("--calling");
const files = args.filter(
  (a, i) => !a.startsWith("--") && (languageAt < 0 || i !== languageAt + 1),
);
if (files.length === 0) {
  console.error("usage: npm run preview -- [--language de] [--english] [--calling] FILE.eml ...");
  process.exit(2);
}
const byLanguage = new Map<string, string[]>();
let next = 0;
const newId = () => `id-${++next}`;
const receivedAt = new Date().toISOString();
for (const file of files) {
  const email = await parseEmail(await readFile(file));
  const self = guessSelf(email);
  const user: User = {
    id: "preview",
    inboxAddress: "jobs@example.dev",
    ownerAddress: self.addresses[0] ?? "you@example.dev",
    addresses: [...self.addresses],
    displayName: self.names[0] ?? "Your Name",
    timeZone: "UTC",
    digestHour: 8,
    targetCompanies: ["Globex Systems", "Initech"],
    deliveryMode: "handoff",
    prefersCalling,
    paused: false,
    sendingAddress: null,
    draftLanguage: args.includes("--english") ? "en" : preferred,
    followEmployerLanguage: followEmployer,
  };
  const understood = understandEmail(email, self);
  const u = understood.understanding;
  const record = planInboundRecord(
    {
      route: understood.unwrapped.format === "none" ? "reply" : "forward",
      messageId: email.messageId,
      contentHash: "preview",
      envelopeFrom: user.ownerAddress,
      sender: email.from[0]?.address ?? null,
      subject: email.subject,
      receivedAt,
      rawSize: 0,
      loopGuard: null,
    },
    understood,
    { company: null, contacts: [], replyFrom: null },
    null,
    newId,
  );
  const plan = followUpsForMessage({
    user,
    record,
    understood,
    replyFrom: null,
    companyName: u.company,
    history: { touches: new Map(), lastReplies: new Map(), companyFeedbackRequested: false },
    returnDate: null,
    newId,
  });
  const who = new Map(
    record.contacts.map((w) => [
      w.contact.id,
      `${w.contact.name} <${w.contact.email ?? "no address"}>`,
    ]),
  );
  const lines = [
    `\n===== ${file}: ${u.category}${u.reason ? ` (${u.reason})` : ""}, ${u.company ?? "?"}, written in ${u.language}`,
  ];
  if (plan.drafts.length === 0) lines.push("(no drafts)");
  for (const d of plan.drafts) {
    lines.push(
      `\n--- ${d.kind} → ${who.get(d.contactId)} · due ${d.dueAt.slice(0, 10)} · rule ${d.rule} · ${d.language ?? "?"}/${d.register ?? "?"}`,
    );
    if (d.subject) lines.push(`Subject: ${d.subject}\n`);
    lines.push(d.body);
  }
  const language = plan.drafts[0]?.language ?? u.language;
  byLanguage.set(language, [...(byLanguage.get(language) ?? []), ...lines]);
}
for (const [language, lines] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`\n################ drafts in ${language} ################`);
  console.log(lines.join("\n"));
}
