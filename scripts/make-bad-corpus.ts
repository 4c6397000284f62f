/**
 * Makes test/fixtures/bad/: the bad-input corpus, one .xlsx per way a workbook goes wrong, each with
 * `<name>.expected.json` beside it (what the tool should do, by the workbook contract). Run with
 * `npm run make-bad-corpus`; the files are committed, and test/corpus/badCorpus.test.ts runs every one
 * through the command line. Deterministic: the same cases always give the same bytes.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildBook } from "./badCorpus/book";
import { CASES, type CorpusCase } from "./badCorpus/cases";

export const EXPECTED_SUFFIX = ".expected.json";
export const INDEX_FILE = "README.md";

/** A Markdown index of the corpus, so that a reader can see every case without opening the workbooks. */
function corpusIndex(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = CASES.map(({ name, expected }) =>
    `| \`${name}\` | ${expected.outcome} | ${expected.codes.map((code) => `\`${code}\``).join(", ") || "-"} | ${expected.fileOnly ? "yes" : ""} | ${cell(expected.description)} |`,
  );
  return [
    "# Bad-input corpus",
    "",
    "Made by `scripts/make-bad-corpus.ts` (`npm run make-bad-corpus`); do not edit by hand. Each workbook has its",
    "expected outcome beside it in `<name>.expected.json`, and test/corpus/badCorpus.test.ts runs every one through",
    "the command line. \"File only\" marks a state Excel itself could not produce (decision 24).",
    "",
    "| Workbook | Outcome | Codes | File only | What is wrong |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

async function bytesOf(corpusCase: CorpusCase): Promise<Uint8Array> {
  const made = await corpusCase.book();
  return made instanceof Uint8Array ? made : buildBook(made);
}

/** Writes every case into `folder`, removing workbooks and expectations of cases that no longer exist. */
export async function makeBadCorpus(folder: string): Promise<number> {
  const names = new Set<string>();
  for (const corpusCase of CASES) {
    if (names.has(corpusCase.name)) throw new Error(`two cases are named ${corpusCase.name}`);
    names.add(corpusCase.name);
  }
  await mkdir(folder, { recursive: true });
  for (const file of await readdir(folder)) {
    const name = file.endsWith(EXPECTED_SUFFIX) ? file.slice(0, -EXPECTED_SUFFIX.length) : file.endsWith(".xlsx") ? file.slice(0, -".xlsx".length) : undefined;
    if (name !== undefined && !names.has(name)) await rm(join(folder, file));
  }
  await writeFile(join(folder, INDEX_FILE), corpusIndex());
  for (const corpusCase of CASES) {
    await writeFile(join(folder, `${corpusCase.name}.xlsx`), await bytesOf(corpusCase));
    await writeFile(join(folder, `${corpusCase.name}${EXPECTED_SUFFIX}`), `${JSON.stringify(corpusCase.expected, null, 2)}\n`);
  }
  return CASES.length;
}

if (require.main === module) {
  const folder = process.argv[2] ?? join(process.cwd(), "test", "fixtures", "bad");
  makeBadCorpus(folder).then(
    (count) => process.stdout.write(`Written ${count} workbooks with their expected outcomes to ${folder}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
