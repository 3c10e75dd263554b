import { isAtsDomain } from "../robot-address.ts";

/** Links read per message: enough for a notification's buttons, bounded for a hostile one. */
const MAX_LINKS = 24;

/**
 * Labels and path pieces an ATS puts around the employer's slug ("app", "wd5", "careersection"):
 * never the employer.
 */
const GENERIC_SLUG =
  /^(?:www\d*|app|apps|api|mail|email|em|e|m|go|link|links|click|track|url\d*|jobs?|careers?|boards?|job-boards|apply|hire|hiring|recruit|recruiting|talent|candidates?|candidate-portal|portal|login|signin|sso|account|accounts|myjobs|myprofile|profile|careersection|career-section|en|de|fr|es|nl|it|pt|us|uk|eu|en-us|en-gb|de-de|fr-fr|wd\d+|us\d+|eu\d+|em\d+|o\d+|mg|mail\d+|ats|careers?\d+|jobs\d+|na\d+|notifications?|no-?reply|noreply|donotreply|do-not-reply|bounces?|mailer|system|info|support|help|hello|news|newsletter|team|people|hr|static|assets|cdn|images?|img|unsubscribe|preferences|settings|privacy|terms|legal|external|internal|ext|int|public|embed|v\d+|o|s|j|p|c|r|t|u|x)$/i;

/** Words of a platform's own mailboxes ("jobs-listings", "messages-noreply", "inmail-hit-reply"). */
const MAILBOX_WORD =
  /^(?:listings?|alerts?|digest|updates?|messages?|inmail|invitations?|hit|reply|notifications?|bounces?|mailer|daemon|match|matches|recommendations?|security|verify|verification)$/i;

/** ATS hosts that put the employer's slug first in the path (jobs.lever.co/<slug>). */
const PATH_SLUG_HOSTS =
  /(?:^|\.)(?:jobvite\.com|rippling\.com|lever\.co|greenhouse\.io|ashbyhq\.com|workable\.com|smartrecruiters\.com|recruitee\.com|teamtailor\.com|breezy\.hr|pinpointhq\.com|comeet\.com|join\.com|jobylon\.com|homerun\.co|personio\.de|personio\.com|bamboohr\.com)$/i;

/**
 * "careers-brasswick", "uscareers-brasswick", "brasswick-jobs": the tenant's slug without the
 * words a host puts around it (iCIMS names its tenants' sites this way).
 */
function withoutTenantWords(label: string): string {
  return label.replace(
    /^(?:[a-z]{2})?(?:careers?|jobs?|apply|hiring)-(?=[a-z])|-(?:careers?|jobs?|hiring)$/g,
    "",
  );
}

/**
 * Employer slugs an applicant-tracking system writes into the sender's address and links:
 * "ostrander@taleo.net", "https://ostrander.taleo.net/…", "jobs.lever.co/fieldnote",
 * "acme.wd5.myworkdayjobs.com". Lower case, as written; each at most once.
 */
export function atsSlugs(senderAddress: string | null, text: string): string[] {
  const found = new Set<string>();
  const keep = (slug: string | undefined) => {
    const s = withoutTenantWords((slug ?? "").toLowerCase());
    if (s.length >= 3 && s.length <= 40 && /[a-z]/.test(s) && !GENERIC_SLUG.test(s)) found.add(s);
  };
  if (senderAddress) {
    const at = senderAddress.lastIndexOf("@");
    const local = senderAddress.slice(0, at);
    const domain = senderAddress.slice(at + 1).toLowerCase();
    // "jobs-listings@linkedin.com": a board's own mailbox, named for what it sends.
    const parts = local.split(/[-_.+]+/);
    if (
      at > 0 &&
      isAtsDomain(domain) &&
      !parts.some((p) => GENERIC_SLUG.test(p) || MAILBOX_WORD.test(p))
    ) {
      keep(local);
    }
    // "no-reply@grantley.recruitee.com": a tenant's own subdomain of the ATS's mail host.
    const labels = domain.split(".");
    if (at > 0 && labels.length > 2 && isAtsDomain(labels.slice(1).join("."))) keep(labels[0]);
  }
  let links = 0;
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]{3,120})(\/[^\s"'<>)\]]{0,200})?/gi)) {
    if (++links > MAX_LINKS) break;
    const host = (m[1] ?? "").toLowerCase();
    if (!isAtsDomain(host)) continue;
    const labels = host.split(".");
    // "ostrander.taleo.net", "acme.wd5.myworkdayjobs.com": the first label, when it is not the ATS's own.
    if (labels.length > 2) keep(labels[0]);
    if (PATH_SLUG_HOSTS.test(host)) {
      const first = (m[2] ?? "").split(/[/?#]/).find((p) => p !== "");
      if (first && /^[A-Za-z][\w-]*$/.test(first)) keep(first);
    }
  }
  return [...found].slice(0, 4);
}
