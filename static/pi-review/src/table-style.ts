import { thStyle as plainThStyle } from '../../common/report/plain-table-style';

/** The PI review page's plain tables: the shared token styles (static/common/report/plain-table-style.ts), with headers that may wrap (its tables have long header words). */
export { tableStyle, tdStyle, wrapStyle } from '../../common/report/plain-table-style';
export const thStyle = { ...plainThStyle, whiteSpace: 'normal' as const };
