// The labelled fixtures as training and scoring data, read from disk (scripts only).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { labelledMessage, trainingSources, writersIn } from "../src/understand/model/labelled.ts";
import type { LabelledMessage } from "../src/understand/model/train.ts";
import type { Expected } from "../test/support/score.ts";
import { JORDAN_SELF } from "../test/support/users.ts";

const FIXTURES = new URL("../test/fixtures/", import.meta.url).pathname;

/** Every writer folder present under test/fixtures/corpus, by number. */
export const WRITERS: readonly string[] = writersIn(readdirSync(join(FIXTURES, "corpus")));

export const sourceDir = (source: string): string =>
  source.startsWith("w") ? join(FIXTURES, "corpus", source) : join(FIXTURES, source);

export interface CorpusMessage {
  source: string;
  file: string;
  raw: Buffer;
  expected: Expected;
}

/** Every .eml of a folder with its sidecar, sorted by file name. */
export function readFolder(dir: string, source: string): CorpusMessage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((file) => ({
      source,
      file,
      raw: readFileSync(join(dir, file)),
      expected: JSON.parse(
        readFileSync(join(dir, file.replace(/\.eml$/, ".expected.json")), "utf8"),
      ) as Expected,
    }));
}

/** One message's features and answer key, as the trainer wants them. */
export function labelled(message: CorpusMessage): Promise<LabelledMessage> {
  return labelledMessage(message.source, message.raw, message.expected, JORDAN_SELF);
}

/** Every source's messages, labelled: the writers by number, then the older folders. */
export async function labelledCorpus(): Promise<
  { message: CorpusMessage; labelled: LabelledMessage }[]
> {
  const out = [];
  for (const source of trainingSources(WRITERS)) {
    for (const message of readFolder(sourceDir(source), source)) {
      out.push({ message, labelled: await labelled(message) });
    }
  }
  return out;
}
