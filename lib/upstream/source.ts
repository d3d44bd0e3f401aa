// Where an upstream release is read from: an upper level's site (`…/api/v1/`) or a local copy of its `releases/`.
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** No release file of ours comes near this; a larger answer is refused rather than read. */
export const MAX_UPSTREAM_FILE_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export class SourceError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
    this.name = 'SourceError';
  }
}

export interface Source {
  /** How the source is shown in messages. */
  readonly shown: string;
  /** A file of one release: `undefined` when the source does not have it. */
  read(version: string, name: string): Promise<Uint8Array | undefined>;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Open a pin's `source`: a URL, or a path relative to the repository root. */
export function openSource(source: string, root: string): Source {
  return isUrl(source) ? urlSource(source) : folderSource(path.resolve(root, source), source);
}

function urlSource(base: string): Source {
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`);
  return {
    shown: baseUrl.href,
    async read(version, name) {
      const url = new URL(`${encodeURIComponent(version)}/${encodeURIComponent(name)}`, baseUrl);
      let res: Response;
      try {
        res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
      } catch (err) {
        throw new SourceError(`无法访问 ${url.href}：${(err as Error).message}`, `Cannot reach ${url.href}: ${(err as Error).message}`);
      }
      if (res.status === 404) return undefined;
      if (!res.ok) throw new SourceError(`${url.href} 返回 HTTP ${res.status}`, `${url.href} answered HTTP ${res.status}`);
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > MAX_UPSTREAM_FILE_BYTES) throw tooLarge(url.href);
      const chunks: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of res.body ?? []) {
        total += chunk.length;
        if (total > MAX_UPSTREAM_FILE_BYTES) throw tooLarge(url.href);
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    },
  };
}

function folderSource(dir: string, shown: string): Source {
  return {
    shown,
    async read(version, name) {
      const file = path.join(dir, version, name);
      let st;
      try {
        st = lstatSync(file);
      } catch {
        return undefined;
      }
      // A release file is a plain file: never follow a link or read a device.
      if (!st.isFile()) throw new SourceError(`${file} 不是普通文件`, `${file} is not a regular file`);
      if (st.size > MAX_UPSTREAM_FILE_BYTES) throw tooLarge(file);
      const fd = openSync(file, 'r');
      try {
        const size = fstatSync(fd).size;
        const buf = Buffer.alloc(size);
        let read = 0;
        while (read < size) {
          const n = readSync(fd, buf, read, size - read, read);
          if (n === 0) break;
          read += n;
        }
        return buf.subarray(0, read);
      } finally {
        closeSync(fd);
      }
    },
  };
}

const tooLarge = (where: string) =>
  new SourceError(`${where} 超过 ${MAX_UPSTREAM_FILE_BYTES / 1024 / 1024} MiB，不是发布文件`, `${where} is over ${MAX_UPSTREAM_FILE_BYTES / 1024 / 1024} MiB: not a release file`);
