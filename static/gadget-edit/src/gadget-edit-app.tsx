import { view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useState, type FormEvent } from 'react';
import type { ScopeOptions } from '../../../src/shared/payloads';
import { toFieldIssues } from '../../../src/shared/result';
import { GadgetConfigSchema } from '../../../src/shared/scope';
import { call } from '../../common/client';
import { ErrorMessage } from '../../common/error-message';
import { describedBy, FormField } from '../../common/field';
import { NO_ISSUES, placeIssues, type PlacedIssues } from '../../common/field-issues';
import { gadgetContextOf } from '../../common/forge-context';
import { readGadgetConfig } from '../../common/gadget-config';
import { Loading } from '../../common/loading';
import { NativeSelect } from '../../common/native-select';
import { RadioGroup } from '../../common/radio-group';
import { useExtension } from '../../common/use-extension';
import { useLoad, type LoadState } from '../../common/use-load';
import { draftFromConfig, draftToCandidate, EDIT_FIELDS, piApplies, piNote, type EditDraft, type PiKind, type ScopeKind, type ViewKind } from './edit-draft';

const formWidth = xcss({ maxWidth: '36rem' });

const SCOPE_KINDS: readonly { value: ScopeKind; label: string }[] = [
  { value: 'project', label: 'Project' },
  { value: 'board', label: 'Board' },
  { value: 'jql', label: 'JQL' },
];
const PI_KINDS: readonly { value: PiKind; label: string }[] = [
  { value: 'current', label: 'Current PI' },
  { value: 'next', label: 'Next PI' },
  { value: 'named', label: 'A PI by name' },
];

const VIEW_KINDS: readonly { value: ViewKind; label: string }[] = [
  { value: 'report', label: 'PI report' },
  { value: 'trend', label: 'Trend across PIs' },
  { value: 'outcomes', label: "Delivered items' outcomes" },
];

interface Option<V> {
  readonly label: string;
  readonly value: V;
}

export const GadgetEditApp = () => {
  const { ext, failed } = useExtension();
  const options = useLoad(() => call('getScopeOptions', {}), []);
  if (failed) return <Text as="p">The gadget configuration could not be read. Reload the dashboard.</Text>;
  if (ext === null) return <Loading label="Loading the configuration" />;
  return <EditForm initial={draftFromConfig(readGadgetConfig(gadgetContextOf(ext).configuration))} options={options.state} onRetry={options.reload} />;
};

