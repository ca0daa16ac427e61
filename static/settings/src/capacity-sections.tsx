import { Stack, Text } from '@atlaskit/primitives';
import type { SiteOptions } from '../../../src/shared/payloads';
import type { Settings } from '../../../src/shared/settings';
import { CAPACITY_CHOICES, swapExample, swapRangeWords } from './capacity-choices';
import { capacityChoiceOf } from './settings-draft';
import { bareFieldset, fieldId, legendStyle, radioRow, Section, TextSetting, withDefault, type SectionProps } from './settings-fields';
import { SinglePicker } from './settings-pickers';
import { siteChoices } from './site-choices';

/**
 * The settings of issue 11: what sizes work items (capacity.field), how far
 * back the trend looks (trend.pis), and the better candidates waiting outside
 * the PI (candidates.swapRatio, candidates.limit). The choices are native
 * radio buttons in a fieldset with a legend (arrow keys move between them);
 * the number field is picked from the site's number fields, or typed when the
 * site's fields cannot be read.
 */

const CHOICE_NAME = 'capacity.choice';

/** The number field under its radio button: a picker over the site's number fields, or the id as text. */
const NumberFieldControl = ({ draft, set, err, readOnly, text, options }: SectionProps & { options: SiteOptions | null }) => {
  if (options === null) {
    return <TextSetting {...text('capacity.field', 'capacityFieldId')} label="Number field id" help="A custom field id like customfield_10016; checked when you save." />;
  }
  const none = siteChoices(options, 'numberField').length === 0;
  return (
    <SinglePicker
      path="capacity.field"
      kind="numberField"
      site={options}
      allowNone={false}
      label="Number field"
      help={none ? 'This site has no number custom field you can see: pick another choice, or create the field in Jira.' : 'The number custom fields of this site.'}
      value={draft.capacityFieldId}
      onChange={(v) => set('capacityFieldId', v)}
      error={err('capacity.field')}
      readOnly={readOnly}
    />
  );
};

export const CapacitySection = ({ options, defaults, ...props }: SectionProps & { options: SiteOptions | null; defaults: Settings }) => {
  const { draft, set, err, readOnly } = props;
  const custom = draft.capacityChoice === 'customField';
  // A capacity.field issue shows at the number field when that is chosen, else under the choices.
  const error = custom ? undefined : err('capacity.field');
  const errorId = `${fieldId(CHOICE_NAME)}-error`;
  const choose = (value: (typeof CAPACITY_CHOICES)[number]['value']) => {
    set('capacityChoice', value);
    // Choosing "a number field" with none chosen yet picks the site's first one, so the draft stays valid.
    const first = options === null ? undefined : siteChoices(options, 'numberField')[0];
    if (value === 'customField' && draft.capacityFieldId.trim() === '' && first !== undefined) set('capacityFieldId', first.value);
  };
  return (
    <Section title="Capacity" testId="settings-section-capacity">
      <Text as="p" size="small" color="color.text.subtle">
        What a work item costs: reports add up the sizes per verdict and say what share of the PI each verdict takes (“3 of 8 items, 41% of the PI’s points, only fit the next PI”). Items without a size are counted and named, never guessed.
      </Text>
      <fieldset id={fieldId(CHOICE_NAME)} data-testid={fieldId(CHOICE_NAME)} aria-describedby={error === undefined ? undefined : errorId} style={bareFieldset}>
        <legend style={legendStyle}>What sizes work items</legend>
        <Stack space="space.100">
          {CAPACITY_CHOICES.map((c) => (
            <Stack key={c.value} space="space.075">
              <label style={radioRow}>
                <input type="radio" name={CHOICE_NAME} value={c.value} checked={draft.capacityChoice === c.value} disabled={readOnly} onChange={() => choose(c.value)} data-testid={`capacity-choice-${c.value}`} />
                <span>
                  <strong>{c.label}</strong>
                  {c.value === capacityChoiceOf(defaults.capacity.field) ? ' (default)' : ''}: {c.help}
                </span>
              </label>
              {c.value === 'customField' && custom ? (
                <div style={{ paddingInlineStart: '1.5rem' }}>
                  <NumberFieldControl {...props} options={options} />
                </div>
              ) : null}
            </Stack>
          ))}
        </Stack>
        {error === undefined ? null : (
          <Text as="p" color="color.text.danger" id={errorId} testId="field-error-capacity.field">
            {error}
          </Text>
        )}
      </fieldset>
    </Section>
  );
};

export const TrendSection = ({ defaults, text }: SectionProps & { defaults: Settings }) => (
  <Section title="Trend" testId="settings-section-trend">
    <TextSetting
      {...text('trend.pis', 'trendPis')}
      type="number"
      label="PIs before the current one"
      help={withDefault('How far back the trend across PIs looks (1–12); it shows these PIs, the current one and the next.', defaults.trend.pis)}
    />
  </Section>
);

export const CandidatesSection = ({ defaults, text, draft }: SectionProps & { defaults: Settings }) => {
  const range = swapRangeWords(draft.swapRatio);
  const example = swapExample(draft.swapRatio);
  return (
    <Section title="Better candidates" testId="settings-section-candidates">
      <Text as="p" size="small" color="color.text.subtle">
        Aligned work items of the same scope that wait outside the next PI (a live objective and fresh field evidence). Reports list them as “Waiting outside the PI”, and offer those of similar size as swaps for each gravity item.
      </Text>
      <TextSetting
        {...text('candidates.swapRatio', 'swapRatio')}
        type="number"
        step={0.5}
        label="Swap size ratio"
        help={withDefault(
          `A candidate can replace a gravity item when their sizes are within this ratio (1–10)${range === null ? '' : `: with ${draft.swapRatio.trim()}, ${range}`}.${example === null ? '' : ` ${example}`} When items are counted, any size matches.`,
          defaults.candidates.swapRatio,
        )}
      />
      <TextSetting
        {...text('candidates.limit', 'candidateLimit')}
        type="number"
        label="Candidates listed at most"
        help={withDefault('How many waiting candidates a report lists, best first (1–50).', defaults.candidates.limit)}
      />
    </Section>
  );
};
