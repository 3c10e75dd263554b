import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { gmailForward } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// One message of each kind fixed in classify-receipts-and-hires.test.ts, forwarded from Gmail
// through the Worker's real email() handler. Words of our own, from no fixture.

async function storedCategory(message: Parameters<typeof gmailForward>[0]) {
  const { userId, inbox } = await createJordan();
  const delivered = await deliver(gmailForward(message), { from: JORDAN.owner, to: inbox });
  expect(delivered.rejected).toBeNull();
  const row = await env.DB.prepare("SELECT category FROM inbound_messages WHERE user_id = ?1")
    .bind(userId)
    .first<{ category: string }>();
  return row?.category;
}

describe("email(): receipts the classifier used to miss", () => {
  it("es: a job board's receipt with the role between 'tu solicitud' and 'registrada'", async () => {
    const category = await storedCategory({
      from: "Portalempleo <avisos@portalempleo-example.net>",
      subject: "Te has inscrito en la oferta Técnico de sistemas",
      body: [
        "Hola Jordan:",
        "",
        "Tu solicitud para la oferta Técnico de sistemas en Cerámicas Valdeluz se ha registrado correctamente.",
        "Podrás seguir su estado desde tu área privada.",
        "",
        "El equipo de Portalempleo",
      ],
    });
    expect(category).toBe("application_received");
  });

  it("en: an agency has put the CV in front of its client", async () => {
    const category = await storedCategory({
      from: "Priya Lodge <priya.lodge@northgate-search.example>",
      subject: "Your application - Platform Engineer",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for the chat just now. I've now submitted your CV to my client for the Platform",
        "Engineer role; they usually come back within a week and I'll call you as soon as I hear.",
        "",
        "Best,",
        "Priya",
      ],
    });
    expect(category).toBe("application_received");
  });

  it("nl: a receipt that says an invitation may follow is still a receipt", async () => {
    const category = await storedCategory({
      from: "Werken bij Zandhaven <noreply@zandhaven-werkenbij.example>",
      subject: "Bedankt voor je sollicitatie",
      body: [
        "Beste Jordan,",
        "",
        "We hebben je cv en motivatie in goede orde ontvangen.",
        "Binnen twee weken laten we je weten of we je uitnodigen voor een eerste gesprek.",
        "",
        "Met vriendelijke groet,",
        "Team Recruitment Zandhaven",
      ],
    });
    expect(category).toBe("application_received");
  });
});

describe("email(): a 'no' that names the hire, the first day after an offer, a founder's call", () => {
  it("en: the role filled and the person hired named is a rejection", async () => {
    const category = await storedCategory({
      from: "Maren Holt <maren@brackwater.example>",
      subject: "Re: Following up - Backend Engineer",
      body: [
        "Hi Jordan,",
        "",
        "Sorry for going quiet. We have filled the Backend Engineer role: we ended up hiring",
        "Tomas Reyes, who had contracted for us last year. Your interviews went well.",
        "",
        "Maren",
      ],
    });
    expect(category).toBe("rejection");
  });

  it("de: the first-day mail after a signed offer is not an offer", async () => {
    const category = await storedCategory({
      from: "Lena Brandt <lena.brandt@feldmark.example>",
      subject: "Willkommen bei Feldmark!",
      body: [
        "Hallo Jordan,",
        "",
        "schön, dass du unterschrieben hast! Vor deinem ersten Arbeitstag am 4. Januar schicken",
        "wir dir den Laptop an die Adresse aus deinem Angebot. Die Unterlagen für die",
        "Personalabteilung bekommst du diese Woche.",
        "",
        "Bis bald,",
        "Lena",
      ],
    });
    expect(category).toBe("other");
  });

  it("en: a founder's informal video chat with times is an invitation", async () => {
    const category = await storedCategory({
      from: "Ada Mensah <ada@tallgrass.example>",
      subject: "Founding engineer at Tallgrass - quick chat?",
      body: [
        "Hi Jordan,",
        "",
        "I read your post on offline sync and loved it. I'm a co-founder of Tallgrass and we're",
        "hiring our first engineer. Would you be up for a 30 min video chat with me next week?",
        "Tuesday or Thursday afternoon works, or grab any slot on my calendar.",
        "",
        "Ada",
      ],
    });
    expect(category).toBe("interview_invite");
  });
});
