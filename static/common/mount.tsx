import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Outer padding of a resource. Jira already pads issue panels and glances a
 * little, so those get the small step; full pages, gadgets and modals the larger one.
 */
export type PagePadding = 'compact' | 'page';

const PADDING: Readonly<Record<PagePadding, string>> = {
  compact: token('space.100'),
  page: token('space.200'),
};

/** Longest wait for Jira's theme before rendering anyway (in the light default). */
const THEME_WAIT_MS = 2000;

/**
 * Renders a resource's root component once Jira's theme (light/dark follow
 * Jira) is applied, so a dark page does not flash light first; a theme that
 * does not arrive in time does not keep the page from rendering.
 */
export const mount = (app: ReactElement, padding: PagePadding = 'page'): void => {
  const el = document.getElementById('root');
  if (el === null) throw new Error('index.html has no #root element');
  el.style.padding = PADDING[padding];
  el.style.boxSizing = 'border-box';
  const themed = view.theme.enable().catch(() => undefined);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, THEME_WAIT_MS));
  void Promise.race([themed, timeout]).then(() => createRoot(el).render(<StrictMode>{app}</StrictMode>));
};
