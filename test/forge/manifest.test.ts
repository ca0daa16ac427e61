import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASSESSMENT_PROPERTY_KEY } from '../../src/shared/evidence';
import * as entry from '../../src/index';
import { RESCORE_QUEUE_KEY } from '../../src/forge/forge-queue';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validate } = require('@forge/manifest') as {
  validate: (basic: boolean, file: string) => Promise<{ success: boolean; errors?: unknown[]; manifestObject?: { yamlContent: Manifest } }>;
};

interface Manifest {
  app: { id: string; runtime: { name: string } };
  modules: Record<string, Record<string, unknown>[]>;
  resources: { key: string; path: string }[];
  permissions: { scopes: string[]; content?: Record<string, string[]> };
}

const ROOT = join(__dirname, '..', '..');
const text = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
const RESOURCE_PATHS = [...text.matchAll(/^\s+path: (static\/\S+)$/gm)].map((m) => m[1] ?? '');

/** A copy of the app with stub resource folders, so validation does not depend on the front-end builds. */
const stubbedCopy = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'fg-manifest-'));
  writeFileSync(join(dir, 'manifest.yml'), text);
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  for (const path of RESOURCE_PATHS) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), '<!doctype html><title>stub</title>');
  }
  return dir;
};

let manifest: Manifest;
let validation: Awaited<ReturnType<typeof validate>>;

beforeAll(async () => {
  const dir = stubbedCopy();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    validation = await validate(false, 'manifest.yml');
  } finally {
    process.chdir(cwd);
  }
  if (validation.manifestObject === undefined) throw new Error('manifest.yml did not parse');
  manifest = validation.manifestObject.yamlContent;
});

describe('manifest.yml', () => {
  it('passes @forge/manifest full validation', () => {
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.success).toBe(true);
  });

  it('runs on nodejs24.x with a placeholder app id to replace', () => {
    expect(manifest.app.runtime.name).toBe('nodejs24.x');
    expect(manifest.app.id).toBe('ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000');
    expect(text).toMatch(/forge register/);
  });

  it('names handlers that src/index.ts exports, and nothing more', () => {
    const handlers = (manifest.modules['function'] ?? []).map((f) => String(f['handler']).replace(/^index\./, ''));
    expect(handlers.sort()).toEqual(Object.keys(entry).sort());
  });

  it('points every Custom UI resource at its build folder', () => {
    expect(manifest.resources).toEqual(
      ['issue-panel', 'issue-context', 'gadget', 'gadget-edit', 'board', 'pi-review', 'settings', 'issue-activity'].map((key) => ({ key, path: `static/${key}/build` })),
    );
  });

  it('indexes the assessment property under the gravity* JQL aliases', () => {
    const [property] = manifest.modules['jira:entityProperty'] ?? [];
    expect(property?.['propertyKey']).toBe(ASSESSMENT_PROPERTY_KEY);
    const values = property?.['values'] as { path: string; type: string; searchAlias: string }[];
    expect(values.map((v) => `${v.searchAlias}:${v.path}:${v.type}`)).toEqual([
      'gravityVerdict:verdict:string',
      'gravityScore:score:number',
      'gravityStrategy:strategy:number',
      'gravityEvidence:evidence:number',
      'gravityDelivery:delivery:number',
      'gravityFreshEvidence:freshEvidence:number',
      'gravityLiveObjectives:liveObjectives:number',
      'gravityCarriedOver:carriedOver:number',
      'gravityDecision:decision:string',
      'gravityOutcome:outcome:string',
    ]);
  });

  it('consumes the queue the code pushes to, with the long timeout', () => {
    const [consumer] = manifest.modules['consumer'] ?? [];
    expect(consumer?.['queue']).toBe(RESCORE_QUEUE_KEY);
    const fn = (manifest.modules['function'] ?? []).find((f) => f['key'] === consumer?.['function']);
    expect(fn?.['timeoutSeconds']).toBe(900);
  });

  it('declares the admission gate as a function-based workflow validator whose handler is admissionGate', () => {
    const [validator] = manifest.modules['jira:workflowValidator'] ?? [];
    expect(validator).toMatchObject({ key: 'factory-gravity-admission-gate', name: 'Factory Gravity PI admission gate', function: 'admission-gate' });
    expect(validator?.['expression']).toBeUndefined();
    const fn = (manifest.modules['function'] ?? []).find((f) => f['key'] === validator?.['function']);
    expect(fn?.['handler']).toBe('index.admissionGate');
    // No timeoutSeconds: DEADLINES.validator (10 s) sits inside the default 25 s.
    expect(fn?.['timeoutSeconds']).toBeUndefined();
  });

  it('gives every scope a "# why" comment and allows no unsafe script sources', () => {
    const lines = text.split('\n');
    expect(manifest.permissions.scopes.length).toBeGreaterThan(0);
    for (const scope of manifest.permissions.scopes) {
      const at = lines.findIndex((l) => l.trim() === `- ${scope}`);
      expect(at).toBeGreaterThan(0);
      expect({ scope, why: lines.slice(Math.max(0, at - 3), at).some((l) => /^\s*# why: \S/.test(l)) }).toEqual({ scope, why: true });
    }
    // Scripts: neither unsafe-inline nor unsafe-eval, and no external scripts.
    expect(manifest.permissions.content?.scripts ?? []).toEqual([]);
    // Styles: only unsafe-inline, which the Atlaskit components need for their run-time CSS.
    expect(manifest.permissions.content?.styles ?? []).toEqual(['unsafe-inline']);
    expect(text).not.toMatch(/unsafe-eval/);
  });
});