const EditForm = ({ initial, options, onRetry }: { initial: EditDraft; options: LoadState<ScopeOptions>; onRetry: () => void }) => {
  const [draft, setDraft] = useState<EditDraft>(initial);
  const [issues, setIssues] = useState<PlacedIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const set = <K extends keyof EditDraft>(k: K, v: EditDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (f: (typeof EDIT_FIELDS)[number]) => issues.byField[f];
  const note = piNote(draft.view);

  const projects: Option<string>[] = options.status === 'ready' ? options.data.projects.map((p) => ({ label: `${p.name} (${p.key})`, value: p.key })) : [];
  const boards: Option<string>[] =
    options.status === 'ready' ? options.data.boards.map((b) => ({ label: b.projectKey === undefined ? b.name : `${b.name} (${b.projectKey})`, value: String(b.id) })) : [];

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (saving) return;
    setSaveError(null);
    const { candidate, local } = draftToCandidate(draft);
    const parsed = GadgetConfigSchema.safeParse(candidate);
    const all = [...local, ...(parsed.success ? [] : toFieldIssues(parsed.error.issues))];
    if (all.length > 0 || !parsed.success) return setIssues(placeIssues(all, EDIT_FIELDS));
    setIssues(NO_ISSUES);
    setSaving(true);
    try {
      await view.submit(parsed.data);
    } catch (x) {
      setSaveError(x instanceof Error ? x.message : 'Jira did not accept the configuration.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box xcss={formWidth}>
      <form data-testid="gadget-edit-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Configure Factory Gravity">
        <Stack space="space.200">
          <Heading size="small" as="h2">
            What should this gadget report on?
          </Heading>
          {options.status === 'error' ? <ErrorMessage error={options.error} onRetry={onRetry} /> : null}
          {saveError === null ? null : (
            <SectionMessage appearance="error" title="The configuration was not saved">
              <Text as="p">{saveError} Try again.</Text>
            </SectionMessage>
          )}
          <RadioGroup name="scope-kind" legend="Scope" value={draft.scopeKind} options={SCOPE_KINDS} onChange={(v) => set('scopeKind', v)} testId="scope-kind" />
          {draft.scopeKind === 'project' ? (
            <FormField id="scope-project" name="scope.projectKey" label="Project" required error={err('scope.projectKey')}>
              <NativeSelect
                id="scope-project"
                testId="scope-project"
                value={draft.projectKey}
                options={[{ value: '', label: options.status === 'loading' ? 'Loading projects…' : 'Choose a project' }, ...projects]}
                onChange={(v) => set('projectKey', v)}
                isInvalid={err('scope.projectKey') !== undefined}
                describedBy={describedBy('scope-project', false, err('scope.projectKey'))}
              />
            </FormField>
          ) : null}
          {draft.scopeKind === 'board' ? (
            <FormField id="scope-board" name="scope.boardId" label="Board" required error={err('scope.boardId')}>
              <NativeSelect
                id="scope-board"
                testId="scope-board"
                value={draft.boardId === null ? '' : String(draft.boardId)}
                options={[{ value: '', label: options.status === 'loading' ? 'Loading boards…' : 'Choose a board' }, ...boards]}
                onChange={(v) => set('boardId', v === '' ? null : Number(v))}
                isInvalid={err('scope.boardId') !== undefined}
                describedBy={describedBy('scope-board', false, err('scope.boardId'))}
              />
            </FormField>
          ) : null}
          {draft.scopeKind === 'jql' ? (
            <FormField id="scope-jql" name="scope.jql" label="JQL" required error={err('scope.jql')} help="Work items matching this query, e.g. project = CLIN AND issuetype = Epic">
              <TextArea
                id="scope-jql"
                testId="scope-jql"
                value={draft.jql}
                onChange={(e: FormEvent<HTMLTextAreaElement>) => set('jql', e.currentTarget.value)}
                isInvalid={err('scope.jql') !== undefined}
                aria-describedby={describedBy('scope-jql', true, err('scope.jql'))}
                minimumRows={3}
              />
            </FormField>
          ) : null}
          {err('scope') === undefined ? null : (
            <Box testId="field-error-scope" role="alert">
              <Text color="color.text.danger">{err('scope')}</Text>
            </Box>
          )}
          <RadioGroup name="view" legend="Show" value={draft.view} options={VIEW_KINDS} onChange={(v) => set('view', v)} testId="view-kind" />
          {note === null ? (
            <RadioGroup name="pi-kind" legend="Program Increment" value={draft.piKind} options={PI_KINDS} onChange={(v) => set('piKind', v)} testId="pi-kind" />
          ) : (
            // The PI picker is hidden, not lost: the draft keeps the choice for a switch back to the report.
            <Text as="p" color="color.text.subtle" testId={`${draft.view}-pi-note`}>
              {note}
            </Text>
          )}
          {piApplies(draft.view) && draft.piKind === 'named' ? (
            <FormField id="pi-name" name="pi.name" label="PI name" required error={err('pi.name')} help="As it appears in Jira, e.g. PI 26.3">
              <Textfield
                id="pi-name"
                testId="pi-name"
                value={draft.piName}
                onChange={(e: FormEvent<HTMLInputElement>) => set('piName', e.currentTarget.value)}
                isInvalid={err('pi.name') !== undefined}
                aria-describedby={describedBy('pi-name', true, err('pi.name'))}
              />
            </FormField>
          ) : null}
          {err('pi') === undefined ? null : (
            <Box testId="field-error-pi" role="alert">
              <Text color="color.text.danger">{err('pi')}</Text>
            </Box>
          )}
          <Box>
            <Button type="submit" appearance="primary" isLoading={saving} isDisabled={saving} testId="gadget-edit-save">
              Save
            </Button>
          </Box>
        </Stack>
      </form>
    </Box>
  );
};
