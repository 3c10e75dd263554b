import { describe, expect, it } from "vitest";
import type { ExtractedContact } from "../../schemas/understanding.ts";
import { extractDetails } from "../../src/understand/extract-details.ts";
import { type ExtractCase as Case, extractInput, mb } from "../support/extract-input.ts";

const input = extractInput;

/** Name, address and part of each contact, in a stable order. */
function people(contacts: ExtractedContact[]): [string | null, string | null, string][] {
  return contacts
    .map((c): [string | null, string | null, string] => [c.name, c.email, c.kind])
    .sort((a, b) => (String(a[0] ?? a[1]) < String(b[0] ?? b[1]) ? -1 : 1));
}

const GREENHOUSE = mb("Northwind Robotics", "no-reply@us.greenhouse-mail.io");

describe("company", () => {
  it.each<[string, Case, string | null]>([
    [
      "a pipe signature",
      {
        from: mb("Maya Ortiz", "maya@nwr.example"),
        text: "Hi Jordan,\n\nWe went with another candidate.\n\nBest,\nMaya Ortiz | Engineering Manager | Northwind Robotics",
      },
      "Northwind Robotics",
    ],
    [
      "the body's 'your application to'",
      {
        from: mb("", "no-reply@greenhouse.io"),
        text: "Hi Jordan,\n\nThank you for your application to Northwind Robotics. Unfortunately we will not be moving forward.",
      },
      "Northwind Robotics",
    ],
    [
      "a legal form after 'at'",
      {
        from: mb("", "noreply@personio.de"),
        text: "Thank you for your interest in the Data Analyst position at Kessler Logistik GmbH. We have decided to pursue other candidates.",
      },
      "Kessler Logistik GmbH",
    ],
    [
      "German 'bei der'",
      {
        from: mb("", "noreply@personio.de"),
        text: "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung bei der Kessler Logistik GmbH. Leider müssen wir Ihnen absagen.",
      },
      "Kessler Logistik GmbH",
    ],
    [
      "French 'chez'",
      {
        from: mb("", "no-reply@welcomekit.co"),
        text: "Bonjour Jordan,\n\nNous vous remercions pour votre candidature chez Atelier Lumière. Malheureusement, nous ne pouvons pas y donner suite.",
      },
      "Atelier Lumière",
    ],
    [
      "Spanish 'interés en'",
      {
        from: mb("", "no-reply@smartrecruiters.com"),
        text: "Hola Jordan:\n\nGracias por tu interés en Grupo Solana. Lamentablemente hemos seleccionado a otra persona.",
      },
      "Grupo Solana",
    ],
    [
      "the sender's display name on an ATS address",
      {
        from: mb("Northwind Robotics Recruiting", "no-reply@greenhouse.io"),
        text: "Hi Jordan,\n\nWe have decided to move forward with other candidates.\n\nThe Hiring Team",
      },
      "Northwind Robotics",
    ],
    [
      "the subject",
      {
        from: mb("", "no-reply@ashbyhq.com"),
        subject: "Your application at Bluepeak",
        text: "Hi Jordan, we won't be moving forward. Best of luck!",
      },
      "Bluepeak",
    ],
    [
      "the sender's domain as a last resort",
      {
        from: mb("Sam", "sam@bluepeak.io"),
        text: "Hi Jordan, sorry, we went with someone else. Sam",
      },
      "Bluepeak",
    ],
    [
      "a hyphenated domain",
      { from: mb("", "lena.fischer@kessler-logistik.de"), text: "Leider nein." },
      "Kessler Logistik",
    ],
    [
      "never a webmail provider",
      { from: mb("Maya Ortiz", "maya.ortiz@gmail.com"), text: "Hi Jordan, we went another way." },
      null,
    ],
    [
      "never the applicant-tracking system",
      {
        from: mb("Greenhouse", "no-reply@greenhouse.io"),
        text: "We have reviewed your application and decided not to proceed.\n\nPowered by Greenhouse",
      },
      null,
    ],
    [
      "not an unknown ATS named in its badge",
      {
        from: mb("Cobalt Biosciences", "no-reply@hirefront.io"),
        text: "Thank you for applying. We chose another applicant.\n\nBest wishes,\n\nNadia Petrov\nTalent Partner\n\n---\nPowered by Hirefront",
      },
      "Cobalt Biosciences",
    ],
    [
      "a team signature",
      {
        from: mb("", "jobs@kessler-logistik.de"),
        text: "Leider können wir Ihre Bewerbung nicht berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Kessler Logistik GmbH",
      },
      "Kessler Logistik GmbH",
    ],
    [
      "the signature line after the title, over a department after a comma",
      {
        from: mb("Kwame Mensah", "kwame.mensah@ardent-ledger.com"),
        text: "Hi Jordan,\n\nIt was close.\n\nKwame\n\nKwame Mensah | Head of Engineering, Payments\nArdent Ledger",
      },
      "Ardent Ledger",
    ],
    [
      "a Dutch 'bij'",
      {
        from: mb("Sanne de Vries", "sanne@dv.example"),
        text: "Beste Jordan,\n\nDank voor je sollicitatie voor de functie Backend Developer bij Dijkstra & Veld Engineering.\n\nMet vriendelijke groet,\n\nSanne de Vries\nRecruiter\nDijkstra & Veld Engineering\nStationsplein 4, 3511 ED Utrecht",
      },
      "Dijkstra & Veld Engineering",
    ],
    [
      "a signature's company block after a blank line, with its legal form",
      {
        from: mb("James O'Neill", "james@acmewidgets.co.uk"),
        text: "We went with another candidate.\n\nRegards,\nJames O'Neill\nVP Engineering\n\nAcme Widgets Ltd.\n1 Main Street, London",
      },
      "Acme Widgets Ltd",
    ],
    [
      "a display name with the company in brackets",
      { from: mb("Alex Kim (Bluepeak)", "alex@bp.example"), text: "Not this time." },
      "Bluepeak",
    ],
    [
      "the sender's company over the one the candidate came from",
      {
        from: mb("Maya Ortiz", "maya.ortiz@northwind-robotics.com"),
        text: "Hi Jordan,\n\nWe went with someone who spent five years at Stripe; your time at Acme Corp was impressive too.\n\nBest,\nMaya",
      },
      "Northwind Robotics",
    ],
    [
      "a sentence that opens with the employer",
      {
        from: mb("", "no-reply@greenhouse.io"),
        text: "Dear Jordan,\n\nAt Acme Widgets, we receive many applications. At this time we will not proceed.",
      },
      "Acme Widgets",
    ],
    [
      "not a person the subject names",
      {
        from: mb("Maya Ortiz", "maya@gmail.com"),
        subject: "Re: Checking in – Maya Ortiz",
        text: "Sorry, no.",
      },
      null,
    ],
    [
      "nothing for a job-board digest",
      {
        from: mb("TalentHarbor Job Alerts", "alerts@mail.talentharbor.net"),
        subject: '12 new jobs for "backend engineer" near London',
        text: "Senior Backend Engineer\nNorthcliff Bank - London",
      },
      null,
    ],
    [
      "nothing for a weekly job-board newsletter",
      {
        from: mb("Stackhire Weekly", "digest@mail.stackhire.example"),
        subject: "14 new data engineering jobs in Berlin this week",
        text: "Hi Jordan, here are this week's openings.\n\nSenior Data Engineer · Lumiwave · Berlin\n\nStackhire GmbH · Torstraße 140 · 10119 Berlin",
      },
      null,
    ],
    [
      "the agency, for an agency recruiter writing for an unnamed client",
      {
        from: mb("Tom Hadley", "tom@brightpathtalent.example"),
        subject: "Lead Data Engineer – climate tech",
        text: "Hi Jordan,\n\nI'm working with a Series B climate-tech company in London that is looking for a Lead Data Engineer.\n\nBest,\nTom\n\nTom Hadley\nSenior Consultant, Data & Analytics\nBrightpath Talent",
      },
      "Brightpath Talent",
    ],
    [
      "the client an agency recruiter names, not the agency",
      {
        from: mb("Tom Hadley", "tom@brightpathtalent.example"),
        text: "Hi Jordan,\n\nMy client is hiring. Thank you for your interest in Fernhill Analytics.\n\nBest,\nTom Hadley\nBrightpath Talent",
      },
      "Fernhill Analytics",
    ],
    [
      "the spelling the message writes over the one its domain suggests",
      {
        from: mb("Renata Solberg", "renata@quarrylabs.example"),
        text: "Hi Jordan,\n\nThe search is paused.\n\nRenata\n--\n> VP Product, Quarry Labs",
      },
      "Quarry Labs",
    ],
    [
      "the fullest written form of a domain's name",
      {
        from: mb("Inês Carvalho", "ines@saltmarsh.example"),
        text: "Hi Jordan,\n\nHere's the feedback.\n\nInês\n--\nInês Carvalho | Talent & Studio Operations\nSaltmarsh Games",
      },
      "Saltmarsh Games",
    ],
    [
      "the company after the team in 'Title, Team | Company'",
      {
        from: mb("Anika Shah", "anika.shah@quillfeather.example"),
        text: "Hi Jordan,\n\nHappy to share more.\n\nAll the best,\nAnika\n\nAnika Shah\nEngineering Manager, Data | Quillfeather",
      },
      "Quillfeather",
    ],
    ...[
      "Recrutamento & Seleção",
      "Recursos Humanos",
      "Personalabteilung",
      "Ressources humaines",
      "Talent",
      "People & Culture",
    ].map((department): [string, Case, string | null] => [
      `the company below the department '${department}'`,
      {
        from: mb("Beatriz Fonseca", "beatriz.fonseca@marebrava.example"),
        text: `Olá Jordan,\n\nDepois de analisarmos o seu percurso, concluímos que o seu perfil não corresponde ao que procuramos.\n\nCom os melhores cumprimentos,\nBeatriz Fonseca\n${department}\nMare Brava · Lisboa`,
      },
      "Mare Brava",
    ]),
  ])("from %s", (_, c, expected) => {
    expect(extractDetails(input(c)).company).toBe(expected);
  });
});

