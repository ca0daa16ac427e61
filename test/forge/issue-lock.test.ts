import { deadlineIn, DEADLINES } from '../../src/shared/deadline';
import { AppError } from '../../src/shared/result';
import { LOCK_DEFAULTS, lockKey, withIssueLock } from '../../src/storage/issue-lock';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { harness, dataOf } from './support/resolver-harness';

/** The issue lock's waits stay inside the invocation's deadline (issue 9): CONFLICT in time, never a lock wait past it. */

const ISSUE = 'CLIN-7';

/** A clock moved only by the lock's sleep, and a store whose TTLs read the same clock. */
const heldLock = async () => {
  let now = 0;
  const waits: number[] = [];
  const kvs = createMemoryKeyValueStore(() => now);
  await kvs.setIfAbsent(lockKey(ISSUE), 'someone-else', 3600);
  const sleep = async (ms: number) => {
    waits.push(ms);
    now += ms;
  };
  return { kvs, waits, sleep, now: () => now };
};

const conflict = async (promise: Promise<unknown>): Promise<AppError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('CONFLICT');
  return error as AppError;
};

describe('withIssueLock and the deadline', () => {
  it('answers CONFLICT while the work still has its reserve, never waiting past the deadline', async () => {
    const { kvs, waits, sleep, now } = await heldLock();
    const deadline = deadlineIn(8_000, now);
    let worked = false;
    await conflict(
      withIssueLock(kvs, ISSUE, { sleep, newId: () => 'me', maxAttempts: 1_000, deadline }, async () => {
        worked = true;
      }),
    );
    expect(worked).toBe(false);
    expect(waits.length).toBeGreaterThan(0);
    // Every wait left the work its reserve: the last one ended at least reserveMs before the deadline.
    expect(now()).toBeLessThanOrEqual(8_000 - LOCK_DEFAULTS.reserveMs);
    expect(await kvs.get(lockKey(ISSUE))).toBe('someone-else');
  });

  it('does not start a lock wait at all when the deadline leaves less than the reserve', async () => {
    const { kvs, waits, sleep, now } = await heldLock();
    await conflict(withIssueLock(kvs, ISSUE, { sleep, newId: () => 'me', deadline: deadlineIn(LOCK_DEFAULTS.reserveMs, now) }, async () => undefined));
    expect(waits).toEqual([]);
  });

  it('without a deadline only maxAttempts bounds the waiting (as before)', async () => {
    const { kvs, waits, sleep } = await heldLock();
    await conflict(withIssueLock(kvs, ISSUE, { sleep, newId: () => 'me', maxAttempts: 5 }, async () => undefined));
    expect(waits).toEqual([50, 100, 200, 400]);
  });

  it('takes a lock released in time and runs the work', async () => {
    const { kvs, sleep, now } = await heldLock();
    const releasing = async (ms: number) => {
      await sleep(ms);
      if (now() >= 1_000) await kvs.delete(lockKey(ISSUE));
    };
    const answer = await withIssueLock(kvs, ISSUE, { sleep: releasing, newId: () => 'me', deadline: deadlineIn(DEADLINES.resolver, now) }, async () => 'done');
    expect(answer).toBe('done');
    expect(await kvs.get(lockKey(ISSUE))).toBeUndefined();
  });
});

describe('an evidence change through the resolver, with the lock held by someone else', () => {
  it('answers CONFLICT inside the resolver’s deadline, not after the platform cut it off', async () => {
    let now = 0;
    const sleep = async (ms: number) => {
      now += ms;
    };
    const h = harness('priya', { extra: { sleep, client: { sleep, now: () => now }, lockAttempts: 100_000 } });
    await h.kvs.setIfAbsent(lockKey(ISSUE), 'someone-else', 3600);
    const envelope = await h.call('addEvidence', {
      issueKey: ISSUE,
      evidence: {
        kind: 'interview',
        url: 'https://research.example.org/interviews/ward-7',
        source: { name: 'Ward 7 nurses', role: 'Staff nurse', site: 'Riverside General' },
        observedOn: '2026-10-12',
        summary: 'Nurses copy the handover sheet by hand at every shift change.',
      },
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(now).toBeLessThanOrEqual(DEADLINES.resolver - LOCK_DEFAULTS.reserveMs);
    expect(now).toBeGreaterThan(0);
    // The panel still answers afterwards (the lock wait did not poison the deps).
    await h.kvs.delete(lockKey(ISSUE));
    expect(dataOf(await h.call('getPanel', { issueKey: ISSUE })).assessment.key).toBe(ISSUE);
  });
});
