import fc from 'fast-check';
import { readSprintField } from '../../src/jira/map-sprint';
import { SprintFieldValueSchema } from '../../src/jira/schemas';
import { isSprintFieldValue, safeParseSprintFieldValue } from '../../src/jira/schemas/issue-fields-fast';

/**
 * The sprint field is read value by value: the fast check must agree with
 * SprintFieldValueSchema, and no shape may throw or fail the whole field.
 */

const absent = '__absent__';
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(a, fc.constantFrom(undefined, null), fc.constant(absent));
const dropAbsent = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== absent));

const SERVER_TEXT = 'com.atlassian.greenhopper.service.sprint.Sprint@1bf75fd[id=1,rapidViewId=1,state=CLOSED,name=Sprint 1]';

const sprintValue: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record({
      id: opt(fc.constantFrom(1, 21, 1.5, -3, 2 ** 60, '7')),
      name: opt(fc.constantFrom('PI 26.4 - S1', '', 5)),
      state: opt(fc.constantFrom('active', 'CLOSED', 'future', 1)),
      boardId: opt(fc.constantFrom(3, 3.5, '3')),
      startDate: opt(fc.constantFrom('2026-10-05T09:00:00.000Z', 'x', 0)),
      endDate: opt(fc.constantFrom('2026-10-18T09:00:00.000Z', 7)),
      completeDate: opt(fc.constantFrom('2026-10-18T10:00:00.000Z')),
      goal: opt(fc.constantFrom('Ship it')),
    })
    .map(dropAbsent),
  fc.constantFrom(SERVER_TEXT, 12, null, [], true, 'PI 26.4 - S1'),
  // Sprints Jira Cloud sends, so that every run exercises the fast path's "accepted" side: the random
  // records above pass the schema only about 1 time in 400, and 3,000 runs once drew none (CI, 2026-12-03).
  fc
    .record({
      id: fc.constantFrom(1, 21),
      name: fc.constantFrom('PI 26.4 - S1', ''),
      state: fc.constantFrom('active', 'closed', 'future'),
      boardId: opt(fc.constant(3)),
      startDate: opt(fc.constant('2026-10-05T09:00:00.000Z')),
      goal: opt(fc.constant('Ship it')),
    })
    .map(dropAbsent),
);

describe('sprint field values', () => {
  it('the fast check accepts only what SprintFieldValueSchema accepts, and returns the value unchanged', () => {
    let fast = 0;
    fc.assert(
      fc.property(sprintValue, (v) => {
        const viaZod = SprintFieldValueSchema.safeParse(v);
        const viaFast = safeParseSprintFieldValue(v);
        expect(viaFast.success).toBe(viaZod.success);
        if (isSprintFieldValue(v)) {
          fast += 1;
          expect(JSON.stringify(viaFast.data)).toBe(JSON.stringify(viaZod.data));
        }
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(0);
  });

  it('a field of any values reads every schema-valid sprint and counts every non-null value', () => {
    fc.assert(
      fc.property(fc.array(sprintValue, { maxLength: 5 }), (values) => {
        const reading = readSprintField(values);
        expect(reading.sprints).toHaveLength(values.filter((v) => SprintFieldValueSchema.safeParse(v).success).length);
        expect(reading.values).toBe(values.filter((v) => v !== null && v !== undefined).length);
        expect(reading.firstSkipped === null).toBe(reading.sprints.length === reading.values);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the shape of the first value it skipped', () => {
    expect(readSprintField([SERVER_TEXT]).firstSkipped).toBe('an old Jira Server sprint text');
    expect(readSprintField([7]).firstSkipped).toBe('a number');
    expect(readSprintField({ name: 'S' }).firstSkipped).toBe('an object without a whole-number id, a name and a state');
    expect(readSprintField([[1]]).firstSkipped).toBe('a list inside the list');
    expect(readSprintField(true).firstSkipped).toBe('a boolean value');
    expect(readSprintField(null)).toEqual({ sprints: [], values: 0, firstSkipped: null });
  });
});
