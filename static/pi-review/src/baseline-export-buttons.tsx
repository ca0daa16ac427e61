import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import { BASELINE_FORMATS, type BaselineFormat } from '../../../src/shared/baseline';
import { formatBaseline } from '../../../src/shared/baseline-export';
import { call, type UiError } from '../../common/client';
import { downloadText } from './download';
import { baselineFileName } from './review-logic';

const FORMAT_LABEL: Record<BaselineFormat, string> = { markdown: 'Markdown', csv: 'CSV', json: 'JSON' };
const MIME: Record<BaselineFormat, string> = { markdown: 'text/markdown', csv: 'text/csv', json: 'application/json' };

/** Downloads the newest baseline in a format (getBaseline, then the one formatter the CLI uses too). */
export const BaselineExport = ({ projectKey, piName, hasBaseline }: { projectKey: string; piName: string; hasBaseline: boolean }) => {
  const [error, setError] = useState<UiError | null>(null);
  const exportAs = async (format: BaselineFormat) => {
    setError(null);
    const o = await call('getBaseline', { projectKey, pi: piName });
    if (!o.ok) return setError(o.error);
    const b = o.data.baseline;
    downloadText(baselineFileName(projectKey, piName, b.version, format), formatBaseline(b, format), MIME[format]);
  };
  return (
    <Stack space="space.050" testId="baseline-export">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="medium">Export the newest baseline:</Text>
        {BASELINE_FORMATS.map((f) => (
          <Button key={f} spacing="compact" isDisabled={!hasBaseline} onClick={() => void exportAs(f)} testId={`baseline-export-${f}`}>
            {FORMAT_LABEL[f]}
          </Button>
        ))}
      </Inline>
      {hasBaseline ? null : <Text color="color.text.subtle">Nothing to export until {piName} is committed.</Text>}
      {error === null ? null : (
        <SectionMessage appearance="error" title="Export failed">
          <Text as="p">{error.message}</Text>
        </SectionMessage>
      )}
    </Stack>
  );
};

