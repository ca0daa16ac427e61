import { useEffect, useState } from 'react';
import { readExtension } from './forge-context';

/** The module's extension context, read once; null until it arrives. */
export const useExtension = (): { ext: Record<string, unknown> | null; failed: boolean } => {
  const [ext, setExt] = useState<Record<string, unknown> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    readExtension().then(
      (e) => live && setExt(e),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { ext, failed };
};
