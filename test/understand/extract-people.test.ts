import { describe, expect, it } from "vitest";
import type { ExtractedContact } from "../../schemas/understanding.ts";
import { namesMatch } from "../../src/understand/extract/names.ts";
import { notAPersonHere, personCue } from "../../src/understand/extract/people-context.ts";
import { extractDetails } from "../../src/understand/extract-details.ts";
import { type ExtractCase as Case, extractInput, mb } from "../support/extract-input.ts";

// Every name, company and address below is invented for these tests.

const input = extractInput;

const people = (contacts: ExtractedContact[]) =>
  contacts.map((c): [string | null, string | null] => [c.name, c.email]);

/** Where `name` sits in `text`, for the pure context checks. */
function at(text: string, name: string): [string, number, number, string] {
  const start = text.indexOf(name);
  return [text, start, start + name.length, name];
}

describe("a capitalised name in prose that is nobody", () => {
  it.each<[string, string, string]>([
    [
      "a footer's postal address",
      "© 2026 Linkwise Ireland Company, Wilton Plaza, Dublin 2.",
      "Wilton Plaza",
    ],
    [
      "a street",
      "Lumenpath, Inc. · 500 Terry Francois Blvd, San Francisco, CA 94158",
      "Terry Francois",
    ],
    [
      "a place before a region code",
      "Hybrid, 3 days onsite in Eden Prairie, MN. Contract role.",
      "Eden Prairie",
    ],
    ["a byline", "How we cut our bundle size (blog post by Rafael Oyelaran)", "Rafael Oyelaran"],
    [
      "a book's author",
      '"Concurrency in Go" by Katherine Cox-Buday is the book I hand out.',
      "Katherine Cox-Buday",
    ],
    [
      "an event programme",
      "Speakers: Priyanka Nair, VP Engineering, and Colm Byrne",
      "Priyanka Nair",
    ],
    ["a product", "- Terraform + GitOps (Argo CD)", "Argo"],
    [
      "a legal imprint",
      "Amtsgericht Bremen HRB 31877 · Geschäftsführer: Dr. Tobias Lenz, Katrin Ahlers",
      "Katrin Ahlers",
    ],
  ])("%s", (_, text, name) => {
    expect(notAPersonHere(...at(text, name))).toBe(true);
  });

  it.each<[string, string, string]>([
    [
      "an interview panel",
      "Panel: Graham Whitlock (CISO), Farah Siddiqui (Principal Architect)",
      "Graham Whitlock",
    ],
    ["a colleague in prose", "You'll meet Lena Chou from our Cloud Platform group.", "Lena Chou"],
  ])("but %s names people", (_, text, name) => {
    expect(notAPersonHere(...at(text, name))).toBe(false);
  });

  it.each<[string, string, string, boolean]>([
    [
      "a colleague from our team",
      "You will also meet Lena Chou from our Cloud Platform group.",
      "Lena Chou",
      true,
    ],
    ["two names joined", "Hardware bring-up - Sofia Lindgren & Paul Mbeki", "Paul Mbeki", true],
    [
      "an appositive after a title",
      "con el responsable de plataforma, Iván Castaño.",
      "Iván Castaño",
      true,
    ],
    [
      "a list of books",
      "brainteasers (Heard on the Street, Green Book) would help",
      "Green Book",
      false,
    ],
  ])("%s: a person cue is %s", (_, text, name, expected) => {
    const [t, start, end] = at(text, name);
    expect(personCue(t, start, end)).toBe(expected);
  });
});

