import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Inline, Stack, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { FormEvent } from 'react';
import { VERDICTS, type Verdict } from '../../../src/shared/assessment';
import { VERDICT_LABEL } from '../verdict';
import { toggleVerdict, type ReportFilter } from './report-rows';

const textBox = xcss({ minWidth: '14rem' });

/** Verdict toggles (pressed = shown; none pressed = all) and a text filter. */
export const ReportFilters = ({
  filter,
  counts,
  onChange,
}: {
  filter: ReportFilter;
  counts: Readonly<Record<Verdict, number>>;
  onChange: (f: ReportFilter) => void;
}) => (
  <Inline space="space.200" rowSpace="space.150" shouldWrap alignBlock="start">
    <Stack space="space.050">
      <span id="filter-verdict-label">
        <Label htmlFor="filter-verdict-all">Show verdicts</Label>
      </span>
      <div role="group" aria-labelledby="filter-verdict-label" data-testid="filter-verdict">
        <Inline space="space.050" shouldWrap>
          <Button
            id="filter-verdict-all"
            spacing="compact"
            appearance={filter.verdicts.length === 0 ? 'primary' : 'default'}
            aria-pressed={filter.verdicts.length === 0}
            onClick={() => onChange({ ...filter, verdicts: [] })}
            testId="filter-verdict-all"
          >
            All
          </Button>
          {VERDICTS.map((v) => (
            <Button
              key={v}
              spacing="compact"
              appearance={filter.verdicts.includes(v) ? 'primary' : 'default'}
              aria-pressed={filter.verdicts.includes(v)}
              onClick={() => onChange({ ...filter, verdicts: toggleVerdict(filter.verdicts, v) })}
              testId={`filter-verdict-${v}`}
            >
              {`${VERDICT_LABEL[v]} (${counts[v]})`}
            </Button>
          ))}
        </Inline>
      </div>
    </Stack>
    <Stack space="space.050" xcss={textBox}>
      <Label htmlFor="filter-text">Filter by key, summary or status</Label>
      <Textfield
        isCompact
        id="filter-text"
        testId="filter-text"
        value={filter.text}
        placeholder="e.g. CLIN-12 or discharge"
        onChange={(e: FormEvent<HTMLInputElement>) => onChange({ ...filter, text: e.currentTarget.value })}
      />
    </Stack>
  </Inline>
);
