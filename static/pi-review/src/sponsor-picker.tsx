import { token } from '@atlaskit/tokens';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../../src/shared/decision';
import { call } from '../../common/client';
import { fieldStyle } from './field-style';

const DEBOUNCE_MS = 250;


/** Type-ahead over searchUsers: a combobox with a listbox the arrow keys and Enter select from. */
export const SponsorPicker = ({ value, onChange, error }: { value: Person | null; onChange: (p: Person | null) => void; error: string | undefined }) => {
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<readonly Person[]>([]);
  const [active, setActive] = useState(0);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setOptions([]);
      setNote(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void call('searchUsers', { query: q }).then((o) => {
        if (!live) return;
        if (o.ok) {
          setOptions(o.data.users);
          setActive(0);
          setNote(o.data.users.length === 0 ? `No one matches "${q}".` : null);
        } else setNote(o.error.message);
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const choose = (p: Person) => {
    onChange(p);
    setQuery('');
    setOptions([]);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    if (e.key === 'ArrowDown') setActive((a) => (a + 1) % options.length);
    else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + options.length) % options.length);
    else if (e.key === 'Enter') {
      const p = options[active];
      if (p !== undefined) choose(p);
    } else if (e.key === 'Escape') setOptions([]);
    else return;
    e.preventDefault();
  };
  const listId = `${id}-list`;
  return (
    <div>
      <label htmlFor={id} style={{ font: token('font.body.small'), fontWeight: token('font.weight.bold'), color: token('color.text.subtle') }}>
        Sponsor *
      </label>
      {value === null ? null : (
        <div data-testid="sponsor-chosen" style={{ margin: `${token('space.050')} 0`, color: token('color.text') }}>
          {value.displayName}{' '}
          <button type="button" onClick={() => onChange(null)} aria-label={`Remove ${value.displayName} as sponsor`}>
            Change
          </button>
        </div>
      )}
      <input
        id={id}
        data-testid="sponsor-input"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? `${listId}-${active}` : undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        placeholder="Type part of a name"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKey}
        style={fieldStyle}
      />
      <ul id={listId} role="listbox" aria-label="People" style={{ listStyle: 'none', margin: 0, padding: 0, border: options.length > 0 ? `1px solid ${token('color.border')}` : 'none' }}>
        {options.map((p, i) => (
          <li
            key={p.accountId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="sponsor-option"
            onMouseDown={(e) => {
              e.preventDefault();
              choose(p);
            }}
            style={{ padding: token('space.075'), cursor: 'pointer', color: token('color.text'), background: i === active ? token('color.background.selected') : token('elevation.surface.overlay') }}
          >
            {p.displayName}
          </li>
        ))}
      </ul>
      {note === null ? null : <div style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>{note}</div>}
      {error === undefined ? null : (
        <div id={`${id}-error`} data-testid="field-error-sponsorAccountId" style={{ color: token('color.text.danger'), font: token('font.body.small') }}>
          {error}
        </div>
      )}
    </div>
  );
};
