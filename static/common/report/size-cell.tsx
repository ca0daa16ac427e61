import type { CapacityUnit } from '../../../src/shared/capacity';
import { sizeLabel } from '../../../src/shared/capacity';
import { srOnly } from './plain-table-style';

/**
 * A size in a table cell: the number (the column header names the unit), or a
 * dash that a screen reader reads as "Unsized". The dash is hidden from it,
 * the words are hidden from the eye: an aria-label on a plain span is not
 * announced everywhere (axe aria-prohibited-attr).
 */
export const SizeCell = ({ size, unit }: { size: number | null; unit: CapacityUnit }) =>
  size === null ? (
    <span data-testid="row-size" data-value="" title="Unsized" style={{ position: 'relative' }}>
      <span aria-hidden="true">—</span>
      <span style={srOnly}>Unsized</span>
    </span>
  ) : (
    <span data-testid="row-size" data-value={size} title={sizeLabel(size, unit)}>
      {Number.isInteger(size) ? size : size.toFixed(1).replace(/\.0$/, '')}
    </span>
  );
