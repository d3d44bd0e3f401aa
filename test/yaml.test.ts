// The loader's handling of YAML that is valid but surprising, and of the positions it reports.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseYaml, positionOf } from '../lib/yaml.ts';

describe('parseYaml', () => {
  it('keeps dates and yes/no as strings (YAML 1.2 core schema)', () => {
    const { data, problems } = parseYaml('date: 2026-03-01\nopen: no\nflag: on\n');
    expect(problems).toEqual([]);
    expect(data).toEqual({ date: '2026-03-01', open: 'no', flag: 'on' });
  });

  it('reports every syntax error, not just the first', () => {
    const { problems } = parseYaml('a: 1\na: 2\nb:\n\t- x\n');
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['yaml-duplicate-key', 'yaml-tab']));
  });

  it('treats a comment-only file as empty', () => {
    expect(parseYaml('# 只有注释\n').problems.map((p) => p.code)).toEqual(['file-empty']);
  });

  it('locates a nested value and a key', () => {
    const parsed = parseYaml('a:\n  b:\n    - x\n    - y\n');
    expect(positionOf(parsed, ['a', 'b', 1])).toEqual({ line: 4, col: 7 });
    expect(positionOf(parsed, ['a', 'b'], true)).toEqual({ line: 2, col: 3 });
    expect(positionOf(parsed, ['a', 'missing'])).toEqual({ line: 2, col: 3 });
  });
});

describe('decodeUtf8', () => {
  it('locates the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: 中'), Buffer.from([0xd6, 0xd0]), Buffer.from('\n')]);
    const { problems } = decodeUtf8(bytes);
    expect(problems).toMatchObject([{ code: 'file-encoding', line: 2, col: 5 }]);
  });

  it('reports a byte-order mark and still decodes the text', () => {
    const { text, problems } = decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    expect(text).toBe('a');
    expect(problems.map((p) => p.code)).toEqual(['file-bom']);
  });
});
