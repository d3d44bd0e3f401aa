// The loader's handling of YAML that is valid but surprising, and of the positions it reports.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, MAX_DEPTH, parseYaml, positionOf, withoutTree } from '../lib/yaml.ts';

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

  it('reports each repeated key at the repeat, in nested and flow mappings too', () => {
    const { problems } = parseYaml('a: 1\na: 2\nb:\n  c: 1\n  c: 2\n  d: [1, {x: 1, x: 2}]\n');
    expect(problems.map((p) => `${p.code}@${p.line}:${p.col}`)).toEqual(['yaml-duplicate-key@2:1', 'yaml-duplicate-key@5:3', 'yaml-duplicate-key@6:17']);
  });

  it('refuses a list or mapping as a key, and nesting deeper than MAX_DEPTH, with no data', () => {
    for (const text of ['[a]: 1\n', 'x:\n  ? {a: 1}\n  : 2\n']) {
      const parsed = parseYaml(text);
      expect(parsed.problems.map((p) => p.code)).toEqual(['yaml-syntax']);
      expect(parsed.problems[0]!.message.en).toContain('where a key belongs');
      expect(parsed.data).toBeUndefined();
    }
    const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(parseYaml(nested(MAX_DEPTH)).problems).toEqual([]);
    const deep = parseYaml(`a: ${nested(MAX_DEPTH + 5)}\n`);
    expect(deep.problems.map((p) => `${p.code}@${p.line}:${p.col}`)).toEqual([`yaml-syntax@1:${MAX_DEPTH + 3}`]);
    expect(deep.data).toBeUndefined();
  });

  it('gives the same document, positions and data once the tree is let go and parsed again', () => {
    const text = 'a:\n  b:\n    - x\n    - y\nc: 1\nc: 2\n';
    const parsed = parseYaml(text);
    const light = withoutTree(parsed, text);
    expect(light.problems).toBe(parsed.problems);
    expect(light.data).toEqual(parsed.data);
    expect(positionOf(light, ['a', 'b', 1])).toEqual(positionOf(parsed, ['a', 'b', 1]));
    expect(positionOf(light, ['c'], true)).toEqual({ line: 5, col: 1 });
    expect(light.doc).toBe(light.doc); // parsed again once, then kept
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
