import type { Handler } from './resolver-wrapper';

// PLACEHOLDER: replaced by the helper that owns this file.
export const recordDecisions: Handler<'recordDecisions'> = () => Promise.reject(new Error('recordDecisions is not built yet'));
export const searchUsers: Handler<'searchUsers'> = () => Promise.reject(new Error('searchUsers is not built yet'));