describe("people: precision on mail that names people the user never met", () => {
  it.each<[string, Case]>([
    [
      "a job alert's footer",
      {
        from: mb("Linkwise Jobs", "jobs-noreply@linkwise.example"),
        subject: "Neue Jobs für Sie",
        text: "Senior Backend Engineer\nMaré Baixa Tecnologia · Remoto\n\n© 2025 Linkwise Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.",
        category: "job_alert",
      },
    ],
    [
      "a webinar's speakers",
      {
        from: mb("Harrowgate Events", "events@harrowgate.example"),
        text: "Join our webinar on platform reliability.\n\nSpeakers: Priyanka Nair, VP Engineering, and Colm Byrne, Principal SRE\n\nRegister below.",
        category: "other",
      },
    ],
    [
      "a recruiter's cold mail with a place and a product",
      {
        from: mb("", "outreach@kestrelstaffing.example"),
        text: "Kubernetes Platform Engineer (hybrid, 3 days onsite in Eden Prairie, MN).\n\nWhat they want:\n- Terraform + GitOps (Argo CD)\n",
        category: "other",
      },
    ],
    [
      "an author recommended in feedback",
      {
        from: mb("", "feedback@mosswood.example"),
        text: 'If it\'s useful, "Concurrency in Go" by Katherine Cox-Buday is the book I hand to everyone.',
        category: "feedback",
      },
    ],
    [
      "a shared box whose display name is the organisation, signed with a city",
      {
        from: mb("Laboratoires Berthier-Vasseur", "recrutement@berthier-vasseur.example"),
        text: "Nous avons retenu une autre candidature.\n\nLaboratoires Berthier-Vasseur\nDayton, Ohio",
      },
    ],
  ])("%s: nobody", (_, c) => {
    expect(extractDetails(input(c)).contacts).toEqual([]);
  });

  it("reads the user's note above a job alert, and nobody in the alert", () => {
    const { contacts } = extractDetails(
      input({
        from: mb("Linkwise Jobs", "jobs-noreply@linkwise.example"),
        subject: "Jobs for you: Platform Engineer",
        note: "Look at the Northwind one, that's the team Priya mentioned.",
        text: "Platform Engineer\nNorthwind Robotics · Remote\n\nUnsubscribe",
        category: "job_alert",
      }),
    );
    expect(people(contacts)).toEqual([["Priya", null]]);
  });
});

