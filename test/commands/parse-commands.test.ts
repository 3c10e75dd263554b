import { describe, expect, it } from "vitest";
import type {
  Command,
  CommandProblem,
  SnoozeUnit,
  Targets,
} from "../../src/commands/parse-commands.ts";
import { describeCommand, parseCommands } from "../../src/commands/parse-commands.ts";

const NEEDS_APPROVE = 'approve needs the numbers of drafts, like "approve 1 3" or "approve all"';
const NEEDS_SKIP = 'skip needs the numbers of drafts, like "skip 2" or "skip all"';
const NEEDS_SNOOZE =
  'snooze needs the numbers of drafts, like "snooze 5" or "snooze 5 for 2 weeks"';
const NEEDS_NEVER = 'never needs the numbers of drafts, like "never 6"';
const NEEDS_TARGETS =
  'targets needs company names, like "targets: Acme, Globex" (or "targets: none")';
const OUT_OF_RANGE = (token: string) =>
  `"${token}" is not a draft number; drafts are numbered 1 to 999`;
const UNKNOWN = (word: string) => `"${word}" is not a command; reply "help" for the list`;
const TRUNCATED = "the reply is longer than 20,000 characters; the rest was ignored";

const targets = (numbers: number[] | "all"): Targets =>
  numbers === "all" ? { all: true } : { all: false, numbers };
const approve = (line: string, numbers: number[] | "all"): Command => ({
  kind: "approve",
  targets: targets(numbers),
  line,
});
const skip = (line: string, numbers: number[] | "all"): Command => ({
  kind: "skip",
  targets: targets(numbers),
  line,
});
const snooze = (line: string, numbers: number[], amount: number, unit: SnoozeUnit): Command => ({
  kind: "snooze",
  numbers,
  amount,
  unit,
  line,
});
const never = (line: string, numbers: number[]): Command => ({ kind: "never", numbers, line });
const companies = (line: string, names: string[]): Command => ({
  kind: "targets",
  companies: names,
  line,
});
const edit = (line: string, number: number, subject: string | null, body: string): Command => ({
  kind: "edit",
  number,
  subject,
  body,
  line,
});
const problem = (line: string, message: string): CommandProblem => ({ line, message });

type Case = [name: string, input: string, commands: Command[], problems: CommandProblem[]];

