import { remembered } from "./remembered.ts";

/**
 * Domains that applicant-tracking systems, job boards and bulk-mail platforms send from.
 * Mail from them is written by a machine on the employer's behalf: the address never
 * reaches a person, and the domain never names the employer.
 */
const ATS_DOMAINS: ReadonlySet<string> = new Set([
  // Applicant-tracking systems (the sending domain and the product domain).
  "greenhouse.io",
  "greenhouse-mail.io",
  "lever.co",
  "hire.lever.co",
  "workday.com",
  "myworkday.com",
  "myworkdayjobs.com",
  "ashbyhq.com",
  "ashbymail.com",
  "smartrecruiters.com",
  "smartrecruitersmail.com",
  "icims.com",
  "teamtailor.com",
  "teamtailor-mail.com",
  "personio.de",
  "personio.com",
  "recruitee.com",
  "workable.com",
  "workablemail.com",
  "bamboohr.com",
  "jazzhr.com",
  "applytojob.com",
  "jobvite.com",
  "successfactors.com",
  "successfactors.eu",
  "sapsf.com",
  "sapsf.eu",
  "taleo.net",
  "oraclecloud.com",
  "breezy.hr",
  "breezyhr.com",
  "pinpointhq.com",
  "comeet.co",
  "comeet.com",
  "softgarden.de",
  "softgarden.io",
  "dvinci.de",
  "dvinci-easy.com",
  "rexx-systems.com",
  "join.com",
  "jobylon.com",
  "homerun.co",
  "recruiterbox.com",
  "freshteam.com",
  "zohorecruit.com",
  "zoho.com",
  "gem.com",
  "rippling.com",
  "ripplingmail.com",
  "paylocity.com",
  "paycomonline.net",
  "paycomonline.com",
  "dayforcehcm.com",
  "brassring.com",
  "applicantpro.com",
  "isolvedhire.com",
  "hrmdirect.com",
  "ultipro.com",
  "ukg.com",
  "adp.com",
  "cornerstoneondemand.com",
  "csod.com",
  "avature.net",
  "phenompeople.com",
  "eightfold.ai",
  "beamery.com",
  "hirebridge.com",
  "trakstar.com",
  "recruitcrm.io",
  "manatal.com",
  "bullhorn.com",
  "jobscore.com",
  "clearcompany.com",
  "hireology.com",
  "wellfound.com",
  "angel.co",
  "otta.com",
  "welcometothejungle.com",
  "hellowork.com",
  "flatchr.io",
  "talent-soft.com",
  "talentsoft.com",
  "cegid.com",
  "factorial.co",
  "factorialhr.com",
  "kenjo.io",
  "bizneo.com",
  "jobandtalent.com",
  "infojobs.net",
  "recruiteemail.com",
  "cloud.oracle.com",
  "taleo.com",
  "kenexa.com",
  "jobs2web.com",
  "myworkdaysite.com",
  "hibob.com",
  "paycor.com",
  "recruitingbypaycor.com",
  "careerplug.com",
  "hiringthing.com",
  "applicantstack.com",
  "apploi.com",
  "fountain.com",
  "paradox.ai",
  "harver.com",
  "workstream.us",
  "jobdiva.com",
  "ceipal.com",
  "crelate.com",
  "peopleadmin.com",
  "interviewexchange.com",
  "applitrack.com",
  "appone.com",
  "silkroad.com",
  "pageuppeople.com",
  "governmentjobs.com",
  "schooljobs.com",
  "neogov.com",
  // UK applicant-tracking systems.
  "eploy.net",
  "eploy.co.uk",
  "tribepad.com",
  "oleeo.com",
  "oleeo.co.uk",
  "jobtrain.co.uk",
  "webrecruit.co",
  "hirehive.com",
  "hirehive.io",
  "beapplied.com",
  "talos360.co.uk",
  "cezannehr.com",
  "ciphr.com",
  // Job boards and professional networks.
  "linkedin.com",
  "e.linkedin.com",
  "indeed.com",
  "indeedemail.com",
  "glassdoor.com",
  "stepstone.de",
  "stepstone.com",
  "xing.com",
  "monster.com",
  "ziprecruiter.com",
  "dice.com",
  "hired.com",
  "welcomekit.co",
  "reed.co.uk",
  "totaljobs.com",
  "cv-library.co.uk",
  "jobsite.co.uk",
  "jobs.nhs.uk",
  "trac.jobs",
  "civilservicejobs.service.gov.uk",
  // Bulk-mail and transactional platforms.
  "sendgrid.net",
  "sendgrid.com",
  "mailgun.org",
  "mailgun.net",
  "amazonses.com",
  "mandrillapp.com",
  "mailchimp.com",
  "mcsv.net",
  "sparkpostmail.com",
  "postmarkapp.com",
  "mtasv.net",
  "hubspotemail.net",
  "hs-email.net",
  "salesforce.com",
  "exacttarget.com",
  "mktomail.com",
]);

/**
 * Local parts that name a function or a machine, never one person. `jobs@`-style role boxes
 * are read by whoever is on duty, so writing to them is not keeping a relationship.
 */
