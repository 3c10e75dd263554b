import { describe, expect, it } from "vitest";
import { forwardToRebound, type Stored } from "../support/forwarding.ts";

// Every name, company and address below is invented for these tests.

/** Everyone Rebound stored or drafted to is one of these real people. */
function onlyThesePeople(s: Stored, names: string[]): void {
  expect(s.contacts.map((c) => c.name).sort()).toEqual([...names].sort());
  for (const d of s.drafts) expect(names).toContain(d.name);
}

describe("forwarded mail that names people the user never met drafts nothing to them", () => {
  it("stores nobody from a job alert's listing or its footer address", async () => {
    const s = await forwardToRebound({
      from: "Linkwise Jobs <jobs-noreply@linkwise.example>",
      subject: "Neue Jobs: Platform Engineer",
      body: [
        "Neue Jobs, die zu Ihrem Profil passen",
        "",
        "Platform Engineer",
        "Maré Baixa Tecnologia · Remote",
        "",
        "Senior Backend Engineer",
        "Halvorsen Data · Berlin",
        "",
        "Diese E-Mail wurde von Linkwise Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Irland, versendet.",
        "© 2026 Linkwise",
      ].join("\r\n"),
    });
    onlyThesePeople(s, []);
    expect(s.drafts).toEqual([]);
  });

  it("stores no speaker of a webinar invitation", async () => {
    const s = await forwardToRebound({
      from: "Harrowgate Engineering <events@harrowgate.example>",
      subject: "Webinar: how we run on-call",
      body: [
        "Hi Jordan,",
        "",
        "Join our webinar on platform reliability next Thursday.",
        "",
        "Speakers: Priyanka Nair, VP Engineering, and Colm Byrne, Principal SRE",
        "",
        "Register here: https://harrowgate.example/webinar",
      ].join("\r\n"),
    });
    onlyThesePeople(s, []);
    expect(s.drafts).toEqual([]);
  });

  it("drafts only to the recruiter, not to a place or a product in her mail", async () => {
    const s = await forwardToRebound({
      from: "Dana Whitfield <dana.whitfield@kestrelstaffing.example>",
      subject: "Kubernetes Platform Engineer - update",
      body: [
        "Hi Jordan,",
        "",
        "Thanks for your time on the Kubernetes Platform Engineer role (hybrid, 3 days onsite in Eden Prairie, MN). My client has decided to move forward with another candidate who had more hands-on GitOps (Argo CD) experience.",
        "",
        "Best,",
        "Dana Whitfield",
        "Senior Recruiter, Kestrel Staffing",
      ].join("\r\n"),
    });
    onlyThesePeople(s, ["Dana Whitfield"]);
  });

  it("drafts only to the hiring manager, not to the author of the book she recommends", async () => {
    const s = await forwardToRebound({
      from: "Imogen Hale <imogen.hale@mosswood.example>",
      subject: "Go Engineer - feedback",
      body: [
        "Hi Jordan,",
        "",
        "We have decided to go with another candidate for the Go Engineer role. Your concurrency answers were the one gap.",
        'If it\'s useful, "Concurrency in Go" by Katherine Cox-Buday is the book I hand to everyone who joins.',
        "",
        "Best,",
        "Imogen Hale",
        "Engineering Manager, Mosswood",
      ].join("\r\n"),
    });
    onlyThesePeople(s, ["Imogen Hale"]);
  });

  it("drafts to nobody the feedback only names in passing, however it names them", async () => {
    const s = await forwardToRebound({
      from: "Cristina Ochoa <cristina.ochoa@vitalba.example>",
      subject: "Feedback proceso Frontend Developer",
      body: [
        "Hola Jordan,",
        "",
        "Como te prometí, te paso el feedback que me han dado Rocío y Manuel sobre tu proceso para Frontend Developer. Al final hemos decidido seguir con otra persona.",
        "Si te sirve, te recomiendo las charlas de la JSConf Valencia.",
        "",
        "Un saludo,",
        "Cristina Ochoa",
        "Talent Partner, Vitalba",
      ].join("\r\n"),
    });
    onlyThesePeople(s, ["Cristina Ochoa"]);
    expect(s.roles).toEqual(["Frontend Developer"]);
  });
});
