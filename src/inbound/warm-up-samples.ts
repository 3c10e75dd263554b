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

/**
 * A contact's reply in each other language Rebound reads, as Gmail sends it: text and HTML,
 * quoted-printable UTF-8, curly apostrophes and narrow no-break spaces (two-byte text, where the
 * rejection forwards of warm-up-inbound.ts are mostly one-byte). Each names a day and a time and
 * a span of weeks or months (each language's date and time parsers), someone by title, and signs
 * off with a role and an employer. The kinds differ (an invitation, feedback, an offer, a place
 * in the talent pool), so that between them and the forwards every language is read as more than
 * one kind of mail. In our own words.
 */
export const LANGUAGE_REPLIES: readonly { subject: string; body: string }[] = [
  {
    subject: "Re: Nächste Schritte – Data Engineer",
    body: "Hallo Sample,\n\nwie versprochen ein kurzes Feedback zum Gespräch mit Herrn Vogel: Ihre Antworten zur Datenmodellierung haben überzeugt, für die Stelle fehlte uns aber Erfahrung mit Streaming. Gern sprechen wir am Donnerstag, 16.\u202fApril um 14:00\u202fUhr kurz telefonisch – und melden Sie sich in drei Monaten gern wieder.\n\nViele Grüße\nDana Reyes\nTalent Acquisition | Beispiel GmbH",
  },
  {
    subject: "Re: Votre candidature – ingénieur données",
    body: "Bonjour Sample,\n\nsuite à vos entretiens avec Mme Lefèvre et M. Garnier, nous avons le plaisir de vous proposer le poste d’ingénieur données. Pourriez-vous nous confirmer votre réponse d’ici le vendredi 17\u202favril à 18\u202fh\u202f? Nous pouvons aussi en parler lundi à 9\u202fh\u202f30.\n\nBien cordialement,\nDana Reyes\nChargée de recrutement — Exemple SAS",
  },
  {
    subject: "Re: Entrevista técnica – Data Engineer",
    body: "Hola, Sample:\n\ngracias por tu tiempo en la primera entrevista. Nos gustaría invitarte a una entrevista técnica con Marta Gil y Raúl Ortega el martes 14 de abril a las 10:30 (unos 45\u202fminutos). Si no te viene bien, dinos qué otro día te va mejor; el proceso se cerrará en dos semanas.\n\nUn saludo,\nDana Reyes\nResponsable de Selección · Ejemplo S.L.",
  },
  {
    subject: "Re: Sollicitatie Data Engineer",
    body: "Hoi Sample,\n\ndank je voor het gesprek van dinsdag. De vacature is helaas intern ingevuld, maar we bewaren je cv graag in onze talentenpool en nemen over zes maanden weer contact op. Zullen we op 20\u202fapril om 11.00\u202fuur nog even bellen met mevrouw Bakker?\n\nGroet,\nDana Reyes\nRecruiter · Voorbeeld B.V.",
  },
  {
    subject: "Re: Colloquio tecnico – Data Engineer",
    body: "Ciao Sample,\n\nti ringraziamo per il colloquio conoscitivo. Vorremmo fissare un colloquio tecnico con l’ing. Rossi mercoledì 15\u202faprile alle ore 15:00, della durata di circa un’ora. Fammi sapere se l’orario va bene, altrimenti ci sentiamo la prossima settimana.\n\nA presto,\nDana Reyes\nHR Business Partner – Esempio S.r.l.",
  },
  {
    subject: "Re: Processo seletivo – Data Engineer",
    body: "Olá, Sample,\n\nobrigada pela conversa com o Rafael e a Sra. Beatriz Lima. Infelizmente a vaga foi preenchida, mas o seu perfil ficará no nosso banco de talentos e voltaremos a falar daqui a três meses. Podemos conversar na segunda-feira, 13 de abril, às 16h – por vídeo?\n\nAbraço,\nDana Reyes\nAnalista de Recrutamento · Exemplo Ltda.",
  },
];

/** Quoted-printable, as mail clients write UTF-8 text: every byte past ASCII as =XX, lines ≤ 76. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let encoded = "";
    for (const byte of new TextEncoder().encode(line)) {
      encoded +=
        byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09)
          ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}`
          : String.fromCharCode(byte);
    }
    // Soft line breaks, never inside an =XX.
    while (encoded.length > 75) {
      let cut = 75;
      const lastEscape = encoded.lastIndexOf("=", cut - 1);
      if (lastEscape > cut - 3) cut = lastEscape;
      out.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    out.push(encoded);
  }
  return out.join("\r\n");
}
