/**
 * More kinds of mail for the start-up warm-up (warm-up-inbound.ts), in our own words. Each kind
 * takes paths the basic samples do not: a note that names people and a topic, a panel in Cc
 * with a signature block, an invitation with a date and time, an out-of-office reply with a
 * return date, a keep-on-file with a time to come back, an HTML-only notice from an
 * applicant-tracking system, a job alert. V8 compiles each function and each pattern on first
 * use, and a pattern once for one-byte (Latin-1) and once for two-byte text: each sample runs
 * in both (see bothWidths), as real mail comes in both.
 */

/** Who sends a sample: the user forwarding it, or the known contact replying. */
export type SampleRoute = "forward" | "reply";

export interface WarmUpSample {
  route: SampleRoute;
  /** Header and body lines after From/To/Message-ID, joined with CRLF by the warm-up. */
  lines: readonly string[];
}

const PLAIN = ['Content-Type: text/plain; charset="UTF-8"', "MIME-Version: 1.0"];

export const WARM_UP_SAMPLES: readonly WarmUpSample[] = [
  {
    // A Gmail forward with the user's note naming two people and what was talked about.
    route: "forward",
    lines: [
      "Subject: Fwd: Update on your application - Platform Engineer",
      ...PLAIN,
      "",
      "Talked about the storage migration with Priya Natarajan; Tom Becker",
      "(tom.becker@lumenfield.example), the hiring manager, was really kind. Follow up with",
      "Priya in spring.",
      "",
      "---------- Forwarded message ---------",
      "From: Priya Natarajan <priya.natarajan@lumenfield.example>",
      "Date: Tue, 10 Mar 2026 at 4:12\u202fPM",
      "Subject: Update on your application - Platform Engineer",
      "To: <sample.user@example.com>",
      "",
      "Dear Sample,",
      "",
      "Thank you for the time you spent with our team. After careful consideration we’ve decided",
      "not to move forward, as the position has been filled by an internal candidate. We would",
      "be glad to stay in touch and reach out again in six months.",
      "",
      "Kind regards,",
      "Priya Natarajan",
      "Senior Technical Recruiter",
      "Lumenfield GmbH | Hauptstraße 12, 10115 Berlin",
      "+49 30 1234 5678 | lumenfield.example",
    ],
  },
  {
    // The contact replies with the panel in Cc, a requisition in the subject, a signature block.
    route: "reply",
    lines: [
      "Cc: Marcus Hale <marcus.hale@example.org>, Ines Duarte <ines.duarte@example.org>",
      "Subject: RE: Final round - Senior Backend Engineer (Req #4411)",
      "In-Reply-To: <thread-1@example.com>",
      ...PLAIN,
      "",
      "Hi Sample,",
      "",
      "Thanks again for meeting Marcus and Ines last week. Unfortunately we have decided to",
      "proceed with other candidates whose experience more closely matches the role. Marcus",
      "mentioned he would be happy to share feedback on the system design exercise if useful.",
      "",
      "We will keep your resume on file for future openings.",
      "",
      "Best,",
      "Dana Reyes",
      "Talent Acquisition Partner, Engineering",
      "Example Org Inc. | 500 Market Street, Suite 200, San Francisco, CA 94105",
      "M: (415) 555-0134 | www.example.org",
      "",
      "On Mon, Mar 2, 2026 at 9:15 AM Sample User <sample.user@example.com> wrote:",
      "> Hi Dana, thank you for the update. Is there any feedback you could share?",
    ],
  },
  {
    // An invitation: a date, a time, a video link, a Reply-To.
    route: "forward",
    lines: [
      "Subject: Fwd: Interview invitation: Data Analyst at Brookside Labs",
      ...PLAIN,
      "",
      "---------- Forwarded message ---------",
      "From: Brookside Labs Recruiting <no-reply@brookside.example>",
      "Date: Wed, Mar 4, 2026 at 11:02 AM",
      "Subject: Interview invitation: Data Analyst at Brookside Labs",
      "To: sample.user@example.com",
      "",
      "Hello Sample,",
      "",
      "We'd like to invite you to a 45-minute video interview with Helen Park, our Analytics",
      "Lead. Would Thursday, March 12 at 2:30 pm CET work for you? Please confirm or propose",
      "another time by replying to this email.",
      "",
      "Join: https://meet.example.com/abc-defg-hij",
      "",
      "Thanks,",
      "The Brookside Labs Talent Team",
    ],
  },
  {
    // The contact is away: an automatic reply with the day they are back.
    route: "reply",
    lines: [
      "Subject: Automatic reply: Thank you",
      "Auto-Submitted: auto-replied",
      "X-Autoreply: yes",
      ...PLAIN,
      "",
      "Thank you for your message. I’m out of the office until Monday, 23 March 2026 with",
      "limited access to email. For urgent matters please contact recruiting@example.org.",
      "",
      "Dana",
    ],
  },
  {
    // An applicant-tracking system's acknowledgement, HTML only, with a legal footer.
    route: "forward",
    lines: [
      "Subject: Fwd: Thank you for applying to Northgate",
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      '<div dir=3D"ltr">---------- Forwarded message ---------<br>From: Northgate Careers &lt;=',
      "notifications@northgate.example&gt;<br>Date: Fri, 6 Mar 2026 at 08:30<br>Subject: Thank =",
      "you for applying to Northgate<br>To: sample.user@example.com<br><br>",
      "<table><tr><td><p>Hi Sample,</p><p>We have received your application for the =",
      "<b>Product Designer</b> position (ID 2026-118). Our team will review it and get back to =",
      "you if your profile matches our needs.</p><p>Best regards,<br>Northgate Talent =",
      'Acquisition</p><p style=3D"font-size:11px">Northgate AG, Seestrasse 4, 8002 Z=C3=BCrich. =',
      'You received this email because you applied on our <a href=3D"https://jobs.example">careers =',
      "site</a>. Unsubscribe | Privacy policy</p></td></tr></table></div>",
    ],
  },
  {
    // A job board's alert: a list of openings, nothing to plan.
    route: "forward",
    lines: [
      "Subject: Fwd: 5 new jobs for Data Engineer in Amsterdam",
      ...PLAIN,
      "",
      "---------- Forwarded message ---------",
      "From: JobFinder Alerts <alerts@jobfinder.example>",
      "Date: Sat, 7 Mar 2026 at 07:00",
      "Subject: 5 new jobs for Data Engineer in Amsterdam",
      "To: sample.user@example.com",
      "",
      "New jobs matching your search",
      "",
      "Data Engineer - Canalworks B.V. - Amsterdam - €60,000–€75,000 a year",
      "Senior Data Engineer (m/f/d) - Tulip Analytics - Remote",
      "Analytics Engineer - Harbourline - Amsterdam, Hybrid",
      "",
      "See all jobs: https://jobfinder.example/search?q=data+engineer",
      "You are receiving this alert because you subscribed. Manage alerts | Unsubscribe",
    ],
  },
  {
    // Outlook's "forward as attachment": a note in text and Word's HTML, the message attached.
    route: "forward",
    lines: [
      "Subject: FW: Staff Designer - next steps",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "--outer",
      'Content-Type: multipart/alternative; boundary="inner"',
      "",
      "--inner",
      'Content-Type: text/plain; charset="utf-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Rejection from Fernhill attached. Kasia ran the portfolio review; discussed design tokens with her - lovely person.",
      "",
      "--inner",
      'Content-Type: text/html; charset="utf-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      '<html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><head><style><!--',
      'p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}',
      '--></style></head><body lang=3D"EN-GB"><div class=3D"WordSection1"><p class=3D=',
      '"MsoNormal">Rejection from Fernhill attached. Kasia ran the portfolio review; discussed =',
      'design tokens with her - lovely person.<o:p></o:p></p><p class=3D"MsoNormal"><o:p>&nbsp;=',
      "</o:p></p></div></body></html>",
      "",
      "--inner--",
      "",
      "--outer",
      "Content-Type: message/rfc822",
      "Content-Disposition: attachment",
      "",
      "From: Kasia Wrona <kasia.wrona@fernhill.example>",
      "Date: Thu, 5 Mar 2026 16:20:00 +0100",
      "Subject: Staff Designer - next steps",
      "To: Sample User <sample.user@example.com>",
      "Cc: Omar Farouk <omar.farouk@fernhill.example>",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "Hi Sample,",
      "",
      "I wanted to let you know myself: we've offered the Staff Designer role to another",
      "candidate who has more experience with design systems at scale. Omar and I both enjoyed",
      "your portfolio review, and we'd be glad to hear from you when we open the next role.",
      "",
      "--",
      "Kasia Wrona",
      "Design Manager, Platform",
      "Fernhill Studio",
      "",
      "--outer--",
    ],
  },
  {
    // A recruiter introduces someone, and the user's reply above the quote is stepped over.
    route: "reply",
    lines: [
      "Cc: Ana Lima <ana.lima@example.org>",
      "Subject: Re: Coffee chat?",
      ...PLAIN,
      "",
      "Hi Sample,",
      "",
      "Great to hear from you! I'm copying my colleague Ana Lima, who leads the payments team",
      "and is hiring a Staff Engineer next quarter. Ana, Sample was one of our strongest",
      "finalists this winter. I'll let you two take it from here.",
      "",
      "Cheers,",
      "Dana",
      "",
      "-----Original Message-----",
      "From: Sample User <sample.user@example.com>",
      "Sent: Monday, March 9, 2026 10:00 AM",
      "To: Dana Reyes <dana.reyes@example.org>",
      "Subject: Coffee chat?",
      "",
      "Hi Dana, would you have time for a short call in April?",
    ],
  },
];

