import { Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { call } from '../../common/client';
import { ErrorMessage } from '../../common/error-message';
import { projectKeyFromExtension } from '../../common/forge-context';
import { Loading } from '../../common/loading';
import { useExtension } from '../../common/use-extension';
import { useLoad } from '../../common/use-load';
import { SettingsForm } from './settings-form';

/** Project settings page: loads the project's settings and shows the form. */
export const SettingsApp = () => {
  const { ext, failed } = useExtension();
  const projectKey = ext === null ? null : projectKeyFromExtension(ext);
  const [saves, setSaves] = useState(0);
  const { state, reload, replace } = useLoad(projectKey === null ? null : () => call('getSettings', { projectKey }), [projectKey]);
  // The pickers' options load beside the settings; until they arrive (or if they cannot be read) the fields are text inputs.
  const { state: site } = useLoad(projectKey === null ? null : () => call('getSiteOptions', { projectKey }), [projectKey]);
  if (failed || (ext !== null && projectKey === null)) return <Text as="p">Open this page from a project's settings.</Text>;
  if (projectKey === null || state.status === 'loading') return <Loading label="Loading settings" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  return (
    <SettingsForm
      key={saves}
      projectKey={projectKey}
      data={state.data}
      saved={saves > 0}
      site={site}
      onSaved={(d) => {
        setSaves((n) => n + 1);
        replace(d);
      }}
    />
  );
};
