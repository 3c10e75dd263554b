import { describe, expect, it } from "vitest";
import type { Category } from "../../schemas/understanding.ts";
import { REFERRED_ME } from "../../src/understand/extract/note-patterns.ts";
import { peopleInMessage } from "../../src/understand/extract/people-in-message.ts";
import {
  definedAsThing,
  deputyForOtherMatter,
  insideJobTitle,
  isHearsaySource,
  quotedToStaff,
} from "../../src/understand/extract/person-role.ts";
import type { SenderInfo } from "../../src/understand/extract/sender.ts";

// Every name, company and address below is invented for these tests.

describe("a name's role: the source of hearsay about the user", () => {
  it.each<[string, boolean]>([
    [" told me you're between jobs", true],
    [" has told us a lot about you", true],
    [" mentioned you when we spoke last week", true],
    [" spoke very highly of you", true],
    [" hat mir viel von dir erzählt", true],
    [" m'a parlé de toi la semaine dernière", true],
    [" me habló muy bien de ti", true],
    [" mi ha parlato benissimo di te", true],
    [" heeft me veel over je verteld", true],
    [" me falou muito bem de você", true],
    // A participant's own words about the process.
    [" will run your system design round", false],
    [" said your answers were sharp", false],
    [" told me your design round was the strongest", false],
    [" hat mir erzählt, dass du dich gerade umschaust", true],
    [" m'a dit que vous cherchez un nouveau poste", true],
    [" me dijo que estás buscando algo nuevo", true],
    [" m'a dit qu'il aurait aimé ouvrir deux postes", false],
    [" mi ha detto che cercano un DevOps", false],
    [" hat mir gesagt, dass Ihr Gespräch gut lief", false],
    [" ti contatterà domani", false],
    [" vous appellera jeudi", false],
  ])("%s: %s", (after, hearsay) => {
    expect(isHearsaySource(after)).toBe(hearsay);
  });
});

describe("a name's role: a deputy for some other matter", () => {
  it.each<[string, string, boolean]>([
    ["For payroll questions please contact ", " (payroll@firm.example).", true],
    ["Bei Fragen zur Gehaltsabrechnung wenden Sie sich bitte an Herrn ", ".", true],
    ["Pour toute question concernant la facturation, contactez ", ".", true],
    ["Para consultas sobre nóminas, escriba a ", ".", true],
    ["Per domande relative alle fatture rivolgersi a ", ".", true],
    ["Voor vragen over de salarisadministratie kunt u terecht bij ", ".", true],
    ["Para dúvidas sobre faturas, fale com ", ".", true],
    ["Please contact ", " for any invoicing questions.", true],
    // A deputy for the user's own matter, or for anything at all, is the user's contact.
    ["For questions about your application please contact ", ".", false],
    ["Bei Fragen zu Ihrer Bewerbung wenden Sie sich an ", ".", false],
    ["Pour toute question concernant le recrutement, contactez ", ".", false],
    ["Para consultas sobre el proceso de selección, escriba a ", ".", false],
    ["For any questions, please contact my colleague ", ".", false],
    ["In dringenden Fällen erreichen Sie ", ".", false],
    ["For anything urgent, and for data team questions, reach out to ", ".", false],
  ])("%s…%s: %s", (before, after, other) => {
    expect(deputyForOtherMatter(before, after)).toBe(other);
  });
});

describe("a name's role: a leader quoted to staff", () => {
  it.each<[string, boolean]>([
    ["at Monday's all-hands our CEO, Ana Ferreira, said that we grow with care", true],
    ["en el all-hands del lunes nuestro CEO dijo que toca crecer con cabeza", true],
    ["bei der Betriebsversammlung meinte unsere Geschäftsführerin, wir wachsen mit Maß", true],
    ["notre PDG a dit que l'année serait sobre", true],
    ["our CTO would love to meet you with the team on Friday", false],
    ["nuestra CEO quiere conocerte el viernes", false],
    ["our CTO said that she would love to meet you next week", false],
    ["il nostro CEO ha detto che vorrebbe conoscerti: ti scriverà lui", false],
  ])("%s: %s", (sentence, quoted) => {
    expect(quotedToStaff(sentence)).toBe(quoted);
  });
});

describe("capitalised words a post noun opens are a title", () => {
  it.each<[string, boolean]>([
    ["la dernière étape du poste de Lead ", true],
    ["una plaza de Técnico/a de ", true],
    ["für die Stelle als Senior ", true],
    ["the position of Head ", true],
    ["la posizione di ", true],
    ["we spoke about the role with ", false],
    ["the role, ", false],
  ])("%s: %s", (before, title) => {
    expect(insideJobTitle(before)).toBe(title);
  });
});

describe("a name a copula defines as a product is a thing", () => {
  it.each<[string, boolean]>([
    [" is ons planningsplatform voor havenlogistiek", true],
    [" is our scheduling tool", true],
    [" ist unsere interne Plattform", true],
    [" est notre produit phare", true],
    [" es nuestra plataforma de pagos", true],
    [" è il nostro prodotto principale", true],
    [" é a nossa plataforma", true],
    [" is our hiring manager", false],
    [" is looking forward to meeting you", false],
    [" ist unsere Teamleiterin", false],
  ])("%s: %s", (after, thing) => {
    expect(definedAsThing(after)).toBe(thing);
  });
});

describe("a note's referrer: the one who put the user forward", () => {
  it.each<[string, boolean]>([
    ["Kwame put in a word with the HM", true],
    ["Lea hat mich bei der Teamleitung empfohlen", true],
    ["Inès m'a cooptée", true],
    ["Rocío me recomendó", true],
    ["Paolo mi ha segnalato", true],
    ["Sanne heeft me aanbevolen", true],
    ["Bia me indicou", true],
    ["Kwame ran the panel", false],
  ])("%s: %s", (note, referrer) => {
    expect(REFERRED_ME.test(note)).toBe(referrer);
  });
});

const SENDER: SenderInfo = {
  person: "Lucia Ferrante",
  address: "lucia@vela-labs.example",
  domain: "vela-labs.example",
  robot: false,
  self: false,
  org: null,
};

describe("passing mentions are no contacts; participants are", () => {
  it.each<[string, Category, string[]]>([
    [
      "Hi there, Tomasz told me you're looking. Want to chat with me and Giulia on Monday?",
      "interview_invite",
      ["Giulia"],
    ],
    [
      "Ciao, Marco mi ha parlato benissimo di te. Ti va una call con me e Giulia?",
      "interview_invite",
      ["Giulia"],
    ],
    [
      "Hola, en el all-hands nuestro CEO, Fernando Castañeda, dijo que toca crecer con cabeza.",
      "referral_offer",
      [],
    ],
    [
      "Bei Fragen zur Gehaltsabrechnung wenden Sie sich bitte an Herrn Uwe Krämer (lohn@vela-labs.example).",
      "auto_reply",
      [],
    ],
    [
      "Bei Fragen zu Ihrer Bewerbung wenden Sie sich bitte an Frau Ilka Brandauer (ilka.brandauer@vela-labs.example).",
      "auto_reply",
      ["Ilka Brandauer"],
    ],
    ["Next step is a pairing session with Ines and me on Tuesday.", "interview_invite", ["Ines"]],
    ["When Wei pushed on the window function you seemed unsure.", "feedback", ["Wei"]],
  ])("%s", (message, category, names) => {
    const found = peopleInMessage(message, category, SENDER, "Vela Labs");
    expect(found.map((p) => p.name)).toEqual(names);
  });
});
