/** The full command list, sent for `help` and under any confirmation that had a problem. */
export const HELP_TEXT = `Reply to a digest with one command per line. Numbers are the digest's.

  approve 1 3       approve drafts 1 and 3 (also: send, yes, ok; "1-3", "1, 3 and 5")
  approve all       approve every draft in that digest
  skip 2            drop draft 2 (also: no)
  edit 4            replace draft 4 with the lines below it, then send it;
                    a first line "Subject: ..." changes the subject
  snooze 5 2w       offer draft 5 again later: 3d, 2w or 1m
  never 6           never write to the person in draft 6 again
  targets: A, B     the companies you'd like introductions to ("targets: none" clears)
  pause / resume    stop and restart all new drafts and digests
  help              this list

For example:

  approve 1
  edit 2
  Hi Maya, thank you again for your time last week.
  skip 3

Only what you type above the quoted digest counts. Approved messages are sent to the
recipient (direct delivery), or come back to you ready to send (handoff); LinkedIn notes
and call scripts always come back to you.`;
