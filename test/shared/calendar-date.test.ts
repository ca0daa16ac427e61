import { isValid, parse } from 'date-fns';
import { parseRunOptions } from '../../src/cli/run-options';
import { calendarDate, isCalendarDate } from '../../src/shared/calendar-date';
import { EvidenceInputSchema } from '../../src/shared/evidence';

/** One calendar rule for every date from outside: settings, evidence observedOn, the CLI's --today. */

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

describe('isCalendarDate', () => {
  it('agrees with date-fns parse(yyyy-MM-dd) on every month and day edge of years 0001-9999 samples', () => {
    const reference = new Date(2026, 0, 1);
    const years = [1, 4, 100, 400, 1900, 2000, 2024, 2025, 2026, 2028, 2100, 2400, 9999];
    for (const y of years) {
      for (let m = 0; m <= 13; m += 1) {
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const byDateFns = isValid(parse(s, 'yyyy-MM-dd', reference));
          if (isCalendarDate(s) !== byDateFns) throw new Error(`isCalendarDate disagrees with date-fns on ${s}`);
        }
      }
    }
  });

  it.each(['2026-02-31', '2026-02-29', '2100-02-29', '2026-04-31', '2026-00-10', '2026-13-01', '0000-01-01', '2026-1-1', ' 2026-01-01', '2026-01-01T00:00', '２０２６-01-01'])(
    'refuses %j',
    (s) => {
      expect(isCalendarDate(s)).toBe(false);
    },
  );

  it.each(['2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(isCalendarDate(s)).toBe(true);
  });

  it('gives one message for a malformed date and another for a day that does not exist', () => {
    const rule = calendarDate('2026-03-31');
    const messages = (s: string) => {
      const r = rule.safeParse(s);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages('31/03/2026')).toEqual(['Use a date like 2026-03-31']);
    expect(messages('2026-02-31')).toEqual(['Not a real date: that day does not exist in the calendar (use a date like 2026-03-31)']);
  });
});

describe('where dates come in', () => {
  it('evidence observedOn refuses 2026-02-31', () => {
    const parsed = EvidenceInputSchema.safeParse({
      kind: 'interview',
      source: { name: 'Ward 4B nurses' },
      observedOn: '2026-02-31',
      summary: 'Handover takes 40 minutes',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['observedOn', expect.stringContaining('Not a real date')]]);
  });

  it('the CLI refuses --today 2026-02-31 and 2025-02-29, and takes 2028-02-29', () => {
    expect(() => parseRunOptions({ today: '2026-02-31' })).toThrow(/--today: Not a real date/);
    expect(() => parseRunOptions({ today: '2025-02-29' })).toThrow(/--today: Not a real date/);
    expect(() => parseRunOptions({ today: '26/11/2026' })).toThrow('--today: Use a date like 2026-11-26');
    expect(parseRunOptions({ today: '2028-02-29' }).run.today).toBe('2028-02-29');
  });
});
