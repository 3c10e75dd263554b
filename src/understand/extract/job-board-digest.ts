import type { Mailbox } from "../mail/parsed-email.ts";

/** Job-board alert digests: they list many employers and are about none of them. */
const JOB_BOARD_DIGEST =
  /\bjob alerts?\b|\bnew jobs?\b|\bjobs? for you\b|\brecommended jobs\b|\bjob recommendations\b|\bjobs? matching\b|\bjobs? (?:like|near)\b|\bstellenangebote\b|\bjobagent\b|\bneue jobs\b|\boffres d['’]emploi\b|\balertes? emploi\b|\bofertas de empleo\b|\balertas? de empleo\b|\bvacatures voor\b|\bnewsletter\b|\b(?:weekly|daily) (?:roundup|digest|jobs)\b|\b\d+ (?:new )?(?:[a-z-]+ ){0,3}(?:jobs|roles|openings|vacancies)\b/i;

/** Whether the sender's name or the subject says job-board digest. */
export function isJobBoardDigest(from: Mailbox | null, subject: string): boolean {
  return JOB_BOARD_DIGEST.test(from?.name ?? "") || JOB_BOARD_DIGEST.test(subject);
}
