// Seeded, time-bounded fuzzing of real entries: every mutant is either clean (exit 0) or has located errors (exit 1) —
// never an exception, a stack trace, exit 2, a hang or a memory blow-up. Replay a failure with its seed and iteration.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../lib/repository.ts';
import { LIST_KINDS, LISTS } from '../schemas/lists.ts';
import { validate } from '../lib/validate.ts';
import { BASE } from './fixture-cases.ts';

const ROOT = path.join(import.meta.dirname, '..');
const SEED = 20261201;
/** Wall-clock budget of the in-process round; the loop stops early rather than slow the suite. */
const BUDGET_MS = 8_000;
const MAX_ITERATIONS = 600;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters clerks and attackers type: YAML syntax, full-width punctuation, controls, bidi overrides, BOMs. */
const CHARACTERS = [':', '：', ' ', '\t', '\n', '-', '[', ']', '{', '}', '，', '、', '"', "'", '*', '&', '!', '|', '>', '#', '%', '@', '`', '?', ',', '\0', '\u001b', '\u202e', '\ufeff', '\u00a0', '\u3000', 'x', '中', '0', '9', '\\'];
/** Tokens with a meaning of their own in YAML, or in our model. */
const TOKENS = ['&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '!!python/object ', '? ', '--- ', '...', '%YAML 1.1\n', '{a: [', ']]]', '"\\u', '"\\x', 'null', '~', 'true', '2026-13-45', '-1', '1e999', '0x1F', 'long_term', 'ML-0001', '第一条', 'https://中国.cn/a b', '11010519491231002X', '13812345678', `${'['.repeat(200)}`, `${'- '.repeat(200)}x`];

type Mutation = (text: string, rnd: () => number) => string;
const at = (text: string, rnd: () => number) => Math.floor(rnd() * (text.length + 1));
const pick = <T>(a: readonly T[], rnd: () => number) => a[Math.floor(rnd() * a.length)]!;
const lines = (t: string) => t.split('\n');

const MUTATIONS: [string, Mutation][] = [
  ['replace a character', (t, r) => { const i = at(t, r); return t.slice(0, i) + pick(CHARACTERS, r) + t.slice(i + 1); }],
  ['insert a character', (t, r) => { const i = at(t, r); return t.slice(0, i) + pick(CHARACTERS, r) + t.slice(i); }],
  ['insert a token', (t, r) => { const i = at(t, r); return t.slice(0, i) + pick(TOKENS, r) + t.slice(i); }],
  ['delete a line', (t, r) => { const l = lines(t); l.splice(Math.floor(r() * l.length), 1); return l.join('\n'); }],
  ['duplicate a line', (t, r) => { const l = lines(t); const i = Math.floor(r() * l.length); l.splice(i, 0, l[i]!); return l.join('\n'); }],
  ['repeat a line 300 times', (t, r) => { const l = lines(t); const i = Math.floor(r() * l.length); l.splice(i, 0, ...Array<string>(300).fill(l[i]!)); return l.join('\n'); }],
  ['shift a line', (t, r) => { const l = lines(t); const i = Math.floor(r() * l.length); const n = 1 + Math.floor(r() * 3); l[i] = r() < 0.5 ? ' '.repeat(n) + l[i] : l[i]!.slice(n); return l.join('\n'); }],
  ['swap two lines', (t, r) => { const l = lines(t); const i = Math.floor(r() * l.length); const j = Math.floor(r() * l.length); [l[i], l[j]] = [l[j]!, l[i]!]; return l.join('\n'); }],
  ['truncate', (t, r) => t.slice(0, at(t, r))],
  ['full-width colon after a key', (t, r) => { const l = lines(t); const i = Math.floor(r() * l.length); l[i] = l[i]!.replace(': ', r() < 0.5 ? '：' : ':'); return l.join('\n'); }],
  ['a value becomes a list or a mapping', (t, r) => { const l = lines(t); const i = Math.floor(r() * l.length); l[i] = l[i]!.replace(/: (.+)$/, r() < 0.5 ? ': [$1]' : ': {x: $1}'); return l.join('\n'); }],
];

