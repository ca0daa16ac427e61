import type { Handler } from './resolver-wrapper';

// PLACEHOLDER: replaced by the helper that owns this file.
export const getPiReview: Handler<'getPiReview'> = () => Promise.reject(new Error('getPiReview is not built yet'));
