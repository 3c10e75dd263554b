import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { JORDAN } from "../support/users.ts";

// Gmail forwards, written for these tests, of the formats real ATS and recruiter mail has;
// every company, person and address in them is invented.
const emls = import.meta.glob<string>("../fixtures/company/*.eml", {
  query: "?raw",
  import: "default",
  eager: true,
});

function fixture(name: string): string {
  const raw = emls[`../fixtures/company/${name}.eml`];
  if (!raw) throw new Error(`no fixture ${name}`);
  return raw;
}

/** Forwards one fixture to a fresh Jordan and reads back the companies Rebound stored. */
async function companiesStoredFor(name: string): Promise<string[]> {
  const { userId, inbox } = await createJordan();
  await deliver(fixture(name), { from: JORDAN.owner, to: inbox });
  const rows = await env.DB.prepare("SELECT name FROM companies WHERE user_id = ?1")
    .bind(userId)
    .all<{ name: string }>();
  return rows.results.map((r) => r.name);
}

describe("the employer, not the messenger", () => {
  it.each<[string, string, string]>([
    [
      "a job board's relay ('Indeed Apply') names the employer on the job card",
      "indeed-apply-relay",
      "Tarnwick Freight Partners",
    ],
    [
      "a Workday display suffix ('… Workday Notification') is dropped for the signature's full name",
      "workday-notification-suffix",
      "Corrowmere Water Utilities",
    ],
    [
      "a career-site suffix and a subject fragment ('… Application Update') are not the name",
      "career-site-suffix",
      "Lindale Orthopaedics",
    ],
    [
      "USAJOBS names the hiring agency on its own line, not the portal or its operator",
      "usajobs-agency-line",
      "Bureau of Inland Waterway Survey",
    ],
    [
      "a military rank and a city in the signature are not the employer",
      "rank-city-signature",
      "Anvilmoor Defence Systems",
    ],
    [
      "a coordinator's first name on a Greenhouse address is not the employer",
      "greenhouse-coordinator-name",
      "Brindlewick Robotics",
    ],
    [
      "a copyright line names the employer without the year or ©",
      "copyright-line-only",
      "Quillstone Analytics Corporation",
    ],
    [
      "an agency recruiter's mail is about the client it names",
      "agency-names-client",
      "Halcyon Freight",
    ],
    [
      "the full name the message writes, not the domain's short one",
      "short-and-long-name",
      "Harrowfen Shipping Technologies",
    ],
    [
      "a brand written in lower case, found through its Lever link",
      "lever-lowercase-brand",
      "fieldstack",
    ],
  ])("%s", async (_, name, employer) => {
    expect(await companiesStoredFor(name)).toEqual([employer]);
  });
});
