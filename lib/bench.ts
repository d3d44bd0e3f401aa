// Measuring validation against the floor of merely parsing the same files with `yaml`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { discover } from './repository.ts';
import { validate } from './validate.ts';

export interface ValidationBench {
  files: number;
  validateMs: number;
  parseMs: number;
  ratio: number;
  errors: number;
}

/** Parse every data file with `yaml` and nothing else: the floor validation is compared to. */
export function parseOnly(root: string): number {
  let count = 0;
  for (const { file } of discover(root)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const doc of parseAllDocuments(text)) {
      doc.toJS();
      count++;
    }
  }
  return count;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Time validation and parse-only over the same files, best of `rounds` for each, interleaved to share machine noise. */
export function benchValidation(root: string, rounds = 3): ValidationBench {
  let validateMs = Infinity;
  let parseMs = Infinity;
  let files = 0;
  let errors = 0;
  for (let i = 0; i < rounds; i++) {
    parseMs = Math.min(parseMs, time(() => parseOnly(root)));
    validateMs = Math.min(
      validateMs,
      time(() => {
        const r = validate(root);
        files = r.files.length;
        errors = r.diagnostics.filter((d) => d.severity === 'error').length;
      }),
    );
  }
  return { files, validateMs, parseMs, ratio: validateMs / parseMs, errors };
}
