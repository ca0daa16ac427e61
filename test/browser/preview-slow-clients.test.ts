import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../src/preview/http-server';
import type { PreviewBackend } from '../../src/preview/preview-backend';

/**
 * Slow senders cannot hold a preview connection open: headers that trickle
 * in are cut off by headersTimeout, a body that trickles in gets 408 from the
 * body-read timeout. Raw sockets on loopback, every wait bounded.
 */

const backend: PreviewBackend = {
  today: '2026-11-26',
  accountIdOf: (user) => `acc-${user}`,
  invoke: async () => ({ ok: true, data: null }),
  dump: () => '',
  describeIssue: async () => null,
  indexData: async () => ({ today: '2026-11-26', epics: [], projects: [], boards: [], users: [] }),
};

let root: string;
let server: PreviewServer;
const timeouts = { headersMs: 400, requestMs: 5_000, bodyMs: 400, checkEveryMs: 100 };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fg-preview-slow-'));
  server = await startPreviewServer({ backend, projectRoot: root, port: 0, host: '127.0.0.1', timeouts, onError: () => undefined });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a loopback socket, trickles `parts` one every `everyMs`, and resolves with what came back once the server closes it (or after `giveUpMs`). */
const trickle = (head: string, drip: string, everyMs: number, giveUpMs: number): Promise<{ closedAfterMs: number | null; answer: string }> =>
  new Promise((resolve) => {
    const started = Date.now();
    let answer = '';
    const socket: Socket = connect(server.port, '127.0.0.1', () => socket.write(head));
    const dripper = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write(drip);
    }, everyMs);
    const finish = (closedAfterMs: number | null) => {
      clearInterval(dripper);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closedAfterMs, answer });
    };
    const giveUp = setTimeout(() => finish(null), giveUpMs);
    socket.on('data', (d: Buffer) => {
      answer += d.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - started));
  });

describe('slow clients', () => {
  it('headers sent one byte at a time: the connection is closed after the headers timeout', async () => {
    const head = `POST /api/invoke HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Slow: `;
    const { closedAfterMs } = await trickle(head, 'a', 50, 4_000);
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs).toBeLessThan(2_000);
  });

  it('a body sent one byte at a time: 408 from the body timeout, then the connection is closed', async () => {
    const head = [
      'POST /api/invoke HTTP/1.1',
      `Host: 127.0.0.1:${server.port}`,
      'Content-Type: application/json',
      'Content-Length: 1000',
      '',
      '{',
    ].join('\r\n');
    const { closedAfterMs, answer } = await trickle(head, ' ', 50, 4_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toMatch(/did not arrive within 400 ms/);
    expect(closedAfterMs).not.toBeNull();
    expect(closedAfterMs).toBeLessThan(2_000);
  });

  it('a prompt request still gets its answer', async () => {
    const response = await fetch(`${server.url}api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ functionKey: 'getScopeOptions' }) });
    expect(response.status).toBe(200);
  });
});