const numberCases: Case[] = [
  ["approve, space separated", "approve 1 3", [approve("approve 1 3", [1, 3])], []],
  [
    "approve, commas and 'and'",
    "approve 1, 3 and 5",
    [approve("approve 1, 3 and 5", [1, 3, 5])],
    [],
  ],
  ["approve, hashes", "approve #1 #3", [approve("approve #1 #3", [1, 3])], []],
  ["approve, ampersand without spaces", "approve 1&3", [approve("approve 1&3", [1, 3])], []],
  ["approve, plus", "approve 2 + 4", [approve("approve 2 + 4", [2, 4])], []],
  ["approve, hyphen range", "approve 1-3", [approve("approve 1-3", [1, 2, 3])], []],
  ["approve, en dash range", "approve 1–3", [approve("approve 1–3", [1, 2, 3])], []],
  ["approve, spaced range", "approve 2 - 4", [approve("approve 2 - 4", [2, 3, 4])], []],
  ["approve, hashed range", "approve #1-#2", [approve("approve #1-#2", [1, 2])], []],
  ["approve, reversed range", "approve 3-1", [approve("approve 3-1", [1, 2, 3])], []],
  ["approve, range of exactly 50", "approve 1-50", [approve("approve 1-50", range(1, 50))], []],
  [
    "approve, range of 51",
    "approve 1-51",
    [],
    [problem("approve 1-51", '"1-51" covers more than 50 drafts')],
  ],
  [
    "approve, dedupes and sorts",
    "approve 5 3 5 1-3",
    [approve("approve 5 3 5 1-3", [1, 2, 3, 5])],
    [],
  ],
  ["approve all", "approve all", [approve("approve all", "all")], []],
  ["approve ALL, upper case", "APPROVE ALL", [approve("APPROVE ALL", "all")], []],
  ["all wins over numbers", "approve 1 and all", [approve("approve 1 and all", "all")], []],
  ["trailing full stop", "Approve 2.", [approve("Approve 2.", [2])], []],
  ["trailing exclamation marks", "approve 2!!", [approve("approve 2!!", [2])], []],
  ["colon after the verb", "approve: 1, 2", [approve("approve: 1, 2", [1, 2])], []],
  [
    "filler words",
    "approve drafts 1 and 3 please",
    [approve("approve drafts 1 and 3 please", [1, 3])],
    [],
  ],
  ["leading zero", "approve 01", [approve("approve 01", [1])], []],
  ["send", "send 4", [approve("send 4", [4])], []],
  ["yes", "yes 3", [approve("yes 3", [3])], []],
  ["ok", "ok 2", [approve("ok 2", [2])], []],
  ["Okay with comma", "Okay, 1", [approve("Okay, 1", [1])], []],
  ["yes all", "Yes all!", [approve("Yes all!", "all")], []],
  ["skip", "skip 2", [skip("skip 2", [2])], []],
  ["no", "no 2, 4", [skip("no 2, 4", [2, 4])], []],
  ["drop all", "drop all", [skip("drop all", "all")], []],
  ["skip all", "Skip all.", [skip("Skip all.", "all")], []],
  ["number 0", "approve 0", [], [problem("approve 0", OUT_OF_RANGE("0"))]],
  ["number 999", "approve 999", [approve("approve 999", [999])], []],
  ["number 1000", "approve 1000", [], [problem("approve 1000", OUT_OF_RANGE("1000"))]],
  ["range past 999", "skip 990-1000", [], [problem("skip 990-1000", OUT_OF_RANGE("990-1000"))]],
  ["not a number", "approve 99x", [], [problem("approve 99x", '"99x" is not a number')]],
  [
    "one bad number spoils the line",
    "skip 1 two",
    [],
    [problem("skip 1 two", '"two" is not a number')],
  ],
  ["approve with no numbers", "approve", [], [problem("approve", NEEDS_APPROVE)]],
  ["skip with no numbers", "skip!", [], [problem("skip!", NEEDS_SKIP)]],
  ["yes followed by prose", "Yes, I'd love to", [], [problem("Yes, I'd love to", NEEDS_APPROVE)]],
  ["no followed by prose", "No worries", [], [problem("No worries", NEEDS_SKIP)]],
  ["ok thanks", "OK, thanks", [], [problem("OK, thanks", NEEDS_APPROVE)]],
  ["a word that merely starts like a verb", "Nobody", [], [problem("Nobody", UNKNOWN("Nobody"))]],
  ["okay is not ok plus a", "okayish 1", [], [problem("okayish 1", UNKNOWN("okayish"))]],
];

