// Command-line plumbing shared by npm run checklist and npm run in-force: a question the archive cannot answer is exit 1.
import { runMain } from '../cli.ts';
import { ChecklistError } from './errors.ts';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Like runMain, but a ChecklistError (unknown ID, subject type, date before the first release…) prints both languages and exits 1. */
export function runChecklistMain(main: () => number): Promise<never> {
  return runMain(() => {
    try {
      return main();
    } catch (err) {
      if (!(err instanceof ChecklistError)) throw err;
      process.stderr.write(`错误：${err.zh}\nError: ${err.message}\n${err.hint.zh}\n${err.hint.en}\n`);
      return 1;
    }
  });
}