describe("role", () => {
  it.each<[string, Case, string | null]>([
    [
      "'the X position'",
      { text: "Thank you for interviewing for the Senior Backend Engineer position at Northwind." },
      "Senior Backend Engineer",
    ],
    [
      "'the X role' with a comma in the title",
      { text: "An update on the Staff Software Engineer, Lab Automation role: it is paused." },
      "Staff Software Engineer, Lab Automation",
    ],
    [
      "'for the role of'",
      { text: "We considered you for the role of Product Designer at Bluepeak." },
      "Product Designer",
    ],
    [
      "a requisition number in brackets",
      {
        text: "Thank you for applying to the Data Engineer II position (Job Requisition R-20418).",
      },
      "Data Engineer II",
    ],
    [
      "German 'Bewerbung als', keeping (m/w/d)",
      { text: "vielen Dank für Ihre Bewerbung als Produktmanager (m/w/d) bei uns." },
      "Produktmanager (m/w/d)",
    ],
    [
      "French 'le poste de'",
      { text: "Le poste de chef de projet digital chez Atelier Lumière a été pourvu en interne." },
      "Chef de projet digital",
    ],
    [
      "Spanish 'el puesto de', stopping at the company",
      {
        text: "Gracias por participar en el proceso para el puesto de Desarrollador Backend en Grupo Solana.",
      },
      "Desarrollador Backend",
    ],
    [
      "Spanish 'la posición de'",
      {
        text: "Gracias por tu interés en la posición de Analista de Datos, pero hemos elegido a otra persona.",
      },
      "Analista de Datos",
    ],
    [
      "the subject 'Your application for'",
      { subject: "Your application for Data Scientist", text: "We won't be moving forward." },
      "Data Scientist",
    ],
    [
      "the subject 'Application: X (Ref 123)'",
      { subject: "Application: Site Reliability Engineer (Ref 123)", text: "Sadly not this time." },
      "Site Reliability Engineer",
    ],
    [
      "a subject with the company after a dash",
      { subject: "Re: Quillstone Labs - Platform Engineer", text: "We filled it internally." },
      "Platform Engineer",
    ],
    [
      "a subject naming the interview",
      {
        subject: "RE: Thank you – Senior Software Engineer interview",
        text: "Happy to share feedback.",
      },
      "Senior Software Engineer",
    ],
    [
      "a title written in lower case",
      { text: "Thank you for applying for the product designer role." },
      "Product designer",
    ],
    [
      "a title after the company's possessive",
      { text: "Thank you for your interest in Northwind's Platform Engineer opening." },
      "Platform Engineer",
    ],
    [
      "Italian 'la posizione di'",
      {
        text: "Grazie per la sua candidatura per la posizione di Sviluppatore Backend presso di noi.",
      },
      "Sviluppatore Backend",
    ],
    [
      "a Spanish title that continues after 'en'",
      {
        from: mb("Inés Navarro Ruiz", "ines.navarro@colegiomontealto.es"),
        text: "Gracias por participar en el proceso para la plaza de Profesor/a de Inglés en Secundaria y por la clase.\n\nRecibe un cordial saludo,\n\nInés Navarro Ruiz\nDirectora Académica\nColegio Internacional Montealto",
      },
      "Profesor/a de Inglés en Secundaria",
    ],
    [
      "nothing when no role is stated",
      {
        subject: "Your application",
        text: "Thanks for your interest in Bluepeak. We chose others.",
      },
      null,
    ],
    [
      "a title that opens with a lower-case brand ('iOS Engineer')",
      { text: "Thank you for the time you spent with us on the iOS Engineer process." },
      "iOS Engineer",
    ],
    [
      "a lower-case brand inside the subject's title",
      {
        subject: "Harbinger Mobility — Senior iOS Engineer",
        text: "We have hired for this opening.",
      },
      "Senior iOS Engineer",
    ],
    [
      "a Portuguese title after 'Candidatura'",
      {
        subject: "Candidatura – Engenheiro(a) de Software Backend",
        text: "Obrigada pela sua candidatura.",
      },
      "Engenheiro(a) de Software Backend",
    ],
  ])("from %s", (_, c, expected) => {
    expect(extractDetails(input(c)).role).toBe(expected);
  });
});