const otherVerbCases: Case[] = [
  ["snooze, default one week", "snooze 5", [snooze("snooze 5", [5], 1, "week")], []],
  ["snooze 2w", "snooze 5 2w", [snooze("snooze 5 2w", [5], 2, "week")], []],
  ["snooze 2 w", "snooze 5 2 w", [snooze("snooze 5 2 w", [5], 2, "week")], []],
  [
    "snooze for 2 weeks",
    "snooze 5 for 2 weeks",
    [snooze("snooze 5 for 2 weeks", [5], 2, "week")],
    [],
  ],
  ["snooze 3wk", "snooze 1 3wk", [snooze("snooze 1 3wk", [1], 3, "week")], []],
  ["snooze 10d", "snooze 1 10d", [snooze("snooze 1 10d", [1], 10, "day")], []],
  ["snooze 1 day", "snooze 1 for 1 day", [snooze("snooze 1 for 1 day", [1], 1, "day")], []],
  ["snooze 3 days", "snooze 2 3 days", [snooze("snooze 2 3 days", [2], 3, "day")], []],
  ["snooze 2m is months", "snooze 1 2m", [snooze("snooze 1 2m", [1], 2, "month")], []],
  ["snooze 6mo", "snooze 1 6mo", [snooze("snooze 1 6mo", [1], 6, "month")], []],
  [
    "snooze a month",
    "snooze 7 for a month.",
    [snooze("snooze 7 for a month.", [7], 1, "month")],
    [],
  ],
  [
    "snooze several",
    "Snooze 5, 6 and 8 for 3 months",
    [snooze("Snooze 5, 6 and 8 for 3 months", [5, 6, 8], 3, "month")],
    [],
  ],
  ["snooze 365 days", "snooze 1 365d", [snooze("snooze 1 365d", [1], 365, "day")], []],
  [
    "snooze 366 days",
    "snooze 1 366d",
    [],
    [problem("snooze 1 366d", "a snooze lasts 1 to 365 days")],
  ],
  ["snooze 52 weeks", "snooze 1 52w", [snooze("snooze 1 52w", [1], 52, "week")], []],
  [
    "snooze 53 weeks",
    "snooze 1 53 weeks",
    [],
    [problem("snooze 1 53 weeks", "a snooze lasts 1 to 52 weeks")],
  ],
  ["snooze 12 months", "snooze 1 12 months", [snooze("snooze 1 12 months", [1], 12, "month")], []],
  [
    "snooze 13 months",
    "snooze 1 13m",
    [],
    [problem("snooze 1 13m", "a snooze lasts 1 to 12 months")],
  ],
  ["snooze 0 days", "snooze 1 0d", [], [problem("snooze 1 0d", "a snooze lasts 1 to 365 days")]],
  [
    "snooze in years",
    "snooze 1 2y",
    [],
    [problem("snooze 1 2y", '"2y" is not a length of time; use days, weeks or months, like "2w"')],
  ],
  ["snooze without numbers", "snooze 2w", [], [problem("snooze 2w", NEEDS_SNOOZE)]],
  ["snooze all is refused", "snooze all", [], [problem("snooze all", NEEDS_SNOOZE)]],
  ["never", "never 6", [never("never 6", [6])], []],
  ["never contact", "never contact 6 and 7", [never("never contact 6 and 7", [6, 7])], []],
  ["do not contact", "Do not contact #4.", [never("Do not contact #4.", [4])], []],
  ["don't contact, straight apostrophe", "don't contact 4", [never("don't contact 4", [4])], []],
  ["don’t contact, curly apostrophe", "Don’t contact 4", [never("Don’t contact 4", [4])], []],
  ["never all is refused", "never all", [], [problem("never all", NEEDS_NEVER)]],
  ["never alone", "Never!", [], [problem("Never!", NEEDS_NEVER)]],
  [
    "targets with a colon",
    "targets: Acme, Globex, Initech",
    [companies("targets: Acme, Globex, Initech", ["Acme", "Globex", "Initech"])],
    [],
  ],
  [
    "targets without a colon, with 'and'",
    "targets Acme, Globex and Initech",
    [companies("targets Acme, Globex and Initech", ["Acme", "Globex", "Initech"])],
    [],
  ],
  [
    "target companies, Oxford comma",
    "Target companies: Acme, Globex, and Initech.",
    [companies("Target companies: Acme, Globex, and Initech.", ["Acme", "Globex", "Initech"])],
    [],
  ],
  [
    "targets keep case, dedupe case-insensitively",
    "TARGETS: DeepMind, deepmind, Stripe",
    [companies("TARGETS: DeepMind, deepmind, Stripe", ["DeepMind", "Stripe"])],
    [],
  ],
  [
    "targets keep & inside a name",
    "targets: Procter & Gamble; AT&T",
    [companies("targets: Procter & Gamble; AT&T", ["Procter & Gamble", "AT&T"])],
    [],
  ],
  ["target: with one name", "target: Acme", [companies("target: Acme", ["Acme"])], []],
  ["targets: none", "targets: none", [companies("targets: none", [])], []],
  ["targets: clear", "Targets: Clear.", [companies("Targets: Clear.", [])], []],
  ["targets with nothing", "targets:", [], [problem("targets:", NEEDS_TARGETS)]],
  [
    "bare 'Target' is prose",
    "Target is my dream company",
    [],
    [
      problem(
        "Target is my dream company",
        'name target companies after a colon, like "targets: Acme, Globex"',
      ),
    ],
  ],
  [
    "targets, 21 names",
    `targets: ${range(1, 21)
      .map((n) => `C${n}`)
      .join(", ")}`,
    [],
    [
      problem(
        `targets: ${range(1, 21)
          .map((n) => `C${n}`)
          .join(", ")}`,
        "targets can list at most 20 companies",
      ),
    ],
  ],
  [
    "targets, 20 names",
    `targets: ${range(1, 20)
      .map((n) => `C${n}`)
      .join(", ")}`,
    [
      companies(
        `targets: ${range(1, 20)
          .map((n) => `C${n}`)
          .join(", ")}`,
        range(1, 20).map((n) => `C${n}`),
      ),
    ],
    [],
  ],
  [
    "targets, a name of 101 characters",
    `targets: ${"A".repeat(101)}`,
    [],
    [problem(`targets: ${"A".repeat(101)}`, `"${"A".repeat(30)}…" is longer than 100 characters`)],
  ],
  [
    "targets, a name of 100 characters",
    `targets: ${"A".repeat(100)}`,
    [companies(`targets: ${"A".repeat(100)}`, ["A".repeat(100)])],
    [],
  ],
  ["pause", "pause", [{ kind: "pause", line: "pause" }], []],
  ["pause with punctuation", "Pause.", [{ kind: "pause", line: "Pause." }], []],
  ["resume", "RESUME", [{ kind: "resume", line: "RESUME" }], []],
  ["unpause", "unpause!", [{ kind: "resume", line: "unpause!" }], []],
  ["help", "help", [{ kind: "help", line: "help" }], []],
  ["help?", "Help?", [{ kind: "help", line: "Help?" }], []],
  ["question mark", "?", [{ kind: "help", line: "?" }], []],
  ["commands", "commands", [{ kind: "help", line: "commands" }], []],
  [
    "pause with words after it",
    "pause for now",
    [],
    [problem("pause for now", 'write "pause" on a line by itself')],
  ],
  [
    "unpause with words after it",
    "unpause please",
    [],
    [problem("unpause please", 'write "unpause" on a line by itself')],
  ],
];

