import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders a resource's root component after asking Jira for its theme (light/dark follow Jira). */
export const mount = (app: ReactElement): void => {
  void view.theme.enable().catch(() => undefined);
  const el = document.getElementById('root');
  if (el === null) throw new Error('index.html has no #root element');
  createRoot(el).render(<StrictMode>{app}</StrictMode>);
};
