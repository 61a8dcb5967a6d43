/** A multi-select as a fieldset of checkboxes, with a filter box when the list is long. */
import { useId, useState } from 'react';

export interface Option {
  id: number;
  label: string;
  hint?: string;
}

export function CheckboxList({ legend, options, selected, onChange, testId, empty }: {
  legend: string;
  options: Option[];
  selected: number[];
  onChange: (ids: number[]) => void;
  testId?: string;
  empty?: string;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle ? options.filter((o) => o.label.toLocaleLowerCase().includes(needle) || selected.includes(o.id)) : options;
  const toggle = (optionId: number, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== optionId), optionId] : selected.filter((s) => s !== optionId));
  return (
    <fieldset className="checkbox-list" data-testid={testId}>
      <legend>{legend}</legend>
      {options.length > 8 && (
        <div className="field field--inline">
          <label htmlFor={`${id}-filter`}>Find</label>
          <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      )}
      {options.length === 0 && <p className="muted small">{empty ?? 'Nothing to choose from.'}</p>}
      <ul className="checkbox-list__items">
        {shown.map((o) => (
          <li key={o.id}>
            <input type="checkbox" id={`${id}-${o.id}`} checked={selected.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
            <label htmlFor={`${id}-${o.id}`}>
              {o.label}
              {o.hint && <span className="muted small"> {o.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
