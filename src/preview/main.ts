import { resolve } from 'node:path';
import { ensurePreviewBuilds } from './build-preview';
import { startPreview } from './server';

/**
 * `npm start`: builds the preview front ends when missing or out of date,
 * serves them with the real resolvers over the sample site on
 * http://127.0.0.1:4100/ (or $PORT; a free port when that one is taken),
 * and stops cleanly on Ctrl-C.
 */
const DEFAULT_PORT = 4100;

const portFromEnv = (value: string | undefined): number => {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0-65535), not "${value}"`);
  return port;
};

const isAddressInUse = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'EADDRINUSE';

const main = async (): Promise<void> => {
  const projectRoot = resolve(__dirname, '..', '..');
  const port = portFromEnv(process.env['PORT']);
  await ensurePreviewBuilds(projectRoot, (line) => console.log(line));
  const today = process.env['FG_TODAY'];
  const start = (p: number) => startPreview({ port: p, host: '127.0.0.1', projectRoot, ...(today === undefined ? {} : { today }) });
  let preview;
  try {
    preview = await start(port);
  } catch (e) {
    if (!isAddressInUse(e) || port === 0) throw e;
    console.log(`Port ${port} is taken; using a free port instead.`);
    preview = await start(0);
  }
  console.log(`Factory Gravity preview: ${preview.url}`);
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the preview...');
    preview
      .close()
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        console.error(e);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
