import { describe, expect, it } from "vitest";
import { commandText } from "../../src/commands/reply-text.ts";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";

const DIGEST_QUOTE = [
  "> Your Rebound digest, Saturday 5 December 2026",
  ">",
  "> How to reply",
  ">   approve 1 3    approve drafts 1 and 3",
  ">   approve all    approve every draft in this email",
].join("\n");

describe("commandText: only what the user typed", () => {
  it.each([
    [
      "Gmail",
      `approve 1\nskip 2\n\nOn Sat, 5 Dec 2026 at 08:00, Rebound <rebound@example.com> wrote:\n${DIGEST_QUOTE}`,
      "approve 1\nskip 2",
    ],
    [
      "Gmail, attribution wrapped over two lines",
      `approve 1\n\nOn Sat, 5 Dec 2026 at 08:00, Rebound <\nrebound@example.com> wrote:\n${DIGEST_QUOTE}`,
      "approve 1",
    ],
    [
      "Apple Mail",
      `Approve 2\n\nSent from my iPhone\n\n> On 5 Dec 2026, at 08:00, Rebound <rebound@example.com> wrote:\n${DIGEST_QUOTE}`,
      "Approve 2",
    ],
    [
      "French",
      `skip 3\n\nLe sam. 5 déc. 2026 à 08:00, Rebound <rebound@example.com> a écrit :\n${DIGEST_QUOTE}`,
      "skip 3",
    ],
    [
      "German",
      `never 4\n\nAm Sa., 5. Dez. 2026 um 08:00 Uhr schrieb Rebound <rebound@example.com>:\n${DIGEST_QUOTE}`,
      "never 4",
    ],
    [
      "Spanish",
      `ok 1\n\nEl sáb, 5 dic 2026 a las 8:00, Rebound (<rebound@example.com>) escribió:\n${DIGEST_QUOTE}`,
      "ok 1",
    ],
    [
      "Outlook desktop",
      "approve 1\n\n________________________________\nFrom: Rebound <rebound@example.com>\nSent: Saturday, December 5, 2026 8:00 AM\nTo: Jordan Lee <jordan.lee@gmail.com>\nSubject: Rebound: 3 drafts to approve\n\napprove all",
      "approve 1",
    ],
    [
      "Outlook German labels",
      "approve 1\n\nVon: Rebound <rebound@example.com>\nGesendet: Samstag, 5. Dezember 2026 08:00\nAn: Jordan Lee <jordan.lee@gmail.com>\nBetreff: Rebound: 3 drafts to approve\n\napprove all",
      "approve 1",
    ],
    [
      "Original Message separator",
      "skip 1\n\n-----Original Message-----\nFrom: Rebound <rebound@example.com>\napprove all",
      "skip 1",
    ],
    [
      "Get Outlook for iOS",
      "approve 2\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\napprove all",
      "approve 2",
    ],
    ["dash-dash signature", "approve 2\n-- \nJordan Lee\napprove all", "approve 2"],
    ["German iPhone signature", "approve 2\n\nVon meinem iPhone gesendet", "approve 2"],
    [
      "a digest quoted without markers",
      "approve 1\n\nYour Rebound digest, Saturday 5 December 2026\nHow to reply\napprove all",
      "approve 1",
    ],
    [
      "an edit keeps its lines and blank lines",
      "edit 2\nHi Maya,\n\nThank you again.\n\nJordan\n\nOn Sat, 5 Dec 2026 at 08:00, Rebound <rebound@example.com> wrote:\n> approve all",
      "edit 2\nHi Maya,\n\nThank you again.\n\nJordan",
    ],
    [
      "only a quote",
      `On Sat, 5 Dec 2026 at 08:00, Rebound <rebound@example.com> wrote:\n${DIGEST_QUOTE}`,
      "",
    ],
    ["only quoted lines, no attribution", DIGEST_QUOTE, ""],
    ["empty", "", ""],
  ])("%s", (_client, body, expected) => {
    expect(commandText(body)).toBe(expected);
  });

  it("reads an HTML-only reply (Gmail's quote block is a blockquote)", async () => {
    const raw = [
      "From: Jordan Lee <jordan.lee@gmail.com>",
      "To: jobs+0123456789abcdef0123456789abcdef@jordanlee.dev",
      "Subject: Re: Rebound: 3 drafts to approve",
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      '<div dir=3D"ltr">approve 1<div>skip 3</div></div><br><div class=3D"gmail_quote">=',
      '<div dir=3D"ltr" class=3D"gmail_attr">On Sat, 5 Dec 2026 at 08:00, Rebound &l=',
      't;rebound@example.com&gt; wrote:<br></div><blockquote class=3D"gmail_quote">=',
      "How to reply<br>approve all<br></blockquote></div>",
    ].join("\r\n");
    const email = await parseEmail(raw);
    expect(commandText(email.text)).toBe("approve 1\nskip 3");
  });

  it("reads a base64, CRLF reply from Outlook on the web", async () => {
    const body =
      "approve 2\r\n\r\nFrom: Rebound <rebound@example.com>\r\nSent: Saturday, December 5, 2026 08:00\r\nTo: jordan.lee@outlook.com\r\nSubject: Rebound digest\r\n\r\napprove all\r\n";
    const raw = [
      "From: Jordan Lee <jordan.lee@gmail.com>",
      "Subject: RE: Rebound digest",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      btoa(body),
    ].join("\r\n");
    expect(commandText((await parseEmail(raw)).text)).toBe("approve 2");
  });

  it("reads at most 20,000 characters", () => {
    expect(commandText(`approve 1\n${"x".repeat(50_000)}`).length).toBeLessThanOrEqual(20_000);
  });
});
