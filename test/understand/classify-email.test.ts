import { describe, expect, it } from "vitest";
import { attachedForward, handled } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// Messages written for these tests, in words of their own (not taken from any fixture), sent
// through the Worker's real email() handler the way a forward from Gmail arrives.

let sequence = 0;

/** A Gmail web forward by Jordan of one message (with any older history below it). */
function gmailForward(original: {
  from: string;
  subject: string;
  body: string;
  note?: string;
}): string {
  sequence += 1;
  return [
    `From: ${JORDAN.name} <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: Fwd: ${original.subject}`,
    "Date: Tue, 10 Nov 2026 18:20:00 +0100",
    `Message-ID: <classify-email-${sequence}@mail.gmail.com>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    original.note ?? "",
    "",
    "---------- Forwarded message ---------",
    `From: ${original.from}`,
    "Date: Mon, 9 Nov 2026 at 09:41",
    `Subject: ${original.subject}`,
    `To: ${JORDAN.name} <${JORDAN.owner}>`,
    "",
    original.body,
    "",
  ].join("\r\n");
}

/** A forward as attachment (message/rfc822) of an invitation that carries a calendar part. */
function forwardedInvitation(): string {
  sequence += 1;
  const inner = [
    "From: Ines Okafor <ines.okafor@tallowmere.example>",
    `To: ${JORDAN.name} <${JORDAN.owner}>`,
    "Subject: Invitation: Architecture conversation (Platform Engineer) @ Thu 19 Nov 2026 15:00 - 16:00 (CET)",
    "Date: Tue, 10 Nov 2026 11:05:00 +0100",
    "Message-ID: <inv-tallowmere-1@tallowmere.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="outer"',
    "",
    "--outer",
    'Content-Type: multipart/alternative; boundary="alt"',
    "",
    "--alt",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Architecture conversation (Platform Engineer)",
    "Thursday 19 November 2026, 15:00 - 16:00 (CET)",
    "Microsoft Teams meeting - Join on your computer or mobile app",
    "Meeting ID: 318 204 775 19  Passcode: qT7xLm",
    "Organizer: Ines Okafor",
    "Guests: Jordan Lee, Baptiste Rouleau",
    "",
    "--alt",
    "Content-Type: text/calendar; charset=UTF-8; method=REQUEST",
    "",
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "DTSTART:20261119T140000Z",
    "DTEND:20261119T150000Z",
    "SUMMARY:Architecture conversation (Platform Engineer)",
    "ORGANIZER;CN=Ines Okafor:mailto:ines.okafor@tallowmere.example",
    "ATTENDEE;CN=Jordan Lee;RSVP=TRUE:mailto:jordan.lee@gmail.com",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
    "--alt--",
    "--outer--",
    "",
  ].join("\r\n");
  return attachedForward(inner, {
    subject: "Invitation: Architecture conversation (Platform Engineer)",
    note: "the second round, finally",
    date: "Tue, 10 Nov 2026 18:20:00 +0100",
    messageId: `classify-email-${sequence}`,
  });
}

describe("email(): whose message it is", () => {
  it("plans no rejection from Jordan's own follow-up at the top of a forwarded thread", async () => {
    const raw = gmailForward({
      from: `${JORDAN.name} <${JORDAN.owner}>`,
      subject: "Re: Data Platform Engineer - after Tuesday",
      note: "sent this a week ago, nothing back yet",
      body: [
        "Hi Rosalind,",
        "",
        "I hope the week has been kind to you. I haven't heard anything since the panel and wondered:",
        "did you decide to go in another direction? Unfortunately the silence makes it hard to plan,",
        "so even a short no would help.",
        "",
        "Thanks, Jordan",
        "",
        "On Wed, 21 Oct 2026 at 16:12, Rosalind Achterberg <r.achterberg@kelpline.example> wrote:",
        "> Hi Jordan, you're confirmed for the panel on Tuesday 27 October at 14:00 in our",
        "> Utrecht office: Femke Dijkstra (engineering lead) and Omar Haddad (data). Ask for",
        "> me at reception. Rosalind",
      ].join("\r\n"),
    });
    const { stored, drafts } = await handled(raw);
    expect(stored?.category).not.toBe("rejection");
    expect(drafts).toBe(0);
  });

  it("reads the employer's answer, not Jordan's quoted question, in a forwarded reply", async () => {
    const raw = gmailForward({
      from: "Rosalind Achterberg <r.achterberg@kelpline.example>",
      subject: "Re: Data Platform Engineer - after Tuesday",
      body: [
        "Hi Jordan,",
        "",
        "Not at all, sorry for the quiet! Two of the panel were off sick, so we're running a few",
        "days late. You're still very much in the running and I'll have an update by Friday.",
        "",
        "Rosalind",
        "",
        "On Tue, 3 Nov 2026 at 08:55, Jordan Lee <jordan.lee@gmail.com> wrote:",
        "> Hi Rosalind, did you decide to go in another direction? Unfortunately I haven't heard",
        "> back since the panel. A short no would be fine. Thanks, Jordan",
      ].join("\r\n"),
    });
    const { stored, drafts } = await handled(raw);
    expect(stored?.category).not.toBe("rejection");
    expect(drafts).toBe(0);
  });
});

describe("email(): acknowledgements, alerts and newsletters are data, not decisions", () => {
  it("records an acknowledgement as an application at stage applied, with no drafts", async () => {
    const raw = gmailForward({
      from: "Brackwater Energy Careers <no-reply@brackwater-energy.example>",
      subject: "We have your application - Grid Analytics Engineer",
      body: [
        "Dear Jordan,",
        "",
        "Thank you for applying for the Grid Analytics Engineer position at Brackwater Energy.",
        "Your application reached us safely and is now with our recruitment team, who will look",
        "through it over the coming two weeks. There is nothing more you need to do right now.",
        "",
        "Kind regards,",
        "Brackwater Energy Talent Team",
        "This mailbox is not monitored.",
      ].join("\r\n"),
    });
    const { stored, drafts, applications } = await handled(raw);
    expect(stored?.category).toBe("application_received");
    expect(drafts).toBe(0);
    expect(applications).toEqual([{ stage: "applied", outcome: "open" }]);
  });

  it("records a job alert and nothing else", async () => {
    const raw = gmailForward({
      from: "Jobfinch Alerts <alerts@mail.jobfinch.example>",
      subject: "7 new roles for 'analytics engineer' near Rotterdam",
      body: [
        "New jobs matching your saved search 'analytics engineer'",
        "",
        "Analytics Engineer - Duinwater Logistics - Rotterdam - 2 days ago",
        "Senior Analytics Engineer - Pelgrim Insurance - Hybrid - new",
        "BI Engineer - Havenmeester Foods - Delft - 1 week ago",
        "",
        "See all 7 jobs",
        "You're receiving this because you created a job alert. Manage alerts | Unsubscribe",
      ].join("\r\n"),
    });
    const { stored, drafts, applications } = await handled(raw);
    expect(stored?.category).toBe("job_alert");
    expect(stored?.company_id).toBeNull();
    expect(drafts).toBe(0);
    expect(applications).toEqual([]);
  });

  it("plans nothing from a careers newsletter that mentions moving in another direction", async () => {
    const raw = gmailForward({
      from: "The Offer Letter <hello@news.offerletter.example>",
      subject: "This week: when a company goes in another direction",
      body: [
        "Hi there,",
        "",
        "In this issue: what to do when a company tells you it has decided to move in another",
        "direction, three salary negotiation scripts, and the remote-work survey results.",
        "",
        "Read the full issue on our site.",
        "You are receiving this newsletter because you subscribed. Unsubscribe any time.",
      ].join("\r\n"),
    });
    const { stored, drafts } = await handled(raw);
    expect(stored?.category).not.toBe("rejection");
    expect(drafts).toBe(0);
  });
});

describe("email(): rejections that say it without the usual words", () => {
  it.each([
    [
      "no longer available",
      "Harrowgate Freight Recruiting <careers@harrowgate-freight.example>",
      "Your application: Logistics Data Analyst",
      "Hello Jordan,\r\n\r\nThank you for your interest in Harrowgate Freight. The role you applied to, Logistics Data Analyst (REQ-4471), is no longer available, and your application will not move further.\r\n\r\nWe encourage you to look at our other openings.\r\n\r\nHarrowgate Freight Talent Acquisition",
    ],
    [
      "unable to fill it",
      "Mirelle Vance <mirelle.vance@quoin-labs.example>",
      "Update on the Staff Engineer search",
      "Hi Jordan,\r\n\r\nI owe you an update. Due to changing business needs we are unable to fill the Staff Engineer role this year, so the search is closed for everyone, you included.\r\n\r\nIt was a pleasure getting to know you.\r\nMirelle",
    ],
    [
      "found ineligible, not referred",
      "USAJOBS [DO NOT REPLY] <no-reply@usajobs.example>",
      "Application status update: IT Specialist (DATAMGT)",
      "Dear Jordan Lee,\r\n\r\nYour application for IT Specialist (DATAMGT), announcement 26-ORW-1189, has been reviewed.\r\n\r\nYou were found: Ineligible. You do not meet the specialized experience requirement for the GS-12 grade.\r\n\r\nYou have not been referred to the hiring manager for further consideration.\r\n\r\nThis is an automated message. Do not reply.",
    ],
    [
      "decommissioned",
      "Ostrander Health Careers <ostranderhealth@myworkday.example>",
      "Application update",
      "Hello Jordan,\r\n\r\nYour application for Clinical Data Engineer (R-20931) has been decommissioned by the employer. You can view the status of all your applications in your candidate home.\r\n\r\nOstrander Health Careers",
    ],
    [
      "position has been filled",
      "Pellwick Bank <donotreply@pellwick.icims.example>",
      "Regarding your application for Risk Modelling Analyst",
      "Dear Jordan,\r\n\r\nThank you for applying for Risk Modelling Analyst. We wanted to let you know that this position has been filled. We appreciate the time you invested in your application.\r\n\r\nSincerely,\r\nPellwick Bank Talent Acquisition",
    ],
  ])("reads '%s' as a rejection", async (_what, from, subject, body) => {
    const { stored } = await handled(gmailForward({ from, subject, body }));
    expect(stored?.category).toBe("rejection");
  });
});

describe("email(): scheduling is an interview invitation", () => {
  it("reads a request for availability as an interview invitation", async () => {
    const raw = gmailForward({
      from: "Tobias Lindqvist <tobias@ferrowind.example>",
      subject: "Next step - Backend Engineer",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for the chat on Monday, the team would like to take things further. Could you send",
        "me a few slots when you'd be free for a 45-minute technical call next week? Mornings",
        "work best on our side.",
        "",
        "Best,",
        "Tobias",
      ].join("\r\n"),
    });
    const { stored } = await handled(raw);
    expect(stored?.category).toBe("interview_invite");
  });

  it("reads a forwarded calendar invitation as an interview invitation", async () => {
    const { stored } = await handled(forwardedInvitation());
    expect(stored?.category).toBe("interview_invite");
  });
});

describe("email(): a stranger's approach about a new role is not an interview", () => {
  // Each proposes a call, as an invitation does, but about a role the reader never applied to.
  it.each([
    [
      "en",
      "Marlow Search <nadia.okoro@marlowsearch.example>",
      "Staff data role - quick question",
      "Hi Jordan,\r\n\r\nNadia here, a headhunter at Marlow Search. A logistics scale-up I work for is quietly hiring a staff data engineer and your open-source work made me think of you.\r\n\r\nWould you be open to a 15-minute call on Thursday to hear about it?\r\n\r\nNadia",
    ],
    [
      "de",
      "Henrik Vogt <h.vogt@fichtel-personal.example>",
      "Neue Herausforderung als Teamlead?",
      "Hallo Jordan,\r\n\r\nich bin Personalberater und im Auftrag eines Mandanten aus Leipzig auf der Suche nach einer Teamleitung Plattform. Dein Profil auf Xing ist mir dabei positiv aufgefallen.\r\n\r\nHättest du Zeit für ein kurzes Telefonat am Freitag? Welche Uhrzeit passt dir?\r\n\r\nViele Grüße\r\nHenrik Vogt",
    ],
    [
      "es",
      "Lucía Ferrer <lucia@brezotalent.example>",
      "Posición de Tech Lead",
      "Hola Jordan:\r\n\r\nSoy consultora en Brezo Talent y llevo una búsqueda para un cliente del sector seguros que necesita un Tech Lead. He visto tu perfil y creo que encaja.\r\n\r\n¿Te vendría bien una llamada breve el martes para contarte más?\r\n\r\nUn saludo,\r\nLucía",
    ],
    [
      "pt",
      "Tiago Lobo <tiago.lobo@cedrohunting.example>",
      "Vaga de Engenharia - conversa?",
      "Olá Jordan,\r\n\r\nSou recrutador na Cedro Hunting e estou a conduzir um processo para uma fintech em Lisboa. Vi o seu perfil e acho que pode fazer sentido.\r\n\r\nTeria disponibilidade para uma chamada rápida na quarta-feira?\r\n\r\nAbraço,\r\nTiago",
    ],
  ])(
    "%s: plans no interview from a recruiter's first message",
    async (_language, from, subject, body) => {
      const { stored, drafts, applications } = await handled(gmailForward({ from, subject, body }));
      expect(stored?.category).not.toBe("interview_invite");
      expect(drafts).toBe(0);
      expect(applications.filter((a) => a.stage === "interviewed")).toEqual([]);
    },
  );

  it("still reads a call about the reader's own application as an invitation", async () => {
    const raw = gmailForward({
      from: "Ruth Adeyemi <ruth.adeyemi@kestrelworks.example>",
      subject: "Your application - Platform Engineer",
      body: "Hi Jordan,\r\n\r\nThank you for your application for the Platform Engineer role. The hiring team would like to meet you: could you let me know your availability for a 30-minute call next week?\r\n\r\nBest,\r\nRuth",
    });
    const { stored } = await handled(raw);
    expect(stored?.category).toBe("interview_invite");
  });
});
