import { Text } from '@atlaskit/primitives';
import type { SwapOption } from './capacity-words';
import { KeyLinks } from './key-links';

/** At most this many swap options per row: the hint stays one short line under the summary. */
const SHOWN = 2;

/**
 * "Could swap for CLIN-31 (8 points) or CLIN-33 (5 points)" under a gravity
 * item's summary: candidates of similar size waiting outside the PI. The keys
 * are links, so the hint is reachable with Tab like the rest of the row.
 */
export const SwapHint = ({ itemKey, options }: { itemKey: string; options: readonly SwapOption[] }) => {
  if (options.length === 0) return null;
  const shown = options.slice(0, SHOWN);
  const more = options.length - shown.length;
  return (
    <span data-testid={`swap-hint-${itemKey}`} data-swaps={options.map((o) => o.key).join(' ')} style={{ display: 'block' }}>
      <Text size="small" color="color.text.subtle">
        Could swap for <KeyLinks keys={shown.map((o) => ({ key: o.key, after: o.size === null ? null : `(${o.size})` }))} last=" or " />
        {more > 0 ? `; ${more} more waiting` : ''}
      </Text>
    </span>
  );
};
