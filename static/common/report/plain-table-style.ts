import { token } from '@atlaskit/tokens';

/** A plain table drawn with design tokens (light and dark follow Jira), for the small lists beside the report's DynamicTable. */
export const tableStyle = { width: '100%', borderCollapse: 'collapse' as const, color: token('color.text'), font: token('font.body') };
export const thStyle = {
  textAlign: 'left' as const,
  padding: token('space.075'),
  borderBottom: `2px solid ${token('color.border')}`,
  color: token('color.text.subtle'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  whiteSpace: 'nowrap' as const,
};
export const tdStyle = { padding: token('space.075'), borderBottom: `1px solid ${token('color.border')}`, verticalAlign: 'top' as const };
/** Numbers line up on the right (sizes, scores, counts). */
export const numberStyle = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const, whiteSpace: 'nowrap' as const };
export const wrapStyle = { overflowWrap: 'anywhere' as const, minWidth: '8rem' };
/** Visually hidden but read by screen readers (a header or a cell's meaning). */
export const srOnly = { position: 'absolute' as const, width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' as const };
