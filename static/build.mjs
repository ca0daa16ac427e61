#!/usr/bin/env node
/**
 * Builds every Custom UI resource into static/<name>/build (or
 * static/<name>/preview-build when FG_PREVIEW=1) and prints each resource's
 * gzipped JavaScript size. Fails when a resource passes the budget.
 *
 *   node static/build.mjs            # Forge build
 *   FG_PREVIEW=1 node static/build.mjs   # local preview build (stand-in bridge)
 *   node static/build.mjs gadget board   # only some resources
 */
import { build } from 'vite';
import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESOURCES = ['issue-panel', 'issue-context', 'issue-activity', 'gadget', 'gadget-edit', 'board', 'settings', 'pi-review'];
const BUDGET_KB = 250;

// Production React (jsx, not jsxDEV) whatever the caller's NODE_ENV (jest sets 'test').
process.env.NODE_ENV = 'production';

// The per-resource configs are TypeScript loaded through Vite's bundling loader on purpose.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const preview = process.env.FG_PREVIEW === '1';
const outName = preview ? 'preview-build' : 'build';

const listFiles = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))),
  );
  return nested.flat();
};

const gzippedJsBytes = async (dir) => {
  const files = (await listFiles(dir)).filter((f) => f.endsWith('.js'));
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(f), { level: 9 }).length;
  return total;
};

/** JS the page loads at start: the scripts and module preloads index.html names (lazy chunks excluded). */
const initialJsBytes = async (dir) => {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  let total = 0;
  for (const r of refs) total += gzipSync(await readFile(path.join(dir, r)), { level: 9 }).length;
  return total;
};

const checkHtml = async (dir, name) => {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error(`${name}: index.html has an inline <script>; Forge's CSP would block it`);
  if (/\s(src|href)="\/(?!\/)/.test(html)) throw new Error(`${name}: index.html uses an absolute asset path; use base './'`);
};

const main = async () => {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !RESOURCES.includes(w));
  if (unknown.length > 0) throw new Error(`Unknown resource: ${unknown.join(', ')} (known: ${RESOURCES.join(', ')})`);
  const names = wanted.length > 0 ? wanted : RESOURCES;
  const rows = [];
  for (const name of names) {
    const dir = path.join(STATIC_DIR, name);
    await build({ configFile: path.join(dir, 'vite.config.ts'), mode: 'production' });
    const out = path.join(dir, outName);
    await stat(path.join(out, 'index.html'));
    await checkHtml(out, name);
    rows.push({ name, kb: (await gzippedJsBytes(out)) / 1024, initialKb: (await initialJsBytes(out)) / 1024 });
  }
  console.log(`\nCustom UI ${preview ? 'preview ' : ''}build (${outName}/), gzipped JS per resource (budget ${BUDGET_KB} KB for all JS):`);
  console.log(`  ${'resource'.padEnd(14)} ${'all JS'.padStart(10)} ${'at start'.padStart(10)}`);
  for (const r of rows)
    console.log(`  ${r.name.padEnd(14)} ${`${r.kb.toFixed(1)} KB`.padStart(10)} ${`${r.initialKb.toFixed(1)} KB`.padStart(10)}${r.kb > BUDGET_KB ? '  OVER BUDGET' : ''}`);
  const over = rows.filter((r) => r.kb > BUDGET_KB);
  if (over.length > 0) {
    console.error(`\n${over.map((r) => r.name).join(', ')} over ${BUDGET_KB} KB gzipped.`);
    process.exitCode = 1;
  }
};

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
