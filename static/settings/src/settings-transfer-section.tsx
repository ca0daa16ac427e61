import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Settings } from '../../../src/shared/settings';
import { call } from '../../common/client';
import { describeError } from '../../common/error-words';
import { FormField } from '../../common/field';
import { NativeSelect } from '../../common/native-select';
import { issueLine, MAX_IMPORT_CHARS, parseSettingsJson, settingsJson, type ImportOutcome } from './settings-transfer';

/**
 * Export the form's settings as JSON (the CLI's --settings format), import a
 * file or pasted JSON, or copy another project's settings. Import and copy
 * only fill the form: nothing is stored until Save.
 *
 * The download is a Blob link with the download attribute: the Custom UI
 * iframe's sandbox has allow-downloads ("Allows downloads to be started via
 * a user gesture", https://developer.atlassian.com/platform/forge/custom-ui/iframe).
 * The same JSON is shown read-only to copy, where a browser blocks it anyway.
 */

type Problem = Extract<ImportOutcome, { ok: false }>;

const DownloadLink = ({ json, projectKey }: { json: string; projectKey: string }) => {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [json]);
  return href === null ? null : (
    <a href={href} download={`factory-gravity-settings-${projectKey}.json`} data-testid="settings-export-download">
      Download {`factory-gravity-settings-${projectKey}.json`}
    </a>
  );
};

const ProblemMessage = ({ problem }: { problem: Problem }) => (
  <div data-testid="settings-import-problem">
    <SectionMessage appearance="error" title="Not imported">
      <Text as="p">{problem.message}</Text>
      {problem.issues.length === 0 ? null : (
        <ul>
          {problem.issues.map((i) => (
            <li key={issueLine(i)}>{issueLine(i)}</li>
          ))}
        </ul>
      )}
    </SectionMessage>
  </div>
);

const CopyFromProject = ({ projectKey, onImport }: { projectKey: string; onImport: (s: Settings, from: string) => void }) => {
  const [projects, setProjects] = useState<readonly { value: string; label: string }[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void call('getScopeOptions', {}).then((o) => {
      if (!o.ok) {
        setProblem(`The project list could not be read: ${describeError(o.error).detail}`);
        return;
      }
      const others = o.data.projects.filter((p) => p.key !== projectKey).map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }));
      setProjects(others);
      setChosen(others[0]?.value ?? '');
    });
  }, [projectKey]);
  const copy = async () => {
    if (chosen === '') return;
    setBusy(true);
    setProblem(null);
    const o = await call('getSettings', { projectKey: chosen });
    setBusy(false);
    if (o.ok) onImport(o.data.settings, `the settings of ${chosen}`);
    else setProblem(`${describeError(o.error).title}: ${o.error.message}`);
  };
  return (
    <Stack space="space.100">
      {projects === null || projects.length === 0 ? (
        <Text as="p" size="small" color="color.text.subtle">
          {projects === null ? (problem ?? 'Reading the projects you can see…') : 'You can see no other project to copy from.'}
        </Text>
      ) : (
        <FormField id="settings-copy-from" name="copy-from" label="Copy the settings of another project" error={problem ?? undefined}>
          <Inline space="space.100" alignBlock="center">
            <NativeSelect id="settings-copy-from" testId="settings-copy-from" value={chosen} options={projects} onChange={setChosen} />
            <Button onClick={() => void copy()} isLoading={busy} testId="settings-copy-button">
              Copy into the form
            </Button>
          </Inline>
        </FormField>
      )}
    </Stack>
  );
};

export const TransferSection = ({
  projectKey,
  current,
  readOnly,
  onImport,
}: {
  projectKey: string;
  /** The form's settings when they are valid, else null (Export then says why). */
  current: Settings | null;
  readOnly: boolean;
  onImport: (s: Settings, from: string) => void;
}) => {
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const json = current === null ? null : settingsJson(current);

  const importText = (text: string, from: string) => {
    const outcome = parseSettingsJson(text);
    if (!outcome.ok) {
      setProblem(outcome);
      return;
    }
    setProblem(null);
    setPasted('');
    onImport(outcome.settings, from);
  };

  const readFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (file === undefined) return;
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setProblem({ ok: false, message: `${file.name} is ${Math.round(file.size / 1024)} KB; settings JSON is a few KB. Choose the file Export wrote.`, issues: [] });
      return;
    }
    void file.text().then((text) => importText(text, file.name));
  };

  return (
    <Stack space="space.150">
      <Text as="p" size="small" color="color.text.subtle">
        The JSON is the CLI's --settings file format. Import and copy fill the form only: review, then Save.
      </Text>
      {json === null ? (
        <Text as="p" testId="settings-export-invalid">
          Correct the marked fields to export these settings.
        </Text>
      ) : (
        <Stack space="space.100">
          <Box>
            <DownloadLink json={json} projectKey={projectKey} />
          </Box>
          <FormField id="settings-export-json" name="export" label="These settings as JSON (read only, to copy)" error={undefined}>
            <TextArea id="settings-export-json" testId="settings-export-json" value={json} isReadOnly minimumRows={4} maxHeight="12rem" isMonospaced />
          </FormField>
        </Stack>
      )}
      {readOnly ? null : (
        <Stack space="space.100">
          <FormField id="settings-import-json" name="import" label="Import: paste settings JSON" error={undefined}>
            <TextArea
              id="settings-import-json"
              testId="settings-import-json"
              value={pasted}
              minimumRows={3}
              isMonospaced
              onChange={(e: FormEvent<HTMLTextAreaElement>) => setPasted(e.currentTarget.value)}
            />
          </FormField>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Button onClick={() => importText(pasted, 'the pasted JSON')} testId="settings-import-button">
              Import into the form
            </Button>
            <label style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
              <Text>or a file:</Text>
              <input type="file" accept="application/json,.json" data-testid="settings-import-file" onChange={readFile} />
            </label>
          </Inline>
          {problem === null ? null : <ProblemMessage problem={problem} />}
          <CopyFromProject projectKey={projectKey} onImport={onImport} />
        </Stack>
      )}
    </Stack>
  );
};