/** As written with straight quotes, hyphens and spaces: every string one-byte (Latin-1). */
function oneByte(line: string): string {
  return line
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u202f/g, " ")
    .replace(/\u20ac/g, "EUR ");
}

/** Surnames spelt with letters past Latin-1, so that names too are two-byte strings. */
const WIDE_NAMES: readonly [string, string][] = [
  ["Wrona", "Wrońska"],
  ["Hale", "Hałas"],
  ["Duarte", "Dvořák"],
  ["Becker", "Bečka"],
  ["Park", "Parkś"],
  ["Farouk", "Farūq"],
  ["Lima", "Łima"],
];

/**
 * With curly apostrophes, en dashes and names past Latin-1, as much real mail is: two-byte
 * strings. The message's own subject goes as an RFC 2047 encoded word, as clients send it.
 */
function twoByte(lines: readonly string[]): string[] {
  const headerEnd = lines.indexOf("");
  return lines.map((line, i) => {
    let wide = oneByte(line).replace(/ - /g, " \u2013 ").replace(/'/g, "\u2019");
    for (const [name, spelt] of WIDE_NAMES) wide = wide.replaceAll(name, spelt);
    if (i > headerEnd || !wide.startsWith("Subject: ") || !/[\u0080-\uffff]/.test(wide)) {
      return wide;
    }
    const bytes = new TextEncoder().encode(wide.slice("Subject: ".length));
    return `Subject: =?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
  });
}

/** The sample in one-byte and in two-byte text (once when the two are the same). */
export function bothWidths(sample: WarmUpSample): WarmUpSample[] {
  const narrow = sample.lines.map(oneByte);
  const wide = twoByte(sample.lines);
  const same = narrow.every((line, i) => line === wide[i]);
  return same
    ? [{ ...sample, lines: narrow }]
    : [
        { ...sample, lines: narrow },
        { ...sample, lines: wide },
      ];
}
