// temporary probe (not committed)
import { readFileSync } from "node:fs";
import { parseEmail } from "../src/inbound/parse-email.ts";
import { understandEmail } from "../src/understand/understand-email.ts";
import { JORDAN_SELF } from "../test/support/users.ts";

interface Case { id: string; from: string; to?: string; cc?: string; replyTo?: string; subject: string; body: string; note?: string; forward?: boolean; want?: string[] }
const cases = JSON.parse(readFileSync(process.argv[2] ?? "/tmp/pe/cases.json", "utf8")) as Case[];
for (const c of cases) {
  const headers = c.forward
    ? [`From: Jordan Lee <jordan.lee@gmail.com>`, "To: jobs@jordanlee.dev", `Subject: Fwd: ${c.subject}`, "Date: Mon, 7 Dec 2026 09:12:00 +0100", "Message-ID: <x@y>", "MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"', "", c.note ?? "", "", "---------- Forwarded message ---------", `From: ${c.from}`, "Date: Fri, Dec 4, 2026 at 4:40 PM", `Subject: ${c.subject}`, `To: ${c.to ?? "Jordan Lee <jordan.lee@gmail.com>"}`, ...(c.cc ? [`Cc: ${c.cc}`] : []), "", c.body]
    : [`From: ${c.from}`, `To: ${c.to ?? "Jordan Lee <jordan.lee@gmail.com>"}`, ...(c.cc ? [`Cc: ${c.cc}`] : []), ...(c.replyTo ? [`Reply-To: ${c.replyTo}`] : []), `Subject: ${c.subject}`, "Date: Mon, 7 Dec 2026 09:12:00 +0100", "Message-ID: <x@y>", "MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"', "", c.body];
  const email = await parseEmail(new TextEncoder().encode(headers.join("\r\n")));
  const { understanding: u } = understandEmail(email, JORDAN_SELF);
  const got = u.contacts.map((x) => `${x.name}<${x.email ?? ""}>`);
  const want = c.want ?? [];
  const ok = got.length === want.length && got.every((g) => want.some((w) => g.startsWith(w)));
  console.log(`${ok ? "ok  " : "BAD "} ${c.id}: ${u.category} co=${u.company} role=${u.role} got=${JSON.stringify(got)} want=${JSON.stringify(want)}`);
}
