import fc from 'fast-check';
import { SettingsSchema } from '../../src/shared/settings';
import { FormSettingsSchema } from '../../static/settings/src/form-schema';

/**
 * The settings form checks with the server's schema, except that patterns are
 * compiled by the server only (the engine would take the page over its bundle
 * budget). Everything else must be refused alike, with the same messages.
 */

const issuesOf = (schema: typeof SettingsSchema, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the settings form schema', () => {
  it('refuses what the server refuses, with the same messages, for everything but pattern syntax', () => {
    const inputs = [
      {},
      { workItemTypes: [] },
      { workItemTypes: ['\u200B'] },
      { weigths: {} },
      { evidence: { freshnessMonths: 0, researchPatterns: [''] } },
      { pi: { source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: 'PI 27.1', startDate: '2026-02-31', endDate: '2026-03-01' }] } },
      { carryOver: { warnAt: 3, zombieAt: 2 } },
      { evidence: { researchPatterns: ['x'.repeat(201)] } },
      { gate: { mode: 'strict', toStatuses: [''] } },
      { capacity: { field: 'Story Points' }, trend: { pis: 0 }, candidates: { swapRatio: 11, limit: 2.5 } },
      { capacity: { field: 7 }, trend: { pis: '6' }, candidates: { extra: 1 } },
    ];
    for (const input of inputs) expect(issuesOf(FormSettingsSchema, input)).toEqual(issuesOf(SettingsSchema, input));
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const server = issuesOf(SettingsSchema, input).filter(([path]) => !/researchPatterns|namePattern/.test(path ?? ''));
        const form = issuesOf(FormSettingsSchema, input).filter(([path]) => !/researchPatterns|namePattern/.test(path ?? ''));
        expect(form).toEqual(server);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a pattern the engine refuses to the server, which names the unsupported syntax', () => {
    const input = { evidence: { researchPatterns: ['interview(?=s)'] } };
    expect(issuesOf(FormSettingsSchema, input)).toEqual([]);
    expect(issuesOf(SettingsSchema, input)).toEqual([['evidence.researchPatterns.0', expect.stringContaining('Lookahead')]]);
  });
});
