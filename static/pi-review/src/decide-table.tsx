import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { Assessment } from '../../../src/shared/assessment';
import { unitWord, type CapacityUnit } from '../../../src/shared/capacity';
import { IssueLink } from '../../common/issue-link';
import type { SwapOption } from '../../common/report/capacity-words';
import { SizeCell } from '../../common/report/size-cell';
import { SwapHint } from '../../common/report/swap-hint';
import { VerdictLozenge } from '../../common/verdict-lozenge';
import { tableStyle, tdStyle, thStyle, wrapStyle } from './table-style';

const NO_SWAPS: ReadonlyMap<string, readonly SwapOption[]> = new Map();
const numberStyle = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const, whiteSpace: 'nowrap' as const };

/**
 * The report's items with a checkbox column and a Decide button per row; a
 * toolbar acts on the selected rows. With sizes (points or hours) a Size
 * column, and under a gravity item's summary the candidates it could swap for.
 */
export const DecideTable = ({
  items,
  selected,
  onSelect,
  onDecide,
  canDecide,
  noDecideReason,
  unit = 'items',
  swaps = NO_SWAPS,
}: {
  /** The capacity unit: points or hours add a Size column (counted in items, every item is 1). */
  unit?: CapacityUnit;
  swaps?: ReadonlyMap<string, readonly SwapOption[]>;
  items: readonly Assessment[];
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
  onDecide: (keys: readonly string[]) => void;
  canDecide: boolean;
  noDecideReason: string;
}) => {
  const all = items.length > 0 && items.every((a) => selected.has(a.key));
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onSelect(next);
  };
  return (
    <Stack space="space.100">
      {canDecide ? (
        <Inline space="space.100" alignBlock="center">
          <Button appearance="primary" isDisabled={selected.size === 0} onClick={() => onDecide([...selected])} testId="decide-selected">
            {selected.size === 0 ? 'Select items to decide on several at once' : `Decide on ${selected.size} selected`}
          </Button>
        </Inline>
      ) : (
        <div data-testid="decide-disabled">
          <SectionMessage appearance="information" title="View only">
            <Text as="p">{noDecideReason}</Text>
          </SectionMessage>
        </div>
      )}
      <div tabIndex={0} role="region" aria-label="PI items" style={{ overflowX: 'auto', maxWidth: '100%', minWidth: 0, position: 'relative' }}>
        <table style={{ ...tableStyle, minWidth: '40rem' }} data-testid="review-table">
          <caption style={{ textAlign: 'left', font: token('font.heading.xsmall'), padding: `${token('space.100')} 0` }}>Items, worst first</caption>
          <thead>
            <tr>
              <th style={thStyle} scope="col">
                <input type="checkbox" aria-label="Select every item" checked={all} disabled={!canDecide} onChange={() => onSelect(all ? new Set() : new Set(items.map((a) => a.key)))} />
              </th>
              <th style={thStyle} scope="col">Key</th>
              <th style={thStyle} scope="col">Summary</th>
              <th style={thStyle} scope="col">Verdict and decision</th>
              {unit === 'items' ? null : (
                <th style={{ ...thStyle, ...numberStyle }} scope="col">
                  Size ({unitWord(unit)})
                </th>
              )}
              <th style={thStyle} scope="col">Score</th>
              <th style={thStyle} scope="col">Forces (S / E / D)</th>
              <th style={thStyle} scope="col">
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.key} data-testid={`review-row-${a.key}`}>
                <td style={tdStyle}>
                  <input type="checkbox" aria-label={`Select ${a.key}`} checked={selected.has(a.key)} disabled={!canDecide} onChange={() => toggle(a.key)} />
                </td>
                <td style={tdStyle}>
                  <IssueLink issueKey={a.key} />
                </td>
                <td style={{ ...tdStyle, ...wrapStyle }}>
                  {a.summary}
                  {a.verdict === 'gravity' ? <SwapHint itemKey={a.key} options={swaps.get(a.key) ?? []} /> : null}
                </td>
                <td style={tdStyle}>
                  <VerdictLozenge verdict={a.verdict} decision={a.decision} testId="row-verdict" />
                </td>
                {unit === 'items' ? null : (
                  <td style={{ ...tdStyle, ...numberStyle }}>
                    <SizeCell size={a.size} unit={unit} />
                  </td>
                )}
                <td style={tdStyle}>{a.score}</td>
                <td style={{ ...tdStyle, whiteSpace: 'nowrap' }}>
                  {a.forces.strategy} / {a.forces.evidence} / {a.forces.delivery}
                </td>
                <td style={tdStyle}>
                  <Button spacing="compact" isDisabled={!canDecide} onClick={() => onDecide([a.key])} testId={`decide-${a.key}`} aria-label={`Decide on ${a.key}`}>
                    Decide
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Stack>
  );
};
