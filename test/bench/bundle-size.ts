import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of every .js file under a resource's build folder, summed. */
export interface ResourceSize {
  readonly resource: string;
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const jsFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFilesUnder(path);
    return /\.(m?js)$/.test(name) ? [path] : [];
  });

/** Each static/<name>/build that exists, with its gzipped JS size. */
export const builtResourceSizes = (staticDir: string): ResourceSize[] => {
  if (!existsSync(staticDir)) return [];
  return readdirSync(staticDir)
    .filter((name) => existsSync(join(staticDir, name, 'build')) && statSync(join(staticDir, name, 'build')).isDirectory())
    .sort()
    .map((resource) => {
      const files = jsFilesUnder(join(staticDir, resource, 'build'));
      let rawBytes = 0;
      let gzipBytes = 0;
      for (const file of files) {
        const content = readFileSync(file);
        rawBytes += content.length;
        gzipBytes += gzipSync(content, { level: 9 }).length;
      }
      return { resource, files: files.length, rawBytes, gzipBytes };
    });
};
