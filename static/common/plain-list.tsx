import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

/** A bullet-less <ul> laid out as a column or a wrapping row; children must be <li>. */
export const PlainList = ({ children, row, label }: { children: ReactNode; row?: boolean; label?: string }) => (
  <ul
    aria-label={label}
    style={{
      listStyle: 'none',
      margin: 0,
      padding: 0,
      display: 'flex',
      flexDirection: row === true ? 'row' : 'column',
      flexWrap: row === true ? 'wrap' : 'nowrap',
      gap: row === true ? `${token('space.050')} ${token('space.200')}` : token('space.100'),
    }}
  >
    {children}
  </ul>
);
