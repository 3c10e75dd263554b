import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { hasHeadNoun } from "../../src/understand/extract/job-titles.ts";
import { findRole } from "../../src/understand/extract/role.ts";

// Kinds of role error in mail that people write: a title inside a sentence (lower-case in the
// Romance languages and Dutch, a compound in German and Dutch), a parenthesis or a tail that
// the sentence or the subject added, a title someone holds, the user's note, two jobs named,
// mail with no job in play. Every firm, person and sentence below is invented.

interface Case {
  text?: string;
  subject?: string;
  company?: string | null;
  category?: Category;
  note?: string;
}

const role = (c: Case) =>
  findRole(
    c.text ?? "",
    c.subject ?? "",
    c.text ?? "",
    c.company ?? null,
    c.category ?? "rejection",
    c.note ?? "",
  );

describe("role: a title written in a sentence, after the noun that says job", () => {
  it.each<[string, Case, string]>([
    [
      "Italian, lower case after 'il ruolo di'",
      {
        text: "Ciao Jordan, per il ruolo di sviluppatrice mobile abbiamo scelto un'altra persona.",
        company: "Verdemare",
      },
      "Sviluppatrice mobile",
    ],
    [
      "Spanish, lower case after 'el rol de', up to the verb",
      {
        text: "Hola Jordan, para el rol de analista de datos elegimos a otra persona.",
        company: "Sierpe",
      },
      "Analista de datos",
    ],
    [
      "Portuguese, lower case after 'a vaga de', with its level",
      {
        text: "Olá Jordan, sobre a vaga de engenheiro de dados pleno: decidimos seguir com outro perfil.",
        company: "Girassol",
      },
      "Engenheiro de dados pleno",
    ],
    [
      "Portuguese, capitalised after 'o cargo de'",
      {
        text: "Olá Jordan, sobre o cargo de Gerente de Produto: seguimos com outra pessoa.",
        company: "Girassol",
      },
      "Gerente de Produto",
    ],
    [
      "Portuguese, a title in title case ends at the next lower-case word",
      {
        text: "Fica confirmada a entrevista para a posição de Engenheira de Dados Sénior na quinta-feira.",
        company: "Girassol",
        category: "interview_invite",
      },
      "Engenheira de Dados Sénior",
    ],
    [
      "French, lower case after 'le rôle de'",
      {
        text: "Bonjour Jordan, pour le rôle de responsable produit nous avons choisi une autre personne.",
        company: "Brumaire",
      },
      "Responsable produit",
    ],
    [
      "French, a level in lower case with its inclusive ending stays",
      {
        text: "Merci pour votre candidature au poste d'Ingénieur·e DevOps confirmé·e chez nous.",
        company: "Brumaire",
      },
      "Ingénieur·e DevOps confirmé·e",
    ],
    [
      "Dutch, lower case after 'de functie van', up to the verb",
      {
        text: "Hoi Jordan, voor de functie van projectleider hebben we iemand anders gekozen.",
        company: "Dijkstroom",
      },
      "Projectleider",
    ],
    [
      "German, after an application at the firm",
      {
        text: "Sehr geehrter Herr Lee, vielen Dank für Ihre Bewerbung bei uns als Data Engineer. Leider müssen wir absagen.",
        company: "Kranbau",
      },
      "Data Engineer",
    ],
    [
      "German, the firm between the application and the job in the subject",
      {
        subject: "Ihre Bewerbung bei der Kranbau GmbH als Data Engineer (m/w/d)",
        company: "Kranbau GmbH",
      },
      "Data Engineer (m/w/d)",
    ],
    [
      "French, the advert the candidate answered",
      {
        text: "Bonjour Jordan, vous avez postulé sur notre annonce Développeur Full Stack. Nous avons retenu un autre profil.",
        company: "Brumaire",
      },
      "Développeur Full Stack",
    ],
    [
      "French, the recruitment of a future colleague",
      {
        text: "Bonjour Jordan, le recrutement de notre futur·e Data Engineer est finalement suspendu.",
        company: "Brumaire",
      },
      "Data Engineer",
    ],
    [
      "English, 'the … thing' a friend writes",
      {
        text: "Heads up, their recruiter for the Senior Site Reliability Engineer thing you told me about wants 20 min with me.",
        company: "Keelwright",
        category: "other",
      },
      "Senior Site Reliability Engineer",
    ],
    [
      "Portuguese, 'Sr.' then a new sentence",
      {
        text: "Olá Jordan, obrigada pelo seu tempo no processo de Desenvolvedor Sr. Infelizmente, não seguimos.",
        company: "Girassol",
      },
      "Desenvolvedor Sr.",
    ],
    [
      "German, an inclusive article before the title",
      {
        text: "Hallo Jordan, wir suchen für unser Team in Hamburg eine:n Frontend-Entwickler:in und würden dich gern kennenlernen.",
        company: "Kranbau",
        category: "interview_invite",
      },
      "Frontend-Entwickler:in",
    ],
    [
      "Italian, 'in' before the employer",
      {
        text: "Grazie per aver inviato la tua candidatura per il ruolo di DevOps Engineer in Verdemare.",
        company: "Verdemare",
        category: "application_received",
      },
      "DevOps Engineer",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: the team after the title is not the title's", () => {
  it.each<[string, Case, string]>([
    [
      "English",
      {
        text: "We'd love to invite you to interview for the Data Engineer role in our Payments team.",
      },
      "Data Engineer",
    ],
    [
      "German",
      {
        text: "Wir möchten dich zu einem Gespräch für die Stelle als Backend Engineer im Team Checkout einladen.",
      },
      "Backend Engineer",
    ],
    [
      "Italian",
      {
        text: "Vorremmo invitarti a un colloquio per la posizione di Product Designer nel team Mobile.",
      },
      "Product Designer",
    ],
    [
      "Portuguese",
      {
        text: "Queremos te convidar para uma entrevista para a vaga de Engenheiro de Software no time de Pagamentos.",
      },
      "Engenheiro de Software",
    ],
    [
      "French",
      {
        text: "Nous souhaitons vous rencontrer pour le poste d'Ingénieur Data dans l'équipe Plateforme.",
      },
      "Ingénieur Data",
    ],
    [
      "Spanish",
      {
        text: "Nos gustaría invitarte a una entrevista para el puesto de Analista de Datos en el equipo de Riesgos.",
      },
      "Analista de Datos",
    ],
    [
      "Dutch",
      {
        text: "We nodigen je graag uit voor een gesprek voor de functie Data Analist in het team Klantinzicht.",
      },
      "Data Analist",
    ],
  ])("%s", (_lang, c, expected) => {
    expect(role({ category: "interview_invite", company: "Keelwright", ...c })).toBe(expected);
  });
});

describe("role: a level before or after the title is the title's", () => {
  it.each<[string, string, string]>([
    [
      "English",
      "Thank you for your interest in the position of Senior Data Analyst.",
      "Senior Data Analyst",
    ],
    ["German", "Danke für deine Bewerbung als Junior Data Analyst.", "Junior Data Analyst"],
    [
      "French",
      "Merci pour votre intérêt pour le poste de Développeur Python confirmé.",
      "Développeur Python confirmé",
    ],
    [
      "Spanish",
      "Te escribo sobre la búsqueda de Desarrollador Backend Semi Senior.",
      "Desarrollador Backend Semi Senior",
    ],
    [
      "Italian",
      "Grazie per la candidatura come Sviluppatore Java Senior.",
      "Sviluppatore Java Senior",
    ],
    [
      "Portuguese",
      "Obrigado por se candidatar à vaga de Desenvolvedor Backend Pleno.",
      "Desenvolvedor Backend Pleno",
    ],
    [
      "Dutch",
      "Bedankt voor je sollicitatie als Junior/Medior Data Engineer.",
      "Junior/Medior Data Engineer",
    ],
  ])("%s", (_lang, text, expected) => {
    expect(role({ text, company: "Keelwright" })).toBe(expected);
  });
});

describe("role: the title in the quoted subject of a reply", () => {
  it.each<[string, string, string]>([
    ["English", "Senior Data Engineer - Keelwright", "Senior Data Engineer"],
    ["German", "Ihre Bewerbung als Data Engineer (m/w/d)", "Data Engineer (m/w/d)"],
    ["French", "Candidature au poste de chargé de mission RSE", "Chargé de mission RSE"],
    ["Spanish", "Entrevista - Analista de Datos Sr.", "Analista de Datos Sr."],
    ["Italian", "Candidatura Sviluppatore Frontend", "Sviluppatore Frontend"],
    ["Portuguese", "Vaga Analista de Dados Sênior", "Analista de Dados Sênior"],
    ["Dutch", "Vacature Medior Java Developer", "Medior Java Developer"],
  ])("%s", (_lang, subject, expected) => {
    expect(
      role({ subject, text: "Unfortunately we went another way.", company: "Keelwright" }),
    ).toBe(expected);
  });
});

describe("role: a title a mail client wrapped onto the next line", () => {
  it.each<[string, Case, string]>([
    [
      "German, the gender marker on the next line",
      {
        text: "vielen Dank für Ihre Bewerbung und das nette Gespräch letzte\nWoche. Für die Stelle als Senior Cloud Platform Engineer\n(m/w/d) haben wir uns leider für eine andere Kandidatin\nentschieden.",
        company: "Kranbau",
      },
      "Senior Cloud Platform Engineer (m/w/d)",
    ],
    [
      "Dutch, the job noun on the next line",
      {
        text: "Dank je wel voor de fijne gesprekken. We hebben na lang\ntwijfelen besloten om voor de functie van Senior Backend\nDeveloper verder te gaan met een andere kandidaat.",
        company: "Dijkstroom",
      },
      "Senior Backend Developer",
    ],
    [
      "Italian, the level on the next line",
      {
        text: "Dopo un confronto con il team abbiamo deciso di proseguire con un\naltro candidato per la posizione di Sviluppatore Full Stack\nSenior nel team pagamenti.",
        company: "Verdemare",
      },
      "Sviluppatore Full Stack Senior",
    ],
    [
      "English, a short line ends on its own",
      {
        text: "Thanks for applying for the Data Engineer\nMaya Corrigan\nKeelwright",
        company: "Keelwright",
      },
      "Data Engineer",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: German and Dutch write the title with the position noun", () => {
  it.each<[string, Case, string]>([
    [
      "German, an English title coupled with hyphens",
      {
        text: "Hallo Jordan, die Product-Engineer-Stelle haben wir inzwischen intern besetzt.",
        company: "Kranbau",
      },
      "Product Engineer",
    ],
    [
      "German, 'Position' after the hyphen",
      {
        text: "Hi Jordan, leider haben wir die Data-Engineer-Position gestrichen.",
        company: "Kranbau",
      },
      "Data Engineer",
    ],
    [
      "German, a German title keeps its own hyphen",
      {
        text: "Hallo Jordan, für die Backend-Entwickler-Stelle haben wir uns für eine andere Person entschieden.",
        company: "Kranbau",
      },
      "Backend-Entwickler",
    ],
    [
      "German, the title and 'Stelle' apart",
      {
        text: "Hallo Jordan, die Data Engineer Stelle ist leider schon vergeben.",
        company: "Kranbau",
      },
      "Data Engineer",
    ],
    [
      "Dutch, 'vacature' after the hyphen",
      { text: "Hoi Jordan, de Product Owner-vacature is intern ingevuld.", company: "Dijkstroom" },
      "Product Owner",
    ],
    [
      "Italian, the title straight after 'il ruolo'",
      {
        text: "Ciao Jordan, il ruolo Data Engineer è stato assegnato a un collega interno.",
        company: "Verdemare",
      },
      "Data Engineer",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: a parenthesis the sentence added is not the title's", () => {
  it.each<[string, Case, string]>([
    [
      "French, a civil-service category",
      {
        text: "Nous accusons réception de votre candidature au poste de Gestionnaire de paie (catégorie C) au sein de la Direction des ressources humaines.",
        company: "Brumaire",
      },
      "Gestionnaire de paie",
    ],
    [
      "French, the sentence goes on after the parenthesis",
      {
        text: "Votre candidature au poste d'Ingénieur systèmes (cadre A) n'a pas été retenue.",
        company: "Brumaire",
      },
      "Ingénieur systèmes",
    ],
    [
      "Spanish, a civil-service group",
      {
        text: "Le informamos de que su solicitud para la plaza de Técnico/a de Medio Ambiente (Subgrupo A2) no ha sido admitida.",
        company: "Sierpe",
      },
      "Técnico/a de Medio Ambiente",
    ],
    [
      "Dutch, a pay scale",
      {
        text: "Bedankt voor uw sollicitatie op de functie Beleidsmedewerker ICT (schaal 10). Helaas gaan we niet verder.",
        company: "Dijkstroom",
      },
      "Beleidsmedewerker ICT",
    ],
    [
      "Italian, a civil-service category",
      {
        text: "La informiamo che per il profilo di Istruttore Informatico (categoria C) è stata selezionata un'altra candidata.",
        company: "Verdemare",
      },
      "Istruttore Informatico",
    ],
    [
      "Portuguese, a career",
      {
        text: "Informamos que a sua candidatura ao procedimento para Técnico Superior de Informática (carreira geral) não foi admitida.",
        company: "Girassol",
      },
      "Técnico Superior de Informática",
    ],
    [
      "Italian, a remark on the stack",
      {
        text: "Ciao Jordan, stiamo cercando un Backend Developer (Go e un po' di Kubernetes) e mi hanno parlato bene di te.",
        company: "Verdemare",
        category: "interview_invite",
      },
      "Backend Developer",
    ],
    [
      "English, a remark in lower case",
      {
        text: "Hi Jordan, we're hiring a Robotics Engineer (motion planning and some controls) and your background fits.",
        company: "Keelwright",
        category: "other",
      },
      "Robotics Engineer",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });

  it.each<[string, Case, string]>([
    [
      "Dutch, the pay scale in the subject is the posting's",
      {
        subject: "Uw sollicitatie Informatieanalist Datagedreven Werken (schaal 11)",
        text: "Dank voor uw sollicitatie op de functie Informatieanalist Datagedreven Werken (schaal 11).",
        company: "Dijkstroom",
      },
      "Informatieanalist Datagedreven Werken (schaal 11)",
    ],
    [
      "Spanish, a shift in the subject is the posting's",
      { subject: "Puesto: Analista SOC (turno de tarde)", company: "Sierpe" },
      "Analista SOC (turno de tarde)",
    ],
    [
      "German, the gender marker stays",
      {
        text: "Danke für deine Bewerbung als Data Engineer (all genders) bei uns.",
        company: "Kranbau",
      },
      "Data Engineer (all genders)",
    ],
    [
      "Spanish, the stack stays",
      {
        text: "Queremos entrevistarte para el puesto de Desarrollador/a Backend (Python).",
        company: "Sierpe",
        category: "interview_invite",
      },
      "Desarrollador/a Backend (Python)",
    ],
  ])("keeps it: %s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: what a subject puts around the title", () => {
  it.each<[string, Case, string]>([
    [
      "German, the papers sent",
      { subject: "Unterlagen Data Engineer (m/w/d)", category: "auto_reply", company: "Kranbau" },
      "Data Engineer (m/w/d)",
    ],
    [
      "English, documents for the job",
      { subject: "Documents for Data Engineer", category: "auto_reply", company: "Keelwright" },
      "Data Engineer",
    ],
    [
      "Spanish, the documentation",
      { subject: "Documentación Analista de Datos", category: "auto_reply", company: "Sierpe" },
      "Analista de Datos",
    ],
    [
      "Italian, the documents",
      { subject: "Documenti Sviluppatore Java", category: "auto_reply", company: "Verdemare" },
      "Sviluppatore Java",
    ],
    [
      "English, a question about the application",
      { subject: "Question about my Data Engineer II application", category: "auto_reply" },
      "Data Engineer II",
    ],
    [
      "German, a region after the dash",
      {
        subject: "Spannende Position: Data Engineer (m/w/d) – Münsterland",
        category: "other",
        company: "Kranbau Personal",
      },
      "Data Engineer (m/w/d)",
    ],
    [
      "French, a region after the dash",
      { subject: "Ingénieur DevOps (H/F) – Île-de-France", company: "Brumaire" },
      "Ingénieur DevOps (H/F)",
    ],
    [
      "English, a headhunter's client described",
      { subject: "Staff Engineer - Series A Healthtech", category: "other", company: "Keelwright" },
      "Staff Engineer",
    ],
    [
      "Italian, a start-up described",
      { subject: "Lead Developer - Scale-up Fintech (riservato)", category: "other" },
      "Lead Developer",
    ],
    [
      "German, a compound with the position noun",
      { subject: "Kurze Rückmeldung zur Data-Engineer-Stelle", company: "Kranbau" },
      "Data Engineer",
    ],
    [
      "English, the occasion before a slash",
      { subject: "Coffee chat / Data Engineer", company: "Keelwright" },
      "Data Engineer",
    ],
    [
      "English, a remark after the position noun and a dash",
      {
        subject: "Senior Data Engineer role – a quick note from the hiring manager",
        company: "Keelwright",
      },
      "Senior Data Engineer",
    ],
    [
      "Portuguese, the process for the job",
      { subject: "Sobre o processo de Analista de Dados", company: "Girassol" },
      "Analista de Dados",
    ],
    [
      "English, the shift stays",
      { subject: "Interview Invitation: Quality Assurance Supervisor, 2nd Shift" },
      "Quality Assurance Supervisor, 2nd Shift",
    ],
    [
      "German, a team after the dash stays",
      { subject: "Cloud Architect (w/m/d) – Konzern-IT", company: "Kranbau" },
      "Cloud Architect (w/m/d) – Konzern-IT",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: a title someone holds is not the job", () => {
  it.each<[string, Case]>([
    [
      "Spanish, the writer's own",
      {
        text: "Hola Jordan, como Engineering Manager del equipo quería escribirte yo misma: hemos elegido a otra persona.",
        company: "Sierpe",
      },
    ],
    [
      "Italian, the writer's own",
      {
        text: "Ciao Jordan, in qualità di Tech Lead del team volevo scriverti di persona: abbiamo scelto un altro candidato.",
        company: "Verdemare",
      },
    ],
    [
      "Portuguese, the writer's own",
      {
        text: "Oi Jordan, como Tech Lead do time, queria te escrever pessoalmente: seguimos com outra pessoa.",
        company: "Girassol",
      },
    ],
    [
      "Dutch, the writer's own",
      {
        text: "Hoi Jordan, als Engineering Manager wilde ik je zelf even laten weten dat we voor iemand anders hebben gekozen.",
        company: "Dijkstroom",
      },
    ],
    [
      "German, a colleague's",
      {
        text: "Hallo Jordan, wir haben uns für eine interne Kandidatin entschieden, die schon zwei Jahre als Data Analyst bei uns arbeitet.",
        company: "Kranbau",
      },
    ],
    [
      "French, a colleague's",
      {
        text: "Bonjour Jordan, nous avons choisi une candidate interne, qui travaille déjà chez nous comme Data Analyst depuis deux ans.",
        company: "Brumaire",
      },
    ],
    [
      "Italian, a colleague's function in lower case",
      {
        text: "Ciao Jordan, Marco, nel ruolo di responsabile del team, ti contatterà per il colloquio.",
        company: "Verdemare",
        category: "interview_invite",
      },
    ],
    [
      "German, a colleague in copy",
      {
        text: "Hallo Jordan, ich habe Tobias, unseren Engineering Manager, in CC gesetzt; er führt das Fachgespräch.",
        company: "Kranbau",
        category: "interview_invite",
      },
    ],
    [
      "Dutch, a colleague in copy",
      {
        text: "Hoi Jordan, ik heb Bart, onze Engineering Manager, in de cc gezet; hij doet het technische gesprek.",
        company: "Dijkstroom",
        category: "interview_invite",
      },
    ],
  ])("%s", (_kind, c) => {
    expect(role(c)).toBeNull();
  });

  it.each<[string, Case]>([
    [
      "English, the candidate an introduction describes",
      {
        text: "Hi Maya, meet Jordan, a Senior Data Engineer I worked with for two years at my last company.",
        company: "Keelwright",
        category: "referral_offer",
      },
    ],
    [
      "Spanish, the candidate an introduction describes",
      {
        text: "Hola Paula, te presento a Jordan, que es una Ingeniera de Datos buenísima con la que trabajé dos años.",
        company: "Sierpe",
        category: "referral_offer",
      },
    ],
    [
      "Portuguese, the candidate an introduction describes",
      {
        text: "Oi Nuno, te apresento a Jordan, que é uma Engenheira de Dados excelente com quem trabalhei dois anos.",
        company: "Girassol",
        category: "referral_offer",
      },
    ],
    [
      "German, the candidate an introduction describes",
      {
        text: "Hallo Greta, darf ich dir Jordan vorstellen? Jordan ist eine erfahrene Data Engineerin, mit der ich zwei Jahre zusammengearbeitet habe.",
        company: "Kranbau",
        category: "referral_offer",
      },
    ],
  ])("%s", (_kind, c) => {
    expect(role(c)).toBeNull();
  });

  it("English, the job an introduction names beside the candidate's title", () => {
    expect(
      role({
        text: "Hi Maya, meet Jordan, a Senior Data Engineer I worked with for two years. You mentioned you're hiring a Staff Data Engineer at Keelwright.",
        company: "Keelwright",
        category: "referral_offer",
      }),
    ).toBe("Staff Data Engineer");
  });

  it("English, an application as the title is still the job", () => {
    expect(
      role({
        text: "Hi Jordan, thank you for applying as Data Engineer. I enjoyed our chat, but we went with someone else.",
        company: "Keelwright",
      }),
    ).toBe("Data Engineer");
  });
});

describe("role: the user's note names the job when the mail does not", () => {
  it.each<[string, Case, string | null]>([
    [
      "English",
      {
        text: "Thanks for your time. We've decided to move on.",
        note: "this was for the Staff Data Engineer role :(",
      },
      "Staff Data Engineer",
    ],
    [
      "German",
      {
        text: "Leider haben wir uns anders entschieden.",
        note: "Absage für die Data-Engineer-Stelle",
      },
      "Data Engineer",
    ],
    [
      "French",
      {
        text: "Votre candidature n'a pas été retenue.",
        note: "c'était pour le poste de chef de projet data",
      },
      "Chef de projet data",
    ],
    [
      "Spanish",
      {
        text: "Hemos decidido seguir con otra persona.",
        note: "era para el puesto de Analista de Datos",
      },
      "Analista de Datos",
    ],
    [
      "the mail's own title wins",
      {
        text: "Thank you for applying for the Platform Engineer position.",
        note: "I'd asked about the SRE role too",
      },
      "Platform Engineer",
    ],
    [
      "a person the note names by title is no job",
      {
        text: "We've decided to move on.",
        note: "Met Maya Corrigan (Engineering Manager), lovely",
      },
      null,
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: of two jobs named, the one in play", () => {
  it.each<[string, Case, string]>([
    [
      "English, the one the referrer singles out",
      {
        text: "We have a Staff Engineer, Payments role and a Senior Engineer, Ledger role open. Honestly the Senior one fits you better.",
        company: "Keelwright",
        category: "referral_offer",
      },
      "Senior Engineer, Ledger",
    ],
    [
      "French, the one the referrer singles out",
      {
        text: "Salut Jordan, chez Brumaire on recrute un Data Engineer et un Lead Developer. Honnêtement, celui de Lead est fait pour toi.",
        company: "Brumaire",
        category: "referral_offer",
      },
      "Lead Developer",
    ],
    [
      "Dutch, the one applied for over the one opening in spring",
      {
        subject: "Je sollicitatie Scrum Master",
        text: "Helaas gaan we niet verder met je sollicitatie. Per 1 april komt er een vacature vrij voor Agile Coach, daar zie ik jou passen.",
        company: "Dijkstroom",
        category: "keep_on_file",
      },
      "Scrum Master",
    ],
    [
      "Italian, the one applied for over the one opening later",
      {
        text: "Per la posizione di UX Designer abbiamo scelto un'altra persona. A gennaio però apriremo una posizione di Product Designer.",
        company: "Verdemare",
        category: "keep_on_file",
      },
      "UX Designer",
    ],
    [
      "Portuguese, the one applied for",
      {
        text: "Para a vaga de Analista de Dados escolhemos outra pessoa. Em breve abriremos uma vaga de Engenheiro de Dados.",
        company: "Girassol",
        category: "keep_on_file",
      },
      "Analista de Dados",
    ],
  ])("%s", (_kind, c, expected) => {
    expect(role(c)).toBe(expected);
  });
});

describe("role: a newsletter greets its readers and names no job in play", () => {
  it.each<[string, string]>([
    [
      "English",
      "Hi all,\n\nThis month Sam talks about streaming. We're also hiring a Staff Engineer!",
    ],
    [
      "German",
      "Hallo zusammen,\n\nim Oktober spricht Lea über MLOps. Außerdem suchen wir eine Backend-Entwicklerin!",
    ],
    ["French", "Bonjour à tous,\n\nCe mois-ci, nous recrutons un·e Data Engineer !"],
    ["Spanish", "Hola a todos,\n\nEste mes buscamos un Ingeniero de Datos."],
    ["Italian", "Ciao a tutti,\n\nQuesto mese cerchiamo un Data Engineer."],
    ["Portuguese", "Olá pessoal,\n\nEste mês procuramos um Engenheiro de Dados."],
    ["Dutch", "Hoi allemaal,\n\nDeze maand zoeken we een Data Engineer."],
  ])("%s", (_lang, text) => {
    expect(role({ text, category: "other" })).toBeNull();
  });
});

describe("role: job nouns that name a title on their own", () => {
  it.each([
    "Scrum Master",
    "Webmaster",
    "Pentester",
    "Informatieanalist",
    "Produktmanagerin",
    "Einkäufer",
    "Doctorant",
    "Investigadora",
    "Ricercatore",
    "Docente",
    "Assistante de direction",
    "Contrôleur de gestion",
  ])("%s", (title) => {
    expect(hasHeadNoun(title)).toBe(true);
  });

  it.each(["Master Data Management", "Data Engineering", "Open House"])("not %s", (text) => {
    expect(hasHeadNoun(text)).toBe(false);
  });
});
