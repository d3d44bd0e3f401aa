// The site's comment link prefills fields that the forge's issue form really has.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMENT_TEMPLATE, commentLink } from '../lib/comment-link.ts';

const FORM = path.join(import.meta.dirname, '..', '.github', 'ISSUE_TEMPLATE', COMMENT_TEMPLATE);

describe('comment link and issue form', () => {
  it('links to an issue form that exists', () => {
    expect(existsSync(FORM)).toBe(true);
  });

  it('prefills only field ids the form defines', () => {
    const form = parse(readFileSync(FORM, 'utf8')) as { body: { id?: string; type: string }[] };
    const ids = new Set(form.body.flatMap((b) => (b.id ? [b.id] : [])));
    const link = commentLink({ id: 'ML-0023', title: '拖欠农民工工资失信联合惩戒对象名单信息（用人单位）', pageUrl: 'https://example.org/x/' }, { kind: 'forge' }, 'https://forge.example/credit/lists');
    const params = new URL(link.href).searchParams;
    expect(params.get('template')).toBe(COMMENT_TEMPLATE);
    for (const key of params.keys()) if (key !== 'template' && key !== 'title' && key !== 'labels') expect(ids, key).toContain(key);
    expect(params.get('entry')).toBe('ML-0023');
  });
});