const lineCases: Case[] = [
  ["empty reply", "", [], []],
  ["blank lines only", "\n  \n\t\n", [], []],
  ["punctuation-only line", "...", [], []],
  ["dash bullet", "- approve 1", [approve("- approve 1", [1])], []],
  ["star bullet", "* skip 2", [skip("* skip 2", [2])], []],
  ["round bullet", "•help", [{ kind: "help", line: "•help" }], []],
  [
    "a leading number is not a bullet",
    "1) approve 3",
    [],
    [problem("1) approve 3", UNKNOWN("1)"))],
  ],
  [
    "a dash without a space is not a bullet",
    "-approve 1",
    [],
    [problem("-approve 1", UNKNOWN("-approve"))],
  ],
  ["no-break spaces", "approve\u00a01,\u00a03", [approve("approve 1, 3", [1, 3])], []],
  ["zero-width space", "appr\u200bove 1", [approve("approve 1", [1])], []],
  ["surrounding whitespace", "   skip 2   ", [skip("skip 2", [2])], []],
  ["unknown word", "hello there", [], [problem("hello there", UNKNOWN("hello"))]],
  ["unknown word with a comma", "Hi,", [], [problem("Hi,", UNKNOWN("Hi"))]],
  ["courtesy: thanks", "Thanks!", [], []],
  ["courtesy: thank you with a name", "Thank you, Anna", [], []],
  ["courtesy: cheers", "cheers", [], []],
  ["courtesy: ta", "Ta, Sam", [], []],
  ["courtesy: thx", "thx", [], []],
  ["courtesy: best", "Best,", [], []],
  ["courtesy: regards", "Regards", [], []],
  ["courtesy: kind regards with a full name", "Kind regards, Anna Maria Smith", [], []],
  ["courtesy: best regards", "Best regards.", [], []],
  ["courtesy: many thanks", "Many thanks!", [], []],
  [
    "courtesy over 40 characters is prose",
    "Thanks so much for putting this together for me",
    [],
    [problem("Thanks so much for putting this together for me", UNKNOWN("Thanks"))],
  ],
  [
    "a sign-off that hides a command is not ignored",
    "Thanks, approve all",
    [],
    [problem("Thanks, approve all", UNKNOWN("Thanks"))],
  ],
  [
    "a sign-off with numbers is not ignored",
    "thanks 3",
    [],
    [problem("thanks 3", UNKNOWN("thanks"))],
  ],
  [
    "valid and invalid lines mixed",
    "approve 1, 3\nplease hold 2\nskip 2\nsnooze 9 99w\nnever 4\nThanks!",
    [approve("approve 1, 3", [1, 3]), skip("skip 2", [2]), never("never 4", [4])],
    [
      problem("please hold 2", UNKNOWN("please")),
      problem("snooze 9 99w", "a snooze lasts 1 to 52 weeks"),
    ],
  ],
  [
    "CRLF input",
    "approve 1\r\nskip 2\r\n\r\nhelp\r\n",
    [approve("approve 1", [1]), skip("skip 2", [2]), { kind: "help", line: "help" }],
    [],
  ],
  [
    "old Mac line breaks",
    "approve 1\rskip 2",
    [approve("approve 1", [1]), skip("skip 2", [2])],
    [],
  ],
];