// Names the prose gives are read here in an invitation, where they are the meeting's people; in
// feedback a name only in the prose is no contact (extract-people-prose-only.test.ts).
describe("people: recall for people named in the message", () => {
  it.each<[string, Case, [string | null, string | null]]>([
    [
      "a name with a capitalised particle",
      {
        from: mb("Yara El Amrani", "yara.elamrani@stedin.example"),
        text: "Hoi Jordan,\n\nGraag nodig ik je uit voor een gesprek.\n\nGroet,\nYara El Amrani",
        category: "interview_invite",
      },
      ["Yara El Amrani", "yara.elamrani@stedin.example"],
    ],
    [
      "a robot's From with a personal Reply-To the signature spells",
      {
        from: mb("Kindling Finance", "notifications@app.ashbyhq.com"),
        replyTo: [mb("", "ravi@kindling.example")],
        text: "Hi Jordan,\n\nThanks for your time. We won't be moving forward.\n\nRavi Menon\nHead of Growth",
      },
      ["Ravi Menon", "ravi@kindling.example"],
    ],
    [
      "a first name joined to another",
      {
        from: mb("Cristina Ochoa", "cristina.ochoa@vitalba.example"),
        text: "Te paso el feedback que me han dado Rocío y Manuel sobre tu proceso.",
        category: "interview_invite",
      },
      ["Rocío", null],
    ],
    [
      "a first name with a title after it",
      {
        from: mb("Miriam Schulz", "miriam.schulz@fernwerk.example"),
        text: "Hallo Jordan,\n\nwenn du magst, empfehle ich dich intern bei Fernwerk Mobility – dann landet dein Profil direkt bei Stefan, dem Hiring Manager.\n\nViele Grüße\nMiriam Schulz\nFernwerk Mobility GmbH",
        category: "referral_offer",
      },
      ["Stefan", null],
    ],
    [
      "a first name before an accented verb",
      {
        from: mb("Marta Ibáñez", "marta.ibanez@celesta.example"),
        text: "En la entrevista estuviste muy bien; Álvaro comentó que tu propuesta era mejor.",
        category: "interview_invite",
      },
      ["Álvaro", null],
    ],
    [
      "a first name with a possessive in application mail",
      {
        from: mb("Rachel Okafor", "rachel.okafor@tidewater.example"),
        text: "Omar's slot stays the same length, just shifts with mine.",
        category: "interview_invite",
      },
      ["Omar", null],
    ],
    [
      "a first name completed from a quoted header of the thread",
      {
        from: mb("Sam Whitaker", "sam.whitaker@fernhill.example"),
        text: "Hi Jordan - as promised, Clare's notes, lightly trimmed.",
        body: "Hi Jordan - as promised, Clare's notes, lightly trimmed.\n\n---------- Forwarded message ---------\nFrom: Clare Donnelly <clare.donnelly@fernhill.example>\nSubject: Feedback\n\nNotes below.",
        category: "feedback",
      },
      ["Clare Donnelly", "clare.donnelly@fernhill.example"],
    ],
    [
      "a surname that is also a product, after a given name",
      {
        from: mb("Owen Fairley", "owen.fairley@protonmail.example"),
        note: "Louise = Louise Ashby, eng manager at Gannet.",
        text: "Just checked with Louise in eng and yes, the job is still open.",
        category: "referral_offer",
      },
      ["Louise Ashby", null],
    ],
    [
      "a person named in a note with an address later in the sentence",
      {
        from: mb("Alicia Moreno", "alicia@saltmarsh.example"),
        note: "Noor in product was great - noor@saltmarsh.example.",
        text: "We have decided to pause the search.",
      },
      ["Noor", "noor@saltmarsh.example"],
    ],
    [
      "a first name with a title in parentheses",
      {
        from: mb("Sanne Bakker", "sanne.bakker@kanaal.example"),
        text: "Ik heb je cv doorgestuurd naar Anouk (onze teamlead infra) en ze wil graag kennismaken.",
        category: "interview_invite",
      },
      ["Anouk", null],
    ],
    [
      "a full name set off by commas before a verb",
      {
        from: mb("Rosa Jimenez", "rosa.jimenez@wrenfield.example"),
        text: "Our interviewer for this afternoon's session, Felix Amsel, is off sick today.",
        category: "interview_invite",
      },
      ["Felix Amsel", null],
    ],
    [
      "a first name with the initial of the surname",
      {
        from: mb("Rosa Jimenez", "rosa.jimenez@wrenfield.example"),
        text: "Architecture (Maya P.): Strong. Testing (Devon K.): Adequate.",
        category: "interview_invite",
      },
      ["Maya P.", null],
    ],
    [
      "a surname after an honorific in the note",
      {
        from: mb("Petra Lange", "petra.lange@mueller.example"),
        note: "Das Gespräch mit Herrn Weiß (Teamleiter) lief eigentlich gut.",
        text: "Leider haben wir uns für eine andere Kandidatin entschieden.",
      },
      ["Weiß", null],
    ],
    [
      "the address the message gives for the person who signs it",
      {
        from: mb("Harborline Workday Notification", "harborline@myworkday.com"),
        text: "If you have any questions, please contact me directly at jasmine.cole@harborline.example.\n\nSincerely,\n\nJasmine Cole\nTalent Acquisition Partner",
        category: "offer",
      },
      ["Jasmine Cole", "jasmine.cole@harborline.example"],
    ],
    [
      "the fuller name the sender signs with",
      {
        from: mb("Javier Ortega", "javier@ortegaehijos.example"),
        text: "Soy Javier, el CTO. ¿Hablamos el jueves?\n\nUn saludo,\nJavier Ortega Lozano\nCTO",
        category: "interview_invite",
      },
      ["Javier Ortega Lozano", "javier@ortegaehijos.example"],
    ],
  ])("%s", (_, c, expected) => {
    expect(people(extractDetails(input(c)).contacts)).toContainEqual(expected);
  });

  it("keeps the sender whose greeting opens the message, and reads the prose under it", () => {
    const { contacts } = extractDetails(
      input({
        from: mb("Tiago Martins", "tiago.martins@ribeira.example"),
        text: "Olá Jordan,\n\nPosso recomendar-te: a candidatura vai diretamente para a Joana Pires, que é quem lidera a equipa.\n\nAbraço,\nTiago Martins",
        category: "referral_offer",
      }),
    );
    expect(people(contacts)).toContainEqual(["Joana Pires", null]);
    expect(people(contacts)).not.toContainEqual(["Olá Jordan", null]);
  });

  it("stores one person for a short and a long first name with one surname", () => {
    const { contacts } = extractDetails(
      input({
        from: mb("Bradley Nguyen", "bnguyen@irongate.example"),
        text: "Jordan, we went another way. Thanks for your time.\n\nBrad Nguyen\nBI Manager",
      }),
    );
    expect(contacts.map((c) => c.name)).toEqual(["Bradley Nguyen"]);
  });

  it.each([
    ["Brad Nguyen", "Bradley Nguyen", true],
    ["Alex Kim", "Alexandra Kim", true],
    ["Al Kim", "Alexandra Kim", false],
    ["Brad Nguyen", "Bradley Tran", false],
  ])("%s and %s are one person: %s", (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
  });
});
