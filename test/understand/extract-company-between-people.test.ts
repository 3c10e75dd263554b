import { describe, expect, it } from "vitest";
import { companyKey } from "../../src/understand/company-key.ts";
import { clientsActingIn } from "../../src/understand/extract/company-clients.ts";
import { firmWithoutDepartment } from "../../src/understand/extract/company-departments.ts";
import { namesSpeltByDomain } from "../../src/understand/extract/company-domain-names.ts";
import {
  companyFromDomain,
  isMailProviderDomain,
} from "../../src/understand/extract/company-from-domain.ts";
import { isSendersOwnName } from "../../src/understand/extract/company-own-name.ts";
import type { SenderInfo } from "../../src/understand/extract/sender.ts";
import { companiesAfterForward, employerOf, expectEmployer } from "../support/employer-of.ts";
import { understandPlain } from "../support/plain-message.ts";

// The employer in mail between people, not the messenger. Every firm, person, address and
// body here is invented for these tests.

describe("a group's ATS sends for the brand its sentences put the job at", () => {
  it.each<[string, string, string, string, string]>([
    [
      "en: '… position at BRAND' from the group's Workday",
      "Halvorsen Group Careers <halvorsengroup@myworkday.com>",
      "Update on your application: Data Engineer II (R-1234)",
      "Dear Jordan Lee,\n\nThank you for your interest in the Data Engineer II position at Brightwick and for the time you gave us.\n\nAfter careful review, we will not be moving forward with your application.\n\nWe encourage you to look at future openings across Brightwick and the other Halvorsen Group brands.\n\nKind regards,\nHalvorsen Group Talent Acquisition\n",
      "Brightwick",
    ],
    [
      "de: 'Bewerbung als … bei BRAND'",
      "Lindqvist Gruppe Karriere <lindqvistgruppe@myworkday.com>",
      "Ihre Bewerbung als Data Engineer",
      "Guten Tag Jordan Lee,\n\nvielen Dank für Ihre Bewerbung als Data Engineer bei Kranich Logistik.\n\nLeider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nRecruiting · Lindqvist Gruppe\n",
      "Kranich Logistik",
    ],
    [
      "fr: 'poste … chez BRAND'",
      "Groupe Vauban <noreply@smartrecruiters.com>",
      "Votre candidature",
      "Bonjour Jordan,\n\nMerci pour votre candidature au poste de Développeur Backend chez Ardoise Paiements.\n\nNous avons le regret de vous informer que nous ne donnerons pas suite.\n\nCordialement,\nL'équipe Talents · Groupe Vauban\n",
      "Ardoise Paiements",
    ],
    [
      "es: 'el puesto … en BRAND'",
      "Grupo Marisma Talento <grupomarisma@myworkday.com>",
      "Actualización sobre tu candidatura",
      "Hola Jordan Lee:\n\nGracias por tu participación en el proceso para el puesto de Analista de Datos en Tarifa Verde.\n\nLamentamos comunicarte que no continuaremos con tu candidatura.\n\nAtentamente,\nTalento · Grupo Marisma\n",
      "Tarifa Verde",
    ],
    [
      "nl: 'de functie … bij BRAND'",
      "Vandermolen Groep <vandermolengroep@myworkday.com>",
      "Je sollicitatie",
      "Beste Jordan,\n\nBedankt voor je sollicitatie voor de functie Data Engineer bij Polderlicht.\n\nHelaas hebben we besloten om niet verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nRecruitment Vandermolen Groep\n",
      "Polderlicht",
    ],
    [
      "it: 'la posizione … presso BRAND'",
      "Gruppo Vitale <gruppovitale@myworkday.com>",
      "La tua candidatura",
      "Gentile Jordan,\n\ngrazie per la tua candidatura alla posizione di Sviluppatore Backend presso Caffè Aurora.\n\nPurtroppo abbiamo deciso di non procedere con la tua candidatura.\n\nCordiali saluti,\nSelezione del Personale · Gruppo Vitale\n",
      "Caffè Aurora",
    ],
    [
      "pt: 'a vaga … na BRAND'",
      "Grupo Serrano Carreiras <gruposerrano@myworkday.com>",
      "A sua candidatura",
      "Olá Jordan,\n\nObrigado pelo interesse na vaga de Engenheiro de Dados na Caju Pagamentos.\n\nInfelizmente decidimos não avançar com a sua candidatura.\n\nCumprimentos,\nRecrutamento · Grupo Serrano\n",
      "Caju Pagamentos",
    ],
    [
      "en: a group's talent partner writing of the whole group keeps the group",
      "Bea Quirk <bea.quirk@halvorsengroup.example>",
      "Staying in touch",
      "Hi Jordan,\n\nI'm one of the talent partners at Halvorsen Group. The Data Engineer II process at Brightwick didn't work out, but I'd like to add you to our talent community for roles across the group: Brightwick, Larder and Stovetop all hire in spring.\n\nBest,\nBea\n\nBea Quirk\nTalent Partner · Halvorsen Group\n",
      "Halvorsen Group",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("an agency passes on its client's decision", () => {
  it.each<[string, string, string[]]>([
    ["en: a write-up from", "Got the full write-up from Lindale this morning.", ["Lindale"]],
    ["en: the decision from", "I've had the decision from Tarnwick this afternoon.", ["Tarnwick"]],
    [
      "de: Entscheidung von",
      "Ich habe die Entscheidung von Kessler Logistik.",
      ["Kessler Logistik"],
    ],
    ["fr: décision de", "J'ai reçu la décision de Verrières ce matin.", ["Verrières"]],
    ["es: valoración de", "Ya tengo la valoración de Almenara sobre tu entrevista.", ["Almenara"]],
    ["nl: beslissing van", "Ik heb de beslissing van Duinrand binnen.", ["Duinrand"]],
    [
      "it: valutazione da",
      "Ho ricevuto la valutazione da Tessitura Orobica.",
      ["Tessitura Orobica"],
    ],
    ["pt: avaliação da", "Recebi a avaliação da Caravela hoje.", ["Caravela"]],
  ])("%s", (_, text, want) => {
    expect(clientsActingIn(text)).toEqual(want);
  });

  it.each<[string, string, string, string, string]>([
    [
      "en: an agency known by its domain alone",
      "Femke Oduya <femke.oduya@talentforge-partners.example>",
      "Lindale feedback",
      "Hi Jordan,\n\nGot the full write-up from Lindale this morning. Pasting the useful parts:\n\n- System design: strong on failure modes.\n- Coding: solid.\n\nIf they open a senior role in Q1 I'll call you straight away.\n\nFemke\n",
      "Lindale",
    ],
    [
      "es: a selection firm's domain",
      "Pablo Ruiz <pablo.ruiz@seleccionnorte.example>",
      "Novedades",
      "Hola Jordan:\n\nYa tengo la valoración de Almenara sobre tu entrevista: han decidido seguir con otro perfil.\n\nUn saludo,\nPablo\n",
      "Almenara",
    ],
    [
      "it: a selection firm's domain",
      "Marco Bassi <marco.bassi@selezionealpi.example>",
      "Aggiornamento",
      "Ciao Jordan,\n\nho ricevuto la valutazione da Tessitura Orobica: purtroppo hanno scelto un altro candidato.\n\nA presto,\nMarco\n",
      "Tessitura Orobica",
    ],
    [
      "pt: a recruiting firm's domain",
      "Rita Lopes <rita.lopes@recrutaluso.example>",
      "Novidades",
      "Olá Jordan,\n\nRecebi a decisão da Caravela hoje: optaram por outro candidato.\n\nAbraço,\nRita\n",
      "Caravela",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("a referee or a referrer writes from her own firm about the firm that hires", () => {
  it.each<[string, string, string, string, string]>([
    [
      "de: 'als Referenz für deine Bewerbung bei …'",
      "Stefan Kühn <stefan.kuehn@lindenhof-systeme.example>",
      "AW: Referenz",
      "Hallo Jordan,\n\nsehr gerne stehe ich als Referenz für deine Bewerbung bei Falkner Maschinenbau zur Verfügung. Die Personalabteilung von Falkner Maschinenbau darf mich jederzeit anrufen.\n\nViele Grüße\nStefan\n\nStefan Kühn\nTeamleiter Backend\nLindenhof Systeme GmbH\n",
      "Falkner Maschinenbau",
    ],
    [
      "fr: 'ta référence pour le poste chez …'",
      "Claire Dumas <claire.dumas@orme-conseil.example>",
      "RE: Référence",
      "Bonjour Jordan,\n\nAvec plaisir, je serai ta référence pour le poste chez Verrières Industrie. Leur recruteuse m'a déjà contactée hier.\n\nBelle journée,\nClaire\n\nClaire Dumas\nDirectrice technique – Orme Conseil\n",
      "Verrières Industrie",
    ],
    [
      "es: 'como referencia para …'",
      "Marta Gil <marta.gil@altamar-datos.example>",
      "RE: Referencia",
      "Hola Jordan:\n\nClaro que sí, puedes darme como referencia para Almenara Foods. Ya me ha escrito alguien de Almenara Foods esta mañana.\n\nUn abrazo,\nMarta\n\nMarta Gil\nJefa de Ingeniería · Altamar Datos\n",
      "Almenara Foods",
    ],
    [
      "nl: 'als referentie voor …'",
      "Sanne de Boer <sanne.deboer@duinrand.example>",
      "Re: referentie",
      "Hoi Jordan,\n\nNatuurlijk mag je mij opgeven als referentie voor Kievit Logistiek. Ik hoor wel als ze bellen.\n\nGroet,\nSanne\n\nSanne de Boer\nEngineering Manager | Duinrand\n",
      "Kievit Logistiek",
    ],
    [
      "it: 'come referenza per …'",
      "Giulia Neri <giulia.neri@vela-software.example>",
      "Re: referenza",
      "Ciao Jordan,\n\ncerto, puoi indicarmi come referenza per Tessiture Varesine. Mi hanno già scritto dalle risorse umane di Tessiture Varesine.\n\nUn saluto,\nGiulia\n\nGiulia Neri\nResponsabile Sviluppo · Vela Software\n",
      "Tessiture Varesine",
    ],
    [
      "pt: 'como referência para a …'",
      "Rui Costa <rui.costa@caravela-tech.example>",
      "Re: referência",
      "Olá Jordan,\n\nClaro, podes indicar-me como referência para a Farol Energia. Já me ligaram da Farol Energia ontem.\n\nAbraço,\nRui\n\nRui Costa\nDiretor de Engenharia | Caravela Tech\n",
      "Farol Energia",
    ],
    [
      "en: a former colleague's referral to her old team, signed for her new firm",
      "Ola Berg <ola.berg@fjordline-data.example>",
      "saw your post",
      "Hey Jordan!\n\nQuick thought: my old team at Harrowfen is hiring an SRE right now. I can't do an official referral through their portal any more, but I'm happy to send the hiring manager a note with your CV.\n\nAlso we should get lunch.\n\nOla\n\n--\nOla Berg\nStaff Engineer, Data Infrastructure\nFjordline Data · Oslo\n",
      "Harrowfen",
    ],
    [
      "fr: a 'cooptation' for another firm's role",
      "Luc Morel <luc.morel@brume-conseil.example>",
      "Cooptation",
      "Salut Jordan,\n\nJe peux faire une cooptation pour toi : l'équipe chez Verrières Industrie recrute un ingénieur plateforme.\n\nLuc\n\nLuc Morel\nArchitecte – Brume Conseil\n",
      "Verrières Industrie",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("an introduction is about the firm of the person introduced", () => {
  it.each<[string, string, string, string, string, string]>([
    [
      "de: 'bringe ich euch zusammen' to his address at another firm",
      "Kathrin Seidel <kathrin.seidel@moewe-versicherung.example>",
      "Lukas Brenner <lukas.brenner@kranich-logistik.example>",
      "Kontakt: Jordan / Kranich",
      "Hallo Jordan, hallo Lukas,\n\nwie besprochen bringe ich euch hier zusammen. Jordan hat bei uns zwei Jahre an der Datenplattform gearbeitet.\n\nJordan, Lukas leitet bei Kranich Logistik das Plattform-Team.\n\nViele Grüße\nKathrin\n\nKathrin Seidel\nBereichsleiterin IT\nMöwe Versicherung\n",
      "Kranich Logistik",
    ],
    [
      "pt: 'faço aqui a ponte' to his address at another firm",
      "Fernanda Lopes <fernanda.lopes@andorinha-pagamentos.example>",
      "Tiago Reis <tiago.reis@bancogaivota.example>",
      "Apresentação: Jordan / Tiago",
      "Olá Jordan e Tiago,\n\nConforme combinado, faço aqui a ponte entre os dois. O Jordan trabalhou comigo na Andorinha durante três anos.\n\nJordan, o Tiago é diretor de engenharia no Banco Gaivota.\n\nBeijinhos,\nFernanda\n",
      "Banco Gaivota",
    ],
    [
      "nl: 'stel ik jullie voor' with the one introduced in copy",
      "Bram Verhoeven <bram.verhoeven@gmail.com>",
      "Lotte Smit <lotte.smit@zeehond-data.example>",
      "Voorstellen: Jordan & Lotte",
      "Hoi Lotte, hoi Jordan,\n\nZoals beloofd stel ik jullie aan elkaar voor. Jordan en ik hebben bij Kievit samen het dataplatform gebouwd.\n\nJordan, Lotte is teamlead bij Zeehond Data in Utrecht.\n\nGroet,\nBram\n",
      "Zeehond Data",
    ],
  ])("%s", async (_, from, introduced, subject, body, want) => {
    const headers = [
      `From: ${from}`,
      "To: Jordan Lee <jordan.lee@gmail.com>",
      `Cc: ${introduced}`,
      `Subject: ${subject}`,
    ];
    const { company } = await understandPlain(headers, body);
    expect(companyKey(company ?? "")).toBe(companyKey(want));
  });
});

describe("a personal mailbox, a mail app and a person's own name are no firm", () => {
  it.each<[string, boolean]>([
    ["posteo.example", true],
    ["gmx.at", true],
    ["mail.yahoo.co.uk", true],
    ["proton.example", true],
    ["libero.it", true],
    ["web.de", true],
    ["orange.fr", true],
    ["sapo.pt", true],
    ["kranich-logistik.example", false],
    ["web-atelier.example", false],
  ])("%s is a personal-mail provider: %s", (domain, want) => {
    expect(isMailProviderDomain(domain)).toBe(want);
  });

  it.each<[string, string | null]>([
    ["cal.com", null],
    ["calendly.com", null],
    ["meet.google.com", null],
    ["zoom.us", null],
    ["teams.microsoft.com", null],
    ["lnkd.in", null],
    ["larkspur.example", "Larkspur"],
  ])("a link to %s names %s", (domain, want) => {
    expect(companyFromDomain(domain)).toBe(want);
  });

  const person = (address: string, robot = false): SenderInfo => ({
    address,
    robot,
    self: false,
    person: null,
    org: null,
    domain: address.split("@")[1] ?? null,
  });
  it.each<[string, SenderInfo, boolean]>([
    ["Lorcan Ó Dálaigh", person("lorcan@ravenstalent.example"), true],
    ["Lorcan Ó Dálaigh", person("l.odalaigh@ravenstalent.example"), true],
    ["Jannik Özdemir", person("jozdemir@falkesearch.example"), true],
    ["Kessler Logistik", person("kessler@kessler-logistik.example"), false],
    ["Achterhoek Pensioenbeheer", person("achterhoek@myworkday.com", true), false],
    ["Ravens Talent", person("lorcan@ravenstalent.example"), false],
  ])("%s is the sender's own name: %s", (name, sender, want) => {
    expect(isSendersOwnName(name, sender)).toBe(want);
  });

  it.each<[string, string, string, string, string | null]>([
    [
      "en: a friend on a provider's domain, any ending",
      "Pat Ruiz <pat.ruiz@posteo.example>",
      "congrats",
      "hey you,\n\ncongrats on the new job!! drinks saturday?\n\nP\n\nGet Outlook for Android",
      null,
    ],
    [
      "de: 'Von meinem iPhone gesendet' and a weekday subject",
      "Lena Vogt <lena.vogt@web.de>",
      "Samstag",
      "Hallo Jordan,\n\nhast du Samstag Zeit? Wir grillen.\n\nVon meinem iPhone gesendet",
      null,
    ],
    [
      "fr: 'Envoyé de mon iPhone'",
      "Claire Dumas <claire.dumas@orange.fr>",
      "Samedi",
      "Coucou Jordan,\n\ntu es libre samedi ? On fait un barbecue.\n\nEnvoyé de mon iPhone",
      null,
    ],
    [
      "it: a friend's dinner, 'Inviato da iPhone'",
      "Giulia Neri <giulia.neri@gmail.com>",
      "Cena",
      "Ciao Jordan,\n\ncena venerdì da noi? Porta chi vuoi.\n\nGiulia\n\nInviato da iPhone",
      null,
    ],
    [
      "nl: 'Verzonden vanaf mijn iPhone'",
      "Sanne de Boer <sanne@proton.example>",
      "Zaterdag",
      "Hoi Jordan,\n\nheb je zaterdag tijd? We gaan barbecueën.\n\nVerzonden vanaf mijn iPhone",
      null,
    ],
    [
      "en: a friend on a domain spelling her own surname",
      "Sam Okafor <sam@okafor.example>",
      "Saturday?",
      "hey Jordan,\n\nbbq at ours on Saturday, bring whoever. Ravi is making that lamb thing.\n\nSam",
      null,
    ],
    [
      "en: a founder on gmail links his scheduler and his site",
      "Tomasz Nowak <tomek.nowak@gmail.com>",
      "Re: platform role",
      "hey Jordan,\n\nthanks for reaching out. we're 6 people building forecasting tools. want to grab a call this week?\n\nhere's my cal: https://cal.com/tomek-larkspur/30min\n\ntomasz\n--\nTomasz Nowak · cofounder, Larkspur\nlarkspur.example",
      "Larkspur",
    ],
    [
      "en: an agency recruiter whose display name is her own",
      "Niamh Ó Briain <niamh@ravenstalent.example>",
      "Lead Platform Engineer | Series B",
      "Hi Jordan,\n\nI'm exclusively partnered with a Series B fintech (can't name them yet) hiring a Lead Platform Engineer.\n\nOpen to a quick call?\n\nBest regards,\n\nNiamh Ó Briain\nSenior Consultant – Platform & Cloud\nRavens Talent | Dublin · Berlin\nwww.ravenstalent.example",
      "Ravens Talent",
    ],
    [
      "de: a headhunter whose display name is his own",
      "Jannik Özdemir <jannik@falkesearch.example>",
      "Spannende Position",
      "Hallo Jordan,\n\nich suche für einen Kunden (Name noch vertraulich) einen Lead Data Engineer.\n\nHätten Sie Zeit für ein kurzes Telefonat?\n\nBeste Grüße\n\nJannik Özdemir\nSenior Berater\nFalke Search | München\n",
      "Falke Search",
    ],
    [
      "en: an offer from a founder's personal mailbox",
      "Tomasz Nowak <tomek.nowak@gmail.com>",
      "Offer",
      "Hi Jordan,\n\nWe'd love you to join Larkspur as our Founding Engineer.\n\nTomasz\n",
      "Larkspur",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    const got = await employerOf(from, subject, body);
    expect(got === null ? null : companyKey(got)).toBe(want === null ? null : companyKey(want));
  });
});

describe("a department around the firm's name reduces to the firm", () => {
  it.each<[string, string]>([
    ["Copperfield IT Service Desk", "Copperfield"],
    ["Brindle People Team", "Brindle"],
    ["Castlemoor HR Operations", "Castlemoor"],
    ["Kessler People & Culture", "Kessler"],
    ["Falkner IT-Servicedesk", "Falkner"],
    ["Kranich Logistik Personalabteilung", "Kranich Logistik"],
    ["Verrières Service Informatique", "Verrières"],
    ["Banque Morvan – Direction des Ressources Humaines", "Banque Morvan"],
    ["Tarifa Verde Recursos Humanos", "Tarifa Verde"],
    ["Recursos Humanos Banco Alto", "Banco Alto"],
    ["Polderlicht Personeelszaken", "Polderlicht"],
    ["Caffè Aurora Risorse Umane", "Caffè Aurora"],
    ["Caju Gente e Gestão", "Caju"],
    ["Recrutamento Marégrafo Energia", "Marégrafo Energia"],
    // A firm's own last word stays: an IT firm, an agency, a public service, a management firm.
    ["Windmolen IT", "Windmolen IT"],
    ["Bellwether People", "Bellwether People"],
    ["Ravens Talent", "Ravens Talent"],
    ["National Health Service", "National Health Service"],
    ["Capital Management Services", "Capital Management Services"],
    ["IT Consulting Partners", "IT Consulting Partners"],
    ["Human Resources", "Human Resources"],
  ])("%s -> %s", (name, want) => {
    expect(firmWithoutDepartment(name)).toBe(want);
  });

  it.each<[string, string, string, string, string]>([
    [
      "en: an IT service desk's ticket",
      "Harrowfen IT Service Desk <jira@harrowfen.atlassian.net>",
      "[ITSD-1042] New hire equipment: Jordan Lee - Shipped",
      "Hello Jordan Lee,\n\nYour new-hire equipment request has been updated.\n\nStatus: Shipped\nItem: laptop and dock\n\nPlease keep the device sealed until your first day.\n\nHarrowfen IT Service Desk\n",
      "Harrowfen",
    ],
    [
      "fr: 'Ressources Humaines' after the firm",
      "Ardoise Ressources Humaines <rh@ardoise.example>",
      "Votre arrivée",
      "Bonjour Jordan,\n\nNous préparons votre arrivée lundi. Merci d'apporter une pièce d'identité.\n\nCordialement,\nArdoise Ressources Humaines\n",
      "Ardoise",
    ],
    [
      "es: 'Recursos Humanos' after the firm",
      "Tarifa Verde Recursos Humanos <rrhh@tarifaverde.example>",
      "Tu incorporación",
      "Hola Jordan:\n\nTe esperamos el lunes para tu incorporación. Trae tu DNI, por favor.\n\nUn saludo,\nTarifa Verde Recursos Humanos\n",
      "Tarifa Verde",
    ],
    [
      "nl: 'Personeelszaken' after the firm",
      "Polderlicht Personeelszaken <pz@polderlicht.example>",
      "Je eerste werkdag",
      "Hoi Jordan,\n\nWelkom! Je eerste werkdag is maandag. Neem je ID mee.\n\nGroet,\nPolderlicht Personeelszaken\n",
      "Polderlicht",
    ],
    [
      "pt: 'Gente e Gestão' after the firm",
      "Caju Gente e Gestão <pessoas@caju.example>",
      "O seu primeiro dia",
      "Olá Jordan,\n\nBem-vindo! O seu primeiro dia de trabalho é segunda-feira. Traga um documento.\n\nAbraço,\nCaju Gente e Gestão\n",
      "Caju",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("the name printed with spaces and accents over the domain's squashed form", () => {
  it.each<[string, string, string[]]>([
    ["an 'ae' across two words", "brisaenergia", ["Brisa Energía"]],
    ["an umlaut written out in the domain", "gruenwaldbau", ["Grünwald Bau"]],
    ["a Dutch 'ae' across two words", "duinaeolus", ["Duina Eolus"]],
  ])("%s", (_, label, want) => {
    const text = "Hola, Brisa Energía. Grüße, Grünwald Bau. Groet, Duina Eolus.";
    expect(namesSpeltByDomain(label, text, false)).toEqual(want);
  });

  it.each<[string, string, string, string, string]>([
    [
      "es: an ATS slug and the name the body prints",
      "Olivar Energía <noreply@smartrecruiters.com>",
      "Tu candidatura",
      "Hola Jordan:\n\nTe escribimos en relación con tu candidatura al puesto de Analista de Datos en Olivar Energía. Hemos decidido cerrar el proceso sin cubrir la vacante.\n\nNuestras ofertas: https://careers.smartrecruiters.com/OlivarEnergia\n\nEquipo de Talento · Olivar Energía\n",
      "Olivar Energía",
    ],
    [
      "en: a street-shaped name the domain spells whole",
      "Dana Whitlock <dana.whitlock@quarrylane.example>",
      "Next steps",
      "Hi Jordan,\n\nThanks for your time today. I'll be in touch about next steps.\n\nDana Whitlock | Senior Recruiter\nQuarry Lane\n",
      "Quarry Lane",
    ],
  ])("%s", async (_, from, subject, body, want) => {
    await expectEmployer(from, subject, body, want);
  });
});

describe("through the Worker", () => {
  it("stores the brand a group's Workday names, not the group", async () => {
    const names = await companiesAfterForward({
      from: "Grupo Marisma Talento <grupomarisma@myworkday.com>",
      subject: "Actualización sobre tu candidatura – Analista de Datos (JR-4410)",
      body: [
        "Hola Jordan Lee:",
        "",
        "Gracias por tu participación en el proceso para el puesto de Analista de Datos en Tarifa Verde.",
        "",
        "Debido a una congelación de contrataciones en el Grupo, la posición queda en pausa.",
        "",
        "Atentamente,",
        "Talento · Grupo Marisma",
      ],
    });
    expect(names).toEqual([companyKey("Tarifa Verde")]);
  });

  it("stores the client whose write-up an agency passes on, not the agency", async () => {
    const names = await companiesAfterForward({
      from: "Femke Oduya <femke.oduya@talentforge-partners.example>",
      subject: "Lindale feedback (as promised)",
      note: "feedback via Femke",
      body: [
        "Hi Jordan,",
        "",
        "Got the fuller write-up from Lindale. Pasting the useful bits:",
        "",
        "- System design: strong on failure modes.",
        "",
        "Femke",
      ],
    });
    expect(names).toEqual([companyKey("Lindale")]);
  });

  it("stores the firm the user's note names for a reference, not the referee's family domain", async () => {
    const names = await companiesAfterForward({
      from: "Marcus Whitcombe <marcus@whitcombe.example>",
      subject: "Re: Favour to ask",
      note: "Marcus says yes to being my reference for Halvard Bank.",
      body: [
        "J,",
        "",
        "Of course. Put me down, personal address is best. I'll fill it in this weekend.",
        "",
        "M.",
        "",
        "--",
        "Marcus Whitcombe",
        "(ex-Director of Engineering, Tessellate)",
      ],
    });
    expect(names).toEqual([companyKey("Halvard Bank")]);
  });

  it("stores the agency a recruiter signs for, not her own name", async () => {
    const names = await companiesAfterForward({
      from: "Niamh Ó Briain <niamh@ravenstalent.example>",
      subject: "Lead Platform Engineer | Series B fintech | Berlin",
      note: "not interested, logging it",
      body: [
        "Hi Jordan,",
        "",
        "I'm exclusively partnered with a Series B fintech (can't name them yet) hiring a Lead Platform Engineer.",
        "",
        "Best regards,",
        "",
        "Niamh Ó Briain",
        "Senior Consultant – Platform & Cloud",
        "Ravens Talent | Dublin · Berlin",
        "www.ravenstalent.example",
      ],
    });
    expect(names).toEqual([companyKey("Ravens Talent")]);
  });

  it("stores the firm, not its IT service desk", async () => {
    const names = await companiesAfterForward({
      from: "Harrowfen IT Service Desk <jira@harrowfen.atlassian.net>",
      subject: "[ITSD-1042] New hire equipment: Jordan Lee - Shipped",
      body: [
        "Hello Jordan Lee,",
        "",
        "Your new-hire equipment request has been updated. Status: Shipped.",
        "",
        "Please keep the device sealed until your first day.",
        "",
        "Harrowfen IT Service Desk",
      ],
    });
    expect(names).toEqual([companyKey("Harrowfen")]);
  });

  it("stores the name the note prints for a domain that squashes it", async () => {
    const names = await companiesAfterForward({
      from: "Henrik Wallin <henrik.wallin@ferroquay.example>",
      subject: "Invitation: Technical Interview - Jordan Lee / Embedded Engineer",
      note: "Ferro Quay tech interview next week",
      body: [
        "Technical Interview - Jordan Lee / Embedded Engineer",
        "",
        "Organizer",
        "Henrik Wallin",
      ],
    });
    expect(names).toEqual([companyKey("Ferro Quay")]);
  });

  it("stores no company for a friend's mail about no job", async () => {
    const names = await companiesAfterForward({
      from: "Pat Ruiz <pat.ruiz@posteo.example>",
      subject: "saturday??",
      note: "",
      body: ["hey you,", "", "congrats on the new job!! saturday at ours? 7ish.", "", "P"],
    });
    expect(names).toEqual([]);
  });
});
