import { describe, expect, it } from "vitest";
import {
  disqualifiedAsPerson,
  inAddressOrder,
  isEvidencedPerson,
} from "../../src/understand/extract/person-evidence.ts";

// Every name, company and address below is invented for these tests.

describe("one test of person-likeness, whatever read the name", () => {
  it.each<[string, boolean]>([
    // Legal forms, in any of the seven languages' spellings.
    ["Brisa Soluções Digitais Ltda", true],
    ["Fennwerk GmbH", true],
    ["Lumeria S.p.A.", true],
    ["Kadeveld B.V.", true],
    ["Orvane SA", true],
    ["Talvera S.L.", true],
    // Team, service and document words.
    ["Quillpost Customer Care", true],
    ["Rechnungsbot Belege", true],
    ["Marelle Service Client", true],
    ["Atendimento Ventura", true],
    ["Klantenservice Duinpost", true],
    ["Assistenza Clienti Orsa", true],
    ["Soporte Alcornoque", true],
    ["Selvane Recruiting", true],
    // A determiner or possessive opens a noun phrase.
    ["Unser Kunde", true],
    ["Our Client", true],
    ["Notre Client", true],
    ["Nuestro Cliente", true],
    ["Onze Opdrachtgever", true],
    ["Il Nostro Cliente", true],
    // People, particles and compound surnames included.
    ["Carolina Sá Pereira", false],
    ["Marco Di Stefano", false],
    ["Maarten van den Heuvel", false],
    ["Sanne De Vries", false],
    ["María del Carmen Ortega", false],
    ["Joana da Costa", false],
    ["An Nguyen", false],
    ["Ma Lin", false],
  ])("%s is disqualified: %s", (name, disqualified) => {
    expect(disqualifiedAsPerson(name)).toBe(disqualified);
  });

  it.each<[string, string | null, boolean]>([
    ["Unser Kunde", null, false],
    ["Quillpost Customer Care", null, false],
    ["Rechnungsbot Belege", "belege@rechnungsbot.example", false],
    ["Carolina Sá Pereira", "carolina.sapereira@orla.example", true],
    ["Sabine Hollenkamp", null, true],
  ])("%s <%s> is evidenced as a person: %s", (name, email, person) => {
    expect(isEvidencedPerson(name, email)).toBe(person);
  });
});

describe("a surname written first takes the order its own address spells", () => {
  it.each<[string, string | null, string]>([
    ["Rossi Alessandro", "alessandro.rossi@banca.example", "Alessandro Rossi"],
    ["SALA Federica", "federica.sala@assicura.example", "Federica Sala"],
    ["Moreau Camille", "camille.moreau@atelier.example", "Camille Moreau"],
    ["García Lucía", "lucia.garcia@tejo.example", "Lucía García"],
    // Written as the address writes it, or no address: left alone.
    ["Xu Mingyu", "xu.mingyu@harbour.example", "Xu Mingyu"],
    ["Rossi Alessandro", null, "Rossi Alessandro"],
    ["Alessandro Rossi", "alessandro.rossi@banca.example", "Alessandro Rossi"],
    ["Rossi Alessandro", "a.rossi@banca.example", "Rossi Alessandro"],
  ])("%s <%s> is %s", (name, email, natural) => {
    expect(inAddressOrder(name, email)).toBe(natural);
  });
});
