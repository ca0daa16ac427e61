import { token } from '@atlaskit/tokens';

/** Plain tables drawn with design tokens (light and dark follow Jira). */
export const tableStyle = { width: '100%', borderCollapse: 'collapse' as const, color: token('color.text'), font: token('font.body') };
export const thStyle = {
  textAlign: 'left' as const,
  padding: token('space.075'),
  borderBottom: `2px solid ${token('color.border')}`,
  color: token('color.text.subtle'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
};
export const tdStyle = { padding: token('space.075'), borderBottom: `1px solid ${token('color.border')}`, verticalAlign: 'top' as const };
export const wrapStyle = { overflowWrap: 'anywhere' as const, minWidth: '8rem' };