/** Byte-level damage: invalid UTF-8 and GBK-encoded text. */
function damageBytes(bytes: Buffer, rnd: () => number): Buffer {
  const i = Math.floor(rnd() * (bytes.length + 1));
  const junk = rnd() < 0.5 ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xc9, 0xbd, 0xb6, 0xab]); // 山东 in GBK
  return Buffer.concat([bytes.subarray(0, i), junk, bytes.subarray(i)]);
}

function mutant(source: string, rnd: () => number): { bytes: Uint8Array; applied: string[] } {
  let text = source;
  const applied: string[] = [];
  for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
    const [name, m] = pick(MUTATIONS, rnd);
    text = m(text, rnd);
    applied.push(name);
  }
  let bytes: Buffer = Buffer.from(text, "utf8");
  if (rnd() < 0.05) {
    bytes = damageBytes(bytes, rnd);
    applied.push('damage bytes');
  }
  return { bytes, applied };
}

const SOURCES = discover(ROOT).map(({ file }) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

describe('fuzzing real entries', () => {
  it(`every mutant is clean or has located errors, never a crash (seed ${SEED}, ${BUDGET_MS / 1000} s)`, () => {
    const rnd = prng(SEED);
    const started = performance.now();
    const rssBefore = process.memoryUsage().rss;
    let iterations = 0;
    let withErrors = 0;
    const codes = new Set<string>();
    while (iterations < MAX_ITERATIONS && performance.now() - started < BUDGET_MS) {
      const source = pick(SOURCES, rnd);
      const { bytes, applied } = mutant(source.text, rnd);
      const label = `seed ${SEED} iteration ${iterations}: ${source.file} (${applied.join(', ')})`;
      let diagnostics;
      try {
        // Checked in the small base repository (the real one takes ten times longer per run): the loader and every rule still run on it.
        diagnostics = validate(BASE, [path.join(BASE, source.file)], new Map([[source.file, bytes]])).diagnostics;
      } catch (err) {
        throw new Error(`${label} threw: ${(err as Error).stack}`);
      }
      for (const d of diagnostics) {
        expect(typeof d.file, label).toBe('string');
        expect(d.line, label).toBeGreaterThanOrEqual(1);
        expect(d.col, label).toBeGreaterThanOrEqual(1);
        expect(d.message.zh.length * d.message.en.length * d.hint.zh.length, label).toBeGreaterThan(0);
        expect(`${d.message.en} ${d.hint.en}`, label).not.toMatch(/\bat \S+:\d+:\d+|TypeError|RangeError|undefined is not/);
        codes.add(d.code);
      }
      if (diagnostics.some((d) => d.severity === 'error')) withErrors++;
      iterations++;
    }
    expect(iterations).toBeGreaterThanOrEqual(50);
    // The mutations break things in earnest, and in many ways.
    expect(withErrors / iterations).toBeGreaterThan(0.5);
    expect(codes.size).toBeGreaterThan(10);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(600 * 1024 * 1024);
  }, 60_000);

  it('the command line answers mutants with exit 0 or 1 and no stack trace, within its deadline', () => {
    const rnd = prng(SEED + 1);
    const root = mkdtempSync(path.join(tmpdir(), 'fuzz-'));
    for (const f of [...LIST_KINDS.map((k) => LISTS[k].folder), 'bases', 'jurisdiction.yaml']) cpSync(path.join(ROOT, f), path.join(root, f), { recursive: true });
    const files: string[] = [];
    for (let i = 0; i < 4; i++) {
      const source = pick(SOURCES, rnd);
      writeFileSync(path.join(root, source.file), mutant(source.text, rnd).bytes);
      files.push(source.file);
    }
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), '--root', root], { encoding: 'utf8', timeout: 20_000 });
    expect(r.error).toBeUndefined();
    expect([0, 1], files.join(' ')).toContain(r.status);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at \S+ \(|内部错误|internal/);
    if (r.status === 1) expect(r.stdout).toMatch(/^[a-z]+[^\n]*\.yaml:\d+:\d+ /m);
  }, 30_000);
});
