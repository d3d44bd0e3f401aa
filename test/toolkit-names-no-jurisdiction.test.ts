// The toolkit (lib, schemas, site, scripts) names no jurisdiction: its words come from jurisdiction.yaml (issue 12's done-when).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === '.astro') continue;
    if (statSync(abs).isDirectory()) out.push(...filesUnder(abs, keep));
    else if (keep(abs)) out.push(abs);
  }
  return out;
}

/** The example's own names: its short name (山东), English name and division code, and the issue's own word for its credit department. */
function exampleNames(): string[] {
  const j = parse(readFileSync(path.join(ROOT, 'jurisdiction.yaml'), 'utf8')) as { name: string; name_en: string; division_code: string };
  const short = j.name.replace(/(省|市|自治区|特别行政区)$/u, '');
  return [short, j.name_en.split(' ')[0]!, j.division_code, 'sdrc'];
}

describe('the toolkit names no jurisdiction', () => {
  const code = [
    ...filesUnder(path.join(ROOT, 'lib'), () => true),
    ...readdirSync(path.join(ROOT, 'schemas')).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, 'schemas', f)),
    ...filesUnder(path.join(ROOT, 'site', 'src'), () => true),
    ...filesUnder(path.join(ROOT, 'scripts'), () => true),
  ];

  it('reads enough code for the check to mean something', () => {
    expect(code.length).toBeGreaterThan(100);
    expect(exampleNames()).toEqual(expect.arrayContaining(['山东', 'Shandong', '370000', 'sdrc']));
  });

  it('no file of lib, schemas, site/src or scripts contains the example jurisdiction’s names', () => {
    const words = exampleNames().map((w) => w.toLowerCase());
    const found: string[] = [];
    for (const f of code) {
      const text = readFileSync(f, 'utf8').toLowerCase();
      for (const w of words) if (new RegExp(`(^|[^a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`, 'u').test(text)) found.push(`${path.relative(ROOT, f)}: ${w}`);
    }
    expect(found).toEqual([]);
  });
});
