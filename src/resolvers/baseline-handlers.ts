import type { Handler } from './resolver-wrapper';

// PLACEHOLDER: replaced by the helper that owns this file.
export const commitBaseline: Handler<'commitBaseline'> = () => Promise.reject(new Error('commitBaseline is not built yet'));
export const getBaseline: Handler<'getBaseline'> = () => Promise.reject(new Error('getBaseline is not built yet'));
