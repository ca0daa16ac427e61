import type { JiraRequest, JiraResponse, JiraTransport } from '../../../src/jira/transport';
import { AppError } from '../../../src/shared/result';

export type Handler = (request: JiraRequest) => JiraResponse | Promise<JiraResponse>;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): JiraResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A transport answering with `handler` and recording every request. */
export const fakeTransport = (handler: Handler): JiraTransport & { requests: JiraRequest[] } => {
  const requests: JiraRequest[] = [];
  const transport = async (request: JiraRequest) => {
    requests.push(request);
    return handler(request);
  };
  return Object.assign(transport, { requests });
};

/** Answers from a list, one per call (the last one repeats). */
export const sequence = (...answers: (JiraResponse | Error)[]): Handler => {
  let i = 0;
  return () => {
    const answer = answers[Math.min(i, answers.length - 1)];
    i += 1;
    if (answer === undefined) throw new Error('no answer');
    if (answer instanceof Error) throw answer;
    return answer;
  };
};

/** An injected sleep that records the waits and advances a fake clock. */
export const fakeClock = () => {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
};

/** The AppError a promise rejects with (the test fails when it resolves or rejects with anything else). */
export const failure = async (promise: Promise<unknown>): Promise<AppError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