describe("contacts", () => {
  it.each<[string, Case, [string | null, string | null, string][]]>([
    [
      "a human sender with a signature title",
      {
        from: mb("Maya Ortiz", "maya.ortiz@northwind-robotics.com"),
        text: "Hi Jordan,\n\nWe went with someone else.\n\nBest regards,\nMaya Ortiz\nEngineering Manager\nNorthwind Robotics",
      },
      [["Maya Ortiz", "maya.ortiz@northwind-robotics.com", "hiring_manager"]],
    ],
    [
      "a human named only in a robot's signature, without an address",
      {
        from: GREENHOUSE,
        text: "Hi Jordan,\n\nWe extended an offer to another candidate.\n\nBest,\nDana Whitfield\nTalent Acquisition Partner | Northwind Robotics\n\nPlease do not reply to this email.",
      },
      [["Dana Whitfield", null, "recruiter"]],
    ],
    [
      "a human display name on a robot address",
      {
        from: mb("Priya Raman", "no-reply@hire.lever.co"),
        text: "Hello Jordan,\n\nThe role was filled internally.\n\nAll the best,\nPriya Raman\nRecruiting Lead, Quillstone Labs\n\nSent with Lever",
      },
      [["Priya Raman", null, "recruiter"]],
    ],
    [
      "nobody when only a team signs",
      {
        from: mb("Harborline Insurance Group", "harborline@myworkday.com"),
        text: "Dear Jordan,\n\nYour application will not progress.\n\nSincerely,\nHarborline Talent Acquisition",
      },
      [],
    ],
    [
      "the note's panel, one address given in the note",
      {
        from: mb("Maya Ortiz", "maya.ortiz@northwind-robotics.com"),
        text: "Hi Jordan,\n\nWe decided not to move forward.\n\nMaya",
        note: "Met Maya Ortiz and Sam Chen (sam.chen@example.org) on the panel, great rapport with Maya.",
      },
      [
        ["Maya Ortiz", "maya.ortiz@northwind-robotics.com", "interviewer"],
        ["Sam Chen", "sam.chen@example.org", "interviewer"],
      ],
    ],
    [
      "a first name in the note taking the Cc'd address",
      {
        from: mb("Tom Becker", "tom.becker@bluepeak.io"),
        cc: [mb("Priya Raman", "priya.raman@bluepeak.io")],
        text: "Hi Jordan,\n\nNot this time.\n\nTom Becker\nTechnical Recruiter, BluePeak",
        note: "Priya was the hiring manager, really nice chat. Tom ran the process.",
      },
      [
        ["Priya Raman", "priya.raman@bluepeak.io", "hiring_manager"],
        ["Tom Becker", "tom.becker@bluepeak.io", "recruiter"],
      ],
    ],
    [
      "Cc'd interviewers with encoded names, never the job seeker",
      {
        from: mb("Łukasz Nowak", "lukasz.nowak@vistula-software.pl"),
        cc: [
          mb("Zoë Brandt", "zoe.brandt@vistula-software.pl"),
          mb("Jordan Lee", "jordan@jordanlee.dev"),
        ],
        text: "Hi Jordan,\n\nWe won't be moving forward.\n\nBest regards,\nŁukasz\n\nŁukasz Nowak\nEngineering Manager\nVistula Software Sp. z o.o.",
      },
      [
        ["Zoë Brandt", "zoe.brandt@vistula-software.pl", "interviewer"],
        ["Łukasz Nowak", "lukasz.nowak@vistula-software.pl", "hiring_manager"],
      ],
    ],
    [
      "a referral offered with an address",
      {
        from: mb("Hugo Lindgren", "hugo@aurelia-pay.com"),
        category: "referral_offer",
        text: "Hi Jordan,\n\nYes, I'd be happy to introduce you to Lena Fischer (lena.fischer@globex-systems.com), who leads the platform group at Globex.\n\nGood luck!\nHugo\n\nHugo Lindgren\nDirector of Engineering\nAurelia Payments",
      },
      [
        ["Hugo Lindgren", "hugo@aurelia-pay.com", "hiring_manager"],
        ["Lena Fischer", "lena.fischer@globex-systems.com", "referral"],
      ],
    ],
    [
      "a referral whose address comes a sentence later",
      {
        from: mb("Beatriz Costa", "bia.costa@solstice-freight.com"),
        text: "Hey Jordan,\n\nA good friend of mine, Tariq Haddad, runs the data team at Verdance Energy. Write to him at tariq.haddad@verdance.energy and mention my name.\n\nCheers,\nBia\n\nBeatriz Costa\nSenior Software Engineer, Solstice Freight",
        note: "Bia (Beatriz Costa) was on my panel at Solstice. Intro offer to Verdance!!",
      },
      [
        ["Beatriz Costa", "bia.costa@solstice-freight.com", "interviewer"],
        ["Tariq Haddad", "tariq.haddad@verdance.energy", "referral"],
      ],
    ],
    [
      "a colleague the body names with a title, without an address, whom the user will meet",
      {
        from: mb("Claire Dubois", "claire.dubois@atelier-mistral.fr"),
        text: "Bonjour Jordan,\n\nJulien Moreau, notre directeur technique, souhaite vous rencontrer avant votre arrivée.\n\nBien cordialement,\n\nClaire Dubois\nResponsable Recrutement\nAtelier Mistral",
        category: "offer",
      },
      [
        ["Claire Dubois", "claire.dubois@atelier-mistral.fr", "recruiter"],
        ["Julien Moreau", null, "hiring_manager"],
      ],
    ],
    [
      "a name derived from a first.last address when nothing else names them",
      {
        from: mb("", "sam.chen@acme-robotics.com"),
        cc: [mb("", "priya.shah@acme-robotics.com")],
        text: "Hi Jordan, we went with another candidate. Thanks for your time.",
      },
      [
        ["Priya Shah", "priya.shah@acme-robotics.com", "interviewer"],
        ["Sam Chen", "sam.chen@acme-robotics.com", "recruiter"],
      ],
    ],
    [
      "a one-line sign-off with a first name",
      {
        from: mb("Raj Malhotra", "raj@kestrelworks.io"),
        text: "Hi Jordan, sorry — we went with someone else. Best, Raj\n\nSent from my iPhone",
      },
      [["Raj Malhotra", "raj@kestrelworks.io", "recruiter"]],
    ],
    [
      "a German 'i. A.' signature and an address line",
      {
        from: mb("Sabine Krüger", "s.krueger@hagedorn-feinkost.de"),
        text: "Leider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Krüger\nPersonalabteilung\nHagedorn Feinkost GmbH & Co. KG\nTel. 040 555 78 20",
      },
      [["Sabine Krüger", "s.krueger@hagedorn-feinkost.de", "recruiter"]],
    ],
    [
      "a lone first name in the note ('Leo from the SEO team')",
      {
        from: mb("Hannah Whitfield", "hannah.whitfield@quillandledger.co.uk"),
        text: "Hi Jordan,\n\nWe offered the role to another candidate.\n\nWarmly,\nHannah\n\nHannah Whitfield\nHead of Marketing\nQuill & Ledger Publishing",
        note: "Hannah was the hiring manager. Leo from the SEO team sat in on the second round. Both lovely.",
      },
      [
        ["Hannah Whitfield", "hannah.whitfield@quillandledger.co.uk", "hiring_manager"],
        ["Leo", null, "interviewer"],
      ],
    ],
    [
      "a German note with an address",
      {
        from: mb("", "no-reply@personio.de"),
        text: "Leider müssen wir Ihnen absagen.",
        note: "Hatte ein super Gespräch mit Anna Schmidt (anna.schmidt@kessler-logistik.de), sehr sympathisch.",
      },
      [["Anna Schmidt", "anna.schmidt@kessler-logistik.de", "interviewer"]],
    ],
    [
      "a Spanish note naming the hiring manager",
      {
        from: mb("José García", "jose.garcia@grupoalcoran.es"),
        text: "Hola Jordan:\n\nHemos seleccionado a otra persona.\n\nUn saludo,\n\nJosé García\nTécnico de Selección\nGrupo Alcorán",
        note: "Lucía Ferrer era la jefa del equipo, muy buena onda.",
      },
      [
        ["José García", "jose.garcia@grupoalcoran.es", "recruiter"],
        ["Lucía Ferrer", null, "hiring_manager"],
      ],
    ],
    [
      "signature names with pronouns, degrees and a capitalised surname",
      {
        from: mb("Claire MARTIN", "claire.martin@atelier-lumiere.fr"),
        cc: [mb("Maya Ortiz", "maya@atelier-lumiere.fr")],
        text: "Malheureusement non.\n\nCordialement,\n\nClaire MARTIN (she/her), PhD\nChargée de recrutement\nAtelier Lumière",
      },
      [
        ["Claire MARTIN", "claire.martin@atelier-lumiere.fr", "recruiter"],
        ["Maya Ortiz", "maya@atelier-lumiere.fr", "interviewer"],
      ],
    ],
    [
      "a full name from the address over a signed first name",
      { from: mb("", "maya.ortiz@northwind.io"), text: "No.\n\nThanks,\nMaya" },
      [["Maya Ortiz", "maya.ortiz@northwind.io", "recruiter"]],
    ],
    [
      "a Dutch note, particles kept inside names",
      {
        from: mb("", "no-reply@recruitee.com"),
        text: "Bedankt voor je sollicitatie bij Van Dijk Bouw.",
        note: "Gesprek met Sanne de Vries (recruiter) en Pieter Jansen, klikte goed met Pieter.",
      },
      [
        ["Pieter Jansen", null, "interviewer"],
        ["Sanne de Vries", null, "recruiter"],
      ],
    ],
    [
      "a surname after an honorific as the person the headers name",
      {
        from: mb("Miriam Schulte", "miriam.schulte@nordlicht.example"),
        cc: [mb("Lars Petersen", "lars.petersen@nordlicht.example")],
        text: "Leider nein.\n\nFreundliche Grüße aus Kiel\n\nMiriam Schulte\nHR Business Partner\nNordlicht Versicherung AG",
        note: "Das Gespräch mit Herrn Petersen war super, er ist der Teamleiter.",
      },
      [
        ["Lars Petersen", "lars.petersen@nordlicht.example", "hiring_manager"],
        ["Miriam Schulte", "miriam.schulte@nordlicht.example", "recruiter"],
      ],
    ],
    [
      "no one from a robot address in the note",
      {
        from: GREENHOUSE,
        text: "We chose another candidate.",
        note: "They said to write to talent@northwind-robotics.com if I have questions.",
      },
      [],
    ],
    [
      "not the job seeker signing the note, nor words that look like names",
      {
        from: mb("Helena Marsh", "helena.marsh@pinecrestmedia.co"),
        text: "Hi Jordan,\n\nWe won't be taking your application forward.\n\nWarmly,\nHelena\n\n--\nHelena Marsh\nTalent & People Lead\nPinecrest Media",
        note: "Gentle no from Pinecrest. Felt a real connection with Helena.\n\nJordan",
      },
      [["Helena Marsh", "helena.marsh@pinecrestmedia.co", "recruiter"]],
    ],
  ])("finds %s", (_, c, expected) => {
    expect(people(extractDetails(input(c)).contacts)).toEqual(expected);
  });

  it.each<[string, string, string, boolean]>([
    ["great rapport", "Met Maya Ortiz on the panel, great rapport with Maya.", "Maya Ortiz", true],
    ["clicked", "clicked w Marcus Webb, want to stay in touch", "Marcus Webb", true],
    [
      "got on well, said after the name",
      "The HM was Carla Nguyen, we got on really well.",
      "Carla Nguyen",
      true,
    ],
    ["a German note", "Mit Anna Schmidt habe ich mich super verstanden.", "Anna Schmidt", true],
    [
      "a French note",
      "Entretien avec Claire Martin, le courant est bien passé.",
      "Claire Martin",
      true,
    ],
    [
      "a Spanish note",
      "La entrevista con Lucía Ferrer fue genial, muy buena onda.",
      "Lucía Ferrer",
      true,
    ],
    [
      "'both lovely' for everyone",
      "Hannah was the hiring manager. Leo Park sat in. Both lovely.",
      "Leo Park",
      true,
    ],
    [
      "a neutral mention",
      "Met Maya Ortiz and Sam Chen on the panel, great rapport with Maya.",
      "Sam Chen",
      false,
    ],
    [
      "'less so'",
      "Felt a real connection with Aisha Bello, less so with Daniel Frost.",
      "Daniel Frost",
      false,
    ],
  ])("marks warmth from %s", (_, note, name, warm) => {
    const { contacts } = extractDetails(
      input({ from: GREENHOUSE, text: "We chose someone else.", note }),
    );
    const contact = contacts.find((c) => c.name === name);
    expect(contact?.warm).toBe(warm);
    expect(contact?.note).toContain(name.split(" ")[0]);
  });

  it("links a note typed in lower case to the people the message names", () => {
    const { contacts } = extractDetails(
      input({
        from: mb("Maya Ortiz", "maya.ortiz@northwind-robotics.com"),
        text: "We went with someone else.\n\nMaya",
        note: "met maya on the panel, maya was lovely",
      }),
    );
    expect(contacts).toMatchObject([{ name: "Maya Ortiz", kind: "interviewer", warm: true }]);
  });

  it("keeps a person once when the note, the header and the signature all name them", () => {
    const { contacts } = extractDetails(
      input({
        from: mb("Maya Ortiz", "maya.ortiz@northwind-robotics.com"),
        cc: [mb("Maya Ortiz", "maya.ortiz@northwind-robotics.com")],
        text: "Thanks, Maya\n\nMaya Ortiz | Engineering Manager | Northwind Robotics",
        note: "Maya (maya.ortiz@northwind-robotics.com) was the hiring manager.",
      }),
    );
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      name: "Maya Ortiz",
      kind: "hiring_manager",
      title: "Engineering Manager",
    });
  });

  it("stays fast on a long message with no structure", () => {
    const text = `${"Aaaa Bbbb at Cccc Dddd the Eeee Ffff ".repeat(400)}\n`.repeat(3);
    const started = Date.now();
    const details = extractDetails(input({ text, note: "Met Xxx Yyy ".repeat(300) }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(details.contacts.length).toBeLessThan(50);
  });
});
