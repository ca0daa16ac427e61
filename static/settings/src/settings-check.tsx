import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useRef, useState } from 'react';
import type { SettingsCheck } from '../../../src/shared/payloads';
import { call, type UiError } from '../../common/client';
import { describeError } from '../../common/error-words';
import type { Settings } from '../../../src/shared/settings';
import { capacityWords, checkSummary } from './check-summary';
import { FormSettingsSchema } from './form-schema';
import { draftToCandidate, type SettingsDraft } from './settings-draft';
import { issueLine } from './settings-transfer';

/**
 * The live check beside the form: as the admin edits, and before saving,
 * what these settings find on the site (checkSettings, read as the admin,
 * nothing saved). Runs DEBOUNCE_MS after the last edit; an answer to an
 * older draft is dropped.
 */

export const DEBOUNCE_MS = 500;

/** A check's answer with the capacity setting it ran with (the answer names only the resolved field). */
export interface Checked {
  readonly check: SettingsCheck;
  readonly capacityField: Settings['capacity']['field'];
}

export type CheckState =
  | { readonly status: 'invalid' }
  | { readonly status: 'loading'; readonly previous: Checked | null }
  | { readonly status: 'ready'; readonly checked: Checked }
  | { readonly status: 'error'; readonly error: UiError };

export const useSettingsCheck = (projectKey: string, draft: SettingsDraft, enabled: boolean): CheckState => {
  const [state, setState] = useState<CheckState>({ status: 'loading', previous: null });
  const seq = useRef(0);
  useEffect(() => {
    if (!enabled) return undefined;
    const mine = ++seq.current;
    const { candidate, local } = draftToCandidate(draft);
    const parsed = FormSettingsSchema.safeParse(candidate);
    if (local.length > 0 || !parsed.success) {
      setState({ status: 'invalid' });
      return undefined;
    }
    setState((s) => ({ status: 'loading', previous: s.status === 'ready' ? s.checked : s.status === 'loading' ? s.previous : null }));
    const capacityField = parsed.data.capacity.field;
    const timer = setTimeout(() => {
      void call('checkSettings', { projectKey, settings: parsed.data }).then((o) => {
        if (mine !== seq.current) return;
        setState(o.ok ? { status: 'ready', checked: { check: o.data, capacityField } } : { status: 'error', error: o.error });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [projectKey, draft, enabled]);
  return state;
};

const aside = xcss({
  padding: 'space.200',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.neutral.subtle',
});

const CapacityLine = ({ checked, stale }: { checked: Checked; stale: boolean }) => {
  const words = capacityWords(checked.check, checked.capacityField);
  return (
    <Text as="p" testId="settings-check-capacity" color={stale ? 'color.text.subtlest' : words.warning ? 'color.text.warning' : 'color.text'}>
      {words.text}
    </Text>
  );
};

const Result = ({ checked, stale }: { checked: Checked; stale: boolean }) => {
  const { check } = checked;
  return (
    <Stack space="space.100">
      <Text as="p" testId="settings-check-summary" color={stale ? 'color.text.subtlest' : 'color.text'}>
        {checkSummary(check)}
      </Text>
      <CapacityLine checked={checked} stale={stale} />
      {check.pis.length === 0 ? null : (
        <Box>
          <Text weight="bold">PI calendar</Text>
          <ul data-testid="settings-check-calendar">
            {check.pis.map((pi) => (
              <li key={pi.name} data-testid="check-pi">
                <Text>
                  {pi.name}: {pi.startDate} to {pi.endDate}
                  {pi.name === check.current?.name ? ' (current)' : pi.name === check.next?.name ? ' (next)' : ''}
                </Text>
              </li>
            ))}
          </ul>
        </Box>
      )}
      {check.undatable.length === 0 ? null : (
        <Box>
          <Text weight="bold">Matched but not dated</Text>
          <ul data-testid="settings-check-undatable">
            {check.undatable.map((u) => (
              <li key={`${u.kind}:${u.name}`}>
                <Text>
                  {u.name}: {u.reason}
                </Text>
              </li>
            ))}
          </ul>
        </Box>
      )}
      {check.notes.map((n) => (
        <Text key={n} as="p" size="small" color="color.text.warning">
          {n}
        </Text>
      ))}
    </Stack>
  );
};

export const SettingsCheckPanel = ({ state }: { state: CheckState }) => {
  const words = state.status === 'error' ? describeError(state.error) : null;
  return (
    <Box xcss={aside} testId="settings-check" aria-live="polite" aria-busy={state.status === 'loading'}>
      <Stack space="space.150">
        <Heading size="xsmall" as="h3">
          Live check
        </Heading>
        <Text as="p" size="small" color="color.text.subtle">
          What these settings find in this project now, before you save. Nothing is saved.
        </Text>
        {state.status === 'invalid' ? (
          <Text as="p" testId="settings-check-invalid">
            Correct the marked fields to see what these settings find.
          </Text>
        ) : null}
        {state.status === 'loading' ? (
          <Stack space="space.100">
            <Inline space="space.100" alignBlock="center" testId="settings-check-loading">
              <Spinner size="small" label="Checking the settings" />
              <Text>Checking with the site…</Text>
            </Inline>
            {state.previous === null ? null : <Result checked={state.previous} stale />}
          </Stack>
        ) : null}
        {state.status === 'ready' ? <Result checked={state.checked} stale={false} /> : null}
        {words === null || state.status !== 'error' ? null : (
          <div data-testid="settings-check-error">
            <SectionMessage appearance="error" title={`The check could not run: ${words.title.toLowerCase()}`}>
              <Text as="p">{words.detail}</Text>
              {(state.error.issues ?? []).length === 0 ? <Text as="p">{words.action}</Text> : (
                <ul>
                  {(state.error.issues ?? []).map((i) => (
                    <li key={issueLine(i)}>{issueLine(i)}</li>
                  ))}
                </ul>
              )}
            </SectionMessage>
          </div>
        )}
      </Stack>
    </Box>
  );
};