const ROBOT_LOCAL_PART =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?response|notifications?|notify|alerts?|mailer[-_.]?daemon|postmaster|bounces?|bounce[-+_.].*|mailer|daemon|automailer|auto[-_.]?reply|autoresponder|system|robot|bot|jobs?|careers?|career[-_.]?site|recruiting|recruitment|recruiters?|talent|talent[-_.]?acquisition|talent[-_.]?team|hiring|hr|people|people[-_.]?ops|personal|personalabteilung|bewerbung(?:en)?|karriere|jobs[-_.].+|careers[-_.].+|recrutement|rh|empleo|empleos|rrhh|seleccion|candidates?|candidatures?|applications?|apply|applicants?|info|hello|contact|team|admin|support|help|office|mail|news|newsletter|updates?|do_not_reply|ne[-_.]?pas[-_.]?repondre|nepasrepondre|keine[-_.]?antwort)$/;

/** Anywhere in a local part, these say a machine sends from it ("hr-ss-automated_message_do_not_reply"). */
const MACHINE_MARK =
  /no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|automated|auto[-_.]?reply|notifications?|mailer[-_.]?daemon|bounces?|n[aã]o[-_.]?respond|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|non[-_.]?rispondere|keine[-_.]?antwort|niet[-_.]?beantwoorden|geen[-_.]?antwoord/;

/**
 * Words of a shared mailbox in the seven languages ("recrutamento@", "werving.selectie@",
 * "lavoraconnoi@", "people-ops@"): a local part made only of these reaches whoever is on duty.
 */
const ROLE_BOX_WORDS: ReadonlySet<string> = new Set(
  (
    "jobs|job|careers|career|carreiras|carreira|carrera|carreras|carriere|carrieres|karriere|" +
    "recruiting|recruitment|recruiter|recruiters|recrutamento|recrutement|reclutamiento|" +
    "reclutamento|werving|selectie|selezione|seleccion|selecao|selection|talent|talents|talento|" +
    "talentos|acquisition|ta|hr|rh|rrhh|hrm|po|people|peopleops|ops|personal|personale|personeel|" +
    "personas|pessoas|personalabteilung|bewerbung|bewerbungen|bewerber|candidates|candidate|" +
    "candidatos|candidaturas|candidature|candidatures|candidatura|application|applications|apply|" +
    "applicants|vagas|vacatures|vacature|vacantes|sollicitatie|sollicitaties|lavoraconnoi|" +
    "lavora|con|noi|empleo|empleos|emprego|empregos|stellen|jobsuche|eventi|events|event|info|" +
    "hello|contact|kontakt|contacto|contato|team|equipe|equipo|admin|support|help|office|mail|" +
    "news|newsletter|updates|update|alerts|alert|system|robot|bot|hiring|staffing|onboarding|" +
    "humanresources|human|resources|recursos|humanos|ressources|humaines|risorse|umane|service|" +
    "services|global|intl|de|fr|es|nl|it|pt|br|us|uk|eu|emea|na|latam|apac|university|campus|" +
    "graduates|grads|interns|internships|werkenbij|werkenbijons|jobsite|portal|noreply"
  ).split("|"),
);

/** "a.b.example.com" -> ["a.b.example.com", "b.example.com", "example.com"]. */
function domainAndParents(domain: string): string[] {
  const labels = domain.split(".");
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join("."));
  return out;
}

/**
 * Whether a domain (or any parent of it) belongs to an ATS, job board or bulk-mail platform.
 * Remembered: the classifier and the company readers ask about the same domains.
 */
export const isAtsDomain: (domain: string) => boolean = remembered((domain) => {
  const d = domain.trim().toLowerCase().replace(/\.$/, "");
  if (d === "") return false;
  return domainAndParents(d).some((candidate) => ATS_DOMAINS.has(candidate));
});

/**
 * Whether mail from (or to) this address reaches a machine or a shared box rather than a person.
 * Remembered: the classifier, the sender, people and contact readers ask about the same few
 * addresses of a message.
 */
export const isRobotAddress: (address: string) => boolean = remembered((address) => {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf("@");
  if (at <= 0) return true;
  const fullLocal = a.slice(0, at);
  // "company+autoreply@", "x+bounces@": the tag says what the box is for.
  if (/\+(?:auto-?reply|no-?reply|bounces?|notifications?)\b/.test(fullLocal)) return true;
  const local = fullLocal.replace(/\+.*$/, "");
  const domain = a.slice(at + 1);
  if (isAtsDomain(domain)) return true;
  if (ROBOT_LOCAL_PART.test(local) || MACHINE_MARK.test(local)) return true;
  const tokens = local.split(/[-_.]+/).filter((t) => t !== "");
  if (tokens.length > 0 && tokens.every((t) => ROLE_BOX_WORDS.has(t))) return true;
  // "usajobs@usajobs.gov", "acme@acme.example": the organisation's own name is a shared box.
  const labels = domain.split(".").slice(0, -1);
  if (local.length >= 3 && labels.includes(local)) return true;
  // Bounce and tracking addresses: long random tokens, VERP ("bounce-123=x.com").
  if (/^(?:bounce|bnc|return|msprvs|prvs)[-=+_.]/.test(local)) return true;
  return /(?:^|[-_.])no[-_.]?reply(?:$|[-_.])/.test(local);
});
