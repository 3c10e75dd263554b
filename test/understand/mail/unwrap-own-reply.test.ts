import { describe, expect, it } from "vitest";
import type { Mailbox, ParsedEmail } from "../../../src/understand/mail/parsed-email.ts";
import { unwrapForward } from "../../../src/understand/mail/unwrap-forward.ts";
import { parsedEmail } from "../../support/parsed-email.ts";

// A reply the user readdresses to the inbox ("RE:" in the subject) is a forward in all but
// name. Every name, firm and address below is invented for these tests.

const USER: Mailbox = { name: "Jordan Lee", address: "jordan.lee@outlook.com" };
const INBOX: Mailbox = { name: "", address: "jobs@jordanlee.dev" };
const isOwn = (mailbox: Mailbox) => mailbox.address?.toLowerCase() === USER.address;
const WRITER = "Tomasz Wierzba <tomasz.wierzba@kettlebrook.example>";
const COPIED = "Ilse Brandvold <ilse.brandvold@kettlebrook.example>";

function message(subject: string, text: string, to: Mailbox[] = [INBOX]): ParsedEmail {
  return parsedEmail({ messageId: "<own-reply@example.test>", from: [USER], to, subject, text });
}

/** An Outlook header block in one language: its labels, then a short message. */
function quoted(labels: [string, string, string, string, string]): string {
  const [from, sent, to, cc, subject] = labels;
  return [
    "Second round booked, Ilse runs it.",
    "",
    `${from}: ${WRITER}`,
    `${sent}: 4 December 2026 15:18`,
    `${to}: Jordan Lee <jordan.lee@outlook.com>`,
    `${cc}: ${COPIED}`,
    `${subject}: Interview`,
    "",
    "Hello Jordan,",
    "",
    "Thursday at 14:30 works. Ilse will join us.",
    "",
    "Tomasz Wierzba",
  ].join("\n");
}

describe("the user's own reply sent to the inbox is unwrapped as a forward", () => {
  it.each<[string, string, [string, string, string, string, string]]>([
    ["en", "RE: Interview", ["From", "Sent", "To", "Cc", "Subject"]],
    ["de", "AW: Interview", ["Von", "Gesendet", "An", "Cc", "Betreff"]],
    ["fr", "RE : Interview", ["De", "Envoyé", "À", "Cc", "Objet"]],
    ["es", "RE: Interview", ["De", "Enviado el", "Para", "CC", "Asunto"]],
    ["nl", "Antw: Interview", ["Van", "Verzonden", "Aan", "CC", "Onderwerp"]],
    ["it", "R: Interview", ["Da", "Inviato", "A", "Cc", "Oggetto"]],
    ["pt", "RES: Interview", ["De", "Enviado", "Para", "Cc", "Assunto"]],
  ])("%s: the quoted sender and the copied keep their addresses", (_, subject, labels) => {
    const unwrapped = unwrapForward(message(subject, quoted(labels)), isOwn);
    expect(unwrapped.format).toBe("inline");
    expect(unwrapped.note).toBe("Second round booked, Ilse runs it.");
    expect(unwrapped.original.from?.address).toBe("tomasz.wierzba@kettlebrook.example");
    expect(unwrapped.original.cc.map((m) => m.address)).toEqual([
      "ilse.brandvold@kettlebrook.example",
    ]);
  });

  it.each<[string, ParsedEmail, ((m: Mailbox) => boolean) | undefined]>([
    [
      "a reply to the quoted sender, the inbox copied: the user's answer, not a note",
      message("RE: Interview", quoted(["From", "Sent", "To", "Cc", "Subject"]), [
        { name: "Tomasz Wierzba", address: "tomasz.wierzba@kettlebrook.example" },
        INBOX,
      ]),
      isOwn,
    ],
    [
      "a reply from someone who is not the user",
      {
        ...message("RE: Interview", quoted(["From", "Sent", "To", "Cc", "Subject"])),
        from: [{ name: "Ilse Brandvold", address: "ilse.brandvold@kettlebrook.example" }],
      },
      isOwn,
    ],
    [
      "the user's addresses unknown",
      message("RE: Interview", quoted(["From", "Sent", "To", "Cc", "Subject"])),
      undefined,
    ],
  ])("stays as it came: %s", (_, email, own) => {
    expect(unwrapForward(email, own).format).toBe("none");
  });
});