const editCases: Case[] = [
  [
    "edit block to the end",
    "edit 2\nHi Anna,\n\nThanks for the chat.\n\nBest,\nSam",
    [edit("edit 2", 2, null, "Hi Anna,\n\nThanks for the chat.\n\nBest,\nSam")],
    [],
  ],
  [
    "edit block ends at the next command",
    "edit 2\nHi Anna,\nGreat to hear from you.\napprove 1 3\nskip 4",
    [
      edit("edit 2", 2, null, "Hi Anna,\nGreat to hear from you."),
      approve("approve 1 3", [1, 3]),
      skip("skip 4", [4]),
    ],
    [],
  ],
  [
    "prose starting with yes, no and ok stays in the body",
    "edit 3\nYes, I'd love to meet.\nNo worries if not.\nOK, thanks!\nOkay then\nSend my best to Bo\nyes 3",
    [
      edit(
        "edit 3",
        3,
        null,
        "Yes, I'd love to meet.\nNo worries if not.\nOK, thanks!\nOkay then\nSend my best to Bo",
      ),
      approve("yes 3", [3]),
    ],
    [],
  ],
  [
    "help and pause end an edit",
    "edit 1\nHello\nhelp\nedit 2\nBye\nPause.",
    [
      edit("edit 1", 1, null, "Hello"),
      { kind: "help", line: "help" },
      edit("edit 2", 2, null, "Bye"),
      { kind: "pause", line: "Pause." },
    ],
    [],
  ],
  [
    "Subject: line",
    "edit 4\nSubject: Coffee next week?\nHi Bob,\nAre you free?",
    [edit("edit 4", 4, "Coffee next week?", "Hi Bob,\nAre you free?")],
    [],
  ],
  [
    "Subject: after blank lines, any case",
    "edit 4\n\n\nSUBJECT:   Hello  \n\nBody here\n\n",
    [edit("edit 4", 4, "Hello", "Body here")],
    [],
  ],
  [
    "a later Subject: line is body text",
    "edit 4\nHi\nSubject: not this",
    [edit("edit 4", 4, null, "Hi\nSubject: not this")],
    [],
  ],
  [
    "same-line edit text",
    "edit 2: Hi Anna, thanks!\nSee you soon.",
    [edit("edit 2: Hi Anna, thanks!", 2, null, "Hi Anna, thanks!\nSee you soon.")],
    [],
  ],
  [
    "same-line subject",
    "Edit #2: Subject: Quick follow-up\nHi Anna",
    [edit("Edit #2: Subject: Quick follow-up", 2, "Quick follow-up", "Hi Anna")],
    [],
  ],
  [
    "edit with a bullet and trailing colon",
    "- edit 5:\nNew text",
    [edit("- edit 5:", 5, null, "New text")],
    [],
  ],
  [
    "CRLF edit body keeps inner blank lines, drops trailing spaces",
    "edit 1\r\n\r\nHi,  \r\n\r\n\r\nBye\r\n\r\nskip 2\r\n",
    [edit("edit 1", 1, null, "Hi,\n\n\nBye"), skip("skip 2", [2])],
    [],
  ],
  [
    "edit without text",
    "edit 2\n\nskip 3",
    [skip("skip 3", [3])],
    [problem("edit 2", "edit 2 needs the new text on the lines below it")],
  ],
  [
    "edit with a subject but no body",
    "edit 2\nSubject: Hi",
    [],
    [problem("edit 2", "edit 2 needs the new text below its Subject: line")],
  ],
  [
    "edit with an empty subject",
    "edit 2\nSubject:\nHi",
    [],
    [problem("edit 2", "the Subject: line of edit 2 is empty")],
  ],
  [
    "edit without a number still swallows its text",
    "edit\nHi Anna,\nGood to hear.\nskip 1",
    [skip("skip 1", [1])],
    [problem("edit", 'edit needs one draft number, like "edit 2"')],
  ],
  [
    "edit with two numbers",
    "edit 2 3\nHi",
    [],
    [problem("edit 2 3", 'edit takes one draft number, like "edit 2"')],
  ],
  [
    "edit with text but no colon",
    "edit 2 Hi Anna\nMore",
    [],
    [
      problem(
        "edit 2 Hi Anna",
        'put the new text on the lines below "edit 2", or after a colon: "edit 2: Hi Anna"',
      ),
    ],
  ],
  ["edit 0", "edit 0\nHi", [], [problem("edit 0", OUT_OF_RANGE("0"))]],
  ["edit 1000", "edit 1000\nHi", [], [problem("edit 1000", OUT_OF_RANGE("1000"))]],
  ["edit 2x", "edit 2x\nHi", [], [problem("edit 2x", '"2x" is not a number')]],
  [
    "edit body of exactly 5,000 characters",
    `edit 1\n${"a".repeat(5000)}`,
    [edit("edit 1", 1, null, "a".repeat(5000))],
    [],
  ],
  [
    "edit body over 5,000 characters",
    `edit 1\n${"a".repeat(5001)}\nskip 2`,
    [skip("skip 2", [2])],
    [problem("edit 1", "the new text for edit 1 is longer than 5,000 characters")],
  ],
];

