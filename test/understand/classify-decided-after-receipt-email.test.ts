import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { gmailForward } from "../support/forwarding.ts";
import { JORDAN } from "../support/users.ts";

// A rejection that opens by acknowledging the application, sent through the Worker's real
// email() handler as Gmail forwards it: the "no" said outright decides, so Jordan gets the
// rejection's follow-ups, not an acknowledgement's silence. Words of our own, from no fixture.

describe("email(): a rejection that opens with a receipt", () => {
  it.each([
    {
      language: "en",
      from: "Ines Calloway <ines.calloway@larkspur-freight.example>",
      subject: "Your application: Pricing Analyst",
      body: [
        "Dear Jordan,",
        "",
        "We confirm receipt of your application for the Pricing Analyst position and thank you",
        "for your interest in Larkspur Freight.",
        "",
        "Having reviewed your file carefully, we regret to inform you that we will not be",
        "taking your application further.",
        "",
        "Kind regards,",
        "Ines Calloway",
        "Talent Partner, Larkspur Freight",
      ],
    },
    {
      language: "fr",
      from: "Mathilde Rocheron <mathilde.rocheron@verdelune-assurances.example>",
      subject: "Votre candidature - Analyste tarification",
      body: [
        "Bonjour Jordan,",
        "",
        "Nous accusons bonne réception de votre candidature au poste d'analyste tarification et",
        "vous remercions de l'intérêt porté à Verdelune Assurances.",
        "",
        "Après une étude attentive de votre dossier, nous avons le regret de vous informer que",
        "nous ne pouvons pas y donner une suite favorable.",
        "",
        "Bien cordialement,",
        "Mathilde Rocheron",
        "Chargée de recrutement, Verdelune Assurances",
      ],
    },
  ])("$language: stores a rejection and plans the rejection's follow-ups", async (message) => {
    const { userId, inbox } = await createJordan();
    const delivered = await deliver(gmailForward(message), { from: JORDAN.owner, to: inbox });
    expect(delivered.rejected).toBeNull();
    const stored = await env.DB.prepare("SELECT category FROM inbound_messages WHERE user_id = ?1")
      .bind(userId)
      .first<{ category: string }>();
    expect(stored?.category).toBe("rejection");
    const kinds = await env.DB.prepare("SELECT kind FROM drafts WHERE user_id = ?1")
      .bind(userId)
      .all<{ kind: string }>();
    const planned = kinds.results.map((row) => row.kind);
    expect(planned).toContain("feedback_request");
    expect(planned).toContain("check_in_90_day");
  });
});
