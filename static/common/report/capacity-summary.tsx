import { Stack, Text } from '@atlaskit/primitives';
import type { Capacity } from '../../../src/shared/capacity';
import { capacityTotalWords, isSized, unsizedHint, unsizedWords } from './capacity-words';
import { KeyLinks } from './key-links';

/**
 * The PI's capacity in one or two lines: the total in the unit ("86 points in
 * PI 27.1"), and the unsized items counted and named as links (never given a
 * guessed size). The share per verdict is in the verdict distribution's legend.
 */
export const CapacitySummary = ({ capacity, piName }: { capacity: Capacity; piName: string }) => (
  <Stack space="space.050" testId="capacity-summary">
    <Text as="p">
      <Text weight="bold">Capacity:</Text>{' '}
      <span data-testid="capacity-total" data-value={capacity.total} data-unit={capacity.unit}>
        {capacityTotalWords(capacity)}
      </span>{' '}
      in {piName}
      {isSized(capacity)
        ? capacity.field === null
          ? ''
          : ` (${capacity.field.name})`
        : ', counted in items: no field sizes the work items (settings capacity.field)'}
    </Text>
    {capacity.unsized.length === 0 ? null : (
      <Text as="p" testId="capacity-unsized">
        <Text weight="bold">{unsizedWords(capacity)}:</Text> <KeyLinks keys={capacity.unsized.map((u) => ({ key: u.key, title: u.summary }))} />.{' '}
        {unsizedHint(capacity.field, capacity.unsized.length)}
      </Text>
    )}
  </Stack>
);
