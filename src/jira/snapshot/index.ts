export * from './snapshot-format';
export { createRecordingTransport, type RecordingTransport } from './recording-transport';
export { createReplayTransport, type ReplayTransport } from './replay-transport';
export { describeRequest, exchangeKey } from './exchange-key';
