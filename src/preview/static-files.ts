import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * Maps a URL path below a build directory to a file inside it, or null.
 * The decoded path is resolved and must stay inside the root (no `..`
 * escapes, no NUL bytes, no symlinks pointing out); a directory serves its
 * index.html.
 */
export const resolveStaticFile = async (root: string, urlPath: string): Promise<string | null> => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const realRoot = await realpath(root).catch(() => null);
  if (realRoot === null) return null;
  const candidate = resolve(realRoot, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot + sep);
  if (!inside(candidate)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info === null) return null;
  const file = info.isDirectory() ? resolve(candidate, 'index.html') : candidate;
  const real = await realpath(file).catch(() => null);
  if (real === null || !inside(real)) return null;
  const fileInfo = await stat(real).catch(() => null);
  return fileInfo?.isFile() === true ? real : null;
};
