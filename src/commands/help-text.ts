/** The full command list, sent for `help` and under any confirmation that had a problem. */
export const HELP_TEXT = `Reply to a digest with one command per line. Numbers are the digest's.

  approve 1 3       approve drafts 1 and 3 (also: send, yes, ok; "1-3", "1, 3 and 5");
                    the LinkedIn card's number approves every note in it
  approve all       approve every draft in that digest
  skip 2            drop draft 2 (also: no)
  edit 4            replace draft 4 with the lines below it, then send it;
                    a first line "Subject: ..." changes the subject
  fill 4 words      put your words in draft 4's [[add: ...]] gap, then send it
  snooze 5 2w       offer draft 5 again later: 3d, 2w or 1m
  never 6           never write to the person in draft 6 again
  address 12 a@b.c  add the address of person 12 under "Missing an email address"
  confirm 8         person 8 under "People to confirm" is real: draft what Rebound
                    planned for them (nothing goes out until you approve it)
  not 8             remove person 8 under "People to confirm" and what was planned
  targets: A, B     the companies you'd like introductions to ("targets: none" clears)
  pause / resume    stop and restart all new drafts and digests

Settings (each change is confirmed):

  settings          list them all
  name Jordan Lee   the name your drafts are signed with
  timezone Berlin   an IANA time zone ("Europe/Berlin") or a city
  hour 7            the hour your digest comes, 0 to 23
  language de       write new drafts in German; "language auto": the employer's language
  delivery direct   send approved emails from your own address ("delivery handoff":
                    mail them to you to send)

Your data:

  export            mails your contacts (vCard, CSV), applications (CSV) and all (JSON)
  calendar          mails your follow-ups as a calendar file, with a private web
                    address to subscribe to; "calendar revoke" turns that address off
  help              this list

For example:

  approve 1
  fill 3 the piece on grid storage you shared
  edit 2
  Hi Maya, thank you again for your time last week.
  skip 4

Only what you type above the quoted digest counts. Approved messages are sent to the
recipient (direct delivery), or come back to you ready to send (handoff); LinkedIn notes
and call scripts always come back to you.`;
