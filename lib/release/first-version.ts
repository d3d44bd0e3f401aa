// The first release of a repository is 1.0.0: `changeset version` from 0.0.0 would give 0.0.1 or 0.1.0.

export interface FirstVersionInput {
  released: boolean;
  packageJson: string;
  lock?: string | undefined;
  changelog?: string | undefined;
}

export interface FirstVersionOutput {
  from: string;
  packageJson: string;
  lock?: string;
  changelog?: string;
}

/** The files rewritten to 1.0.0, or undefined when there is nothing to do (already released, or already 1.0.0 or more). */
export function firstVersionFix(input: FirstVersionInput): FirstVersionOutput | undefined {
  const pkg = JSON.parse(input.packageJson) as { version: string };
  if (input.released || !/^0\.\d+\.\d+$/.test(pkg.version) || pkg.version === '0.0.0') return undefined;
  const from = pkg.version;
  const out: FirstVersionOutput = { from, packageJson: `${JSON.stringify({ ...pkg, version: '1.0.0' }, null, 2)}\n` };
  if (input.lock !== undefined) {
    const lock = JSON.parse(input.lock) as { version?: string; packages?: Record<string, { version?: string }> };
    lock.version = '1.0.0';
    if (lock.packages?.['']) lock.packages[''].version = '1.0.0';
    out.lock = `${JSON.stringify(lock, null, 2)}\n`;
  }
  if (input.changelog !== undefined) out.changelog = input.changelog.replace(new RegExp(`^## ${from.replace(/\./g, '\\.')}$`, 'm'), '## 1.0.0').replace(/^尚未发布。.*\n/m, '');
  return out;
}