const confirm = (line: string, numbers: number[]): Command => ({ kind: "confirm", numbers, line });
const decline = (line: string, numbers: number[]): Command => ({ kind: "decline", numbers, line });
const NOT_ALL = (verb: string) =>
  `${verb} takes each person's number, not "all": the list can hold someone a forged email named`;

/** `confirm N` / `not N` for the digest's "People to confirm". */
const peopleCases: Case[] = [
  ["confirm one", "confirm 8", [confirm("confirm 8", [8])], []],
  ["confirm several", "Confirm 8, 9 and #11", [confirm("Confirm 8, 9 and #11", [8, 9, 11])], []],
  ["confirm a range", "confirm 8-10.", [confirm("confirm 8-10.", [8, 9, 10])], []],
  ["not one", "not 9", [decline("not 9", [9])], []],
  ["decline is not", "decline 9", [decline("decline 9", [9])], []],
  ["not, bulleted", "- NOT 9!", [decline("- NOT 9!", [9])], []],
  [
    "confirm without a number",
    "confirm",
    [],
    [problem("confirm", 'confirm needs the numbers under "People to confirm", like "confirm 8"')],
  ],
  ["confirm all is refused", "confirm all", [], [problem("confirm all", NOT_ALL("confirm"))]],
  ["not all is refused", "not all", [], [problem("not all", NOT_ALL("not"))]],
  [
    "prose after not",
    "not sure",
    [],
    [problem("not sure", 'not needs the numbers under "People to confirm", like "not 8"')],
  ],
  ["nothing is not not", "nothing", [], [problem("nothing", UNKNOWN("nothing"))]],
  ["no 9 still skips", "no 9", [skip("no 9", [9])], []],
  [
    "confirm beside other commands",
    "approve 1\nconfirm 8\nnot 9",
    [approve("approve 1", [1]), confirm("confirm 8", [8]), decline("not 9", [9])],
    [],
  ],
];

describe("parseCommands", () => {
  it.each([...numberCases, ...otherVerbCases, ...lineCases, ...editCases, ...peopleCases])(
    "%s",
    (_name, input, commands, problems) => {
      expect(parseCommands(input)).toEqual({ commands, problems });
    },
  );

  it("cuts at the last whole line, so a cut never turns approve 12 into approve 1", () => {
    // "approve 12" starts at 19,991: the 20,000-character cut falls between its two digits.
    const input = `${"\n".repeat(19_991)}approve 12\nskip 3`;
    expect(parseCommands(input)).toEqual({ commands: [], problems: [problem("", TRUNCATED)] });
  });

  it("keeps a line that ends exactly at the cut", () => {
    // "skip 12" ends at 19,999; the line break after it is the 20,001st character.
    const input = `${"\n".repeat(19_993)}skip 12\nskip 3`;
    expect(parseCommands(input)).toEqual({
      commands: [skip("skip 12", [12])],
      problems: [problem("", TRUNCATED)],
    });
  });

  it("refuses an edit whose text was cut off", () => {
    const input = `skip 2\nedit 1\n${"a".repeat(19_990)}\nskip 3`;
    expect(parseCommands(input)).toEqual({
      commands: [skip("skip 2", [2])],
      problems: [
        problem("edit 1", "the new text for edit 1 was cut off because the reply is too long"),
        problem("", TRUNCATED),
      ],
    });
  });

  it("reads nothing from one endless line", () => {
    expect(parseCommands(`approve ${"1 ".repeat(50_000)}`)).toEqual({
      commands: [],
      problems: [problem("", TRUNCATED)],
    });
  });

  it("reads at most 100 commands", () => {
    const input = range(1, 150)
      .map((n) => `skip ${n}`)
      .join("\n");
    const { commands, problems } = parseCommands(input);
    expect(commands).toEqual(range(1, 100).map((n) => skip(`skip ${n}`, [n])));
    expect(problems).toEqual([
      problem(
        "skip 101",
        "only the first 100 commands are read; this line and the rest were ignored",
      ),
    ]);
  });

  it("lists at most 100 problems and counts the rest", () => {
    const input = `${"nonsense\n".repeat(130)}approve 1`;
    expect(parseCommands(input)).toEqual({
      commands: [approve("approve 1", [1])],
      problems: [
        ...Array.from({ length: 100 }, () => problem("nonsense", UNKNOWN("nonsense"))),
        problem("", "30 more lines were not understood"),
      ],
    });
  });

  it.each([
    ["spaces", `approve${" ".repeat(19_000)}x`],
    ["dots", `approve 1${".".repeat(19_000)}x`],
    ["dashes", `approve ${"1-".repeat(9_000)}x`],
    ["and", `targets: ${"and ".repeat(4_000)}x`],
    ["colons", `edit${":".repeat(19_000)}`],
  ])(
    "reads a pathological line of %s as one line (its speed is measured in npm run bench)",
    (_name, input) => {
      const parsed = parseCommands(input);
      expect(parsed.commands.length + parsed.problems.length).toBe(1);
    },
  );
});

describe("describeCommand", () => {
  it.each<[Command, string]>([
    [approve("yes 1 & 3", [1, 3]), "approve 1, 3"],
    [approve("ok all", "all"), "approve all"],
    [approve("approve 1-5 7 8", [1, 2, 3, 4, 5, 7, 8]), "approve 1-5, 7, 8"],
    [skip("no 2", [2]), "skip 2"],
    [skip("drop all", "all"), "skip all"],
    [edit("edit 4: hi", 4, null, "hi"), "edit 4"],
    [snooze("snooze 5 2w", [5], 2, "week"), "snooze 5 for 2 weeks"],
    [snooze("snooze 5", [5], 1, "week"), "snooze 5 for 1 week"],
    [snooze("snooze 5 6 3d", [5, 6], 3, "day"), "snooze 5, 6 for 3 days"],
    [snooze("snooze 1 1m", [1], 1, "month"), "snooze 1 for 1 month"],
    [never("do not contact 6", [6]), "never 6"],
    [companies("targets Acme and Globex", ["Acme", "Globex"]), "targets: Acme, Globex"],
    [companies("targets: clear", []), "targets: none"],
    [{ kind: "pause", line: "Pause!" }, "pause"],
    [{ kind: "resume", line: "unpause" }, "resume"],
    [{ kind: "help", line: "?" }, "help"],
    [confirm("Confirm 8, 9 and #11", [8, 9, 11]), "confirm 8, 9, 11"],
    [decline("decline 9", [9]), "not 9"],
  ])("%j reads %s", (command, text) => {
    expect(describeCommand(command)).toEqual(text);
  });

  it.each([
    "yes 1 & 3",
    "drop all",
    "approve 1-5 7 8 10-12",
    "snooze 5 and 6 2w",
    "snooze 9 for a month",
    "never contact 4, 2",
    "targets Acme, AT&T and Globex",
    "targets: none",
    "unpause",
    "commands",
    "confirm 8-10 12",
    "decline 9",
  ])("the description of %j parses back to the same command", (line) => {
    const [command] = parseCommands(line).commands;
    if (command === undefined) throw new Error(`"${line}" did not parse`);
    const description = describeCommand(command);
    expect(parseCommands(description)).toEqual({
      commands: [{ ...command, line: description }],
      problems: [],
    });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
