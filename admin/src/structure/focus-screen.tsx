/**
 * "In focus" of one edition: the topics in the public bar under the menu, in
 * order. Pick from the edition's topics, order with Up/Down, save (editors of
 * the edition and admins). Moving keeps the keyboard on the moved topic.
 */
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { formatClock } from '../lib/time.js';
import type { ScreenProps } from './structure-page.js';
import { moveBy, structureApi } from './structure-api.js';

export function FocusScreen({ data, reload, editionCode }: ScreenProps & { editionCode: string }) {
  const topics = data.topics.filter((t) => t.editionCode === editionCode);
  const saved = topics.filter((t) => t.focusPosition !== null).sort((a, b) => a.focusPosition! - b.focusPosition!).map((t) => t.id);
  const [chosen, setChosen] = useState<number[]>(saved);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfter, setFocusAfter] = useState<{ id: number; by: -1 | 1 } | null>(null);
  const edition = data.editions.find((e) => e.code === editionCode);

  useEffect(() => {
    if (!focusAfter) return;
    const same = buttons.current.get(`${focusAfter.id}:${focusAfter.by}`);
    const other = buttons.current.get(`${focusAfter.id}:${-focusAfter.by}`);
    (same && !same.disabled ? same : other)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const change = (next: number[]) => {
    setChosen(next);
    setDirty(true);
    setStatus('');
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await structureApi.setFocus(editionCode, chosen);
      await reload();
      setDirty(false);
      setStatus(`Saved at ${formatClock(new Date())}. The public pages show it now.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const name = (id: number) => topics.find((t) => t.id === id)?.name ?? `Topic ${id}`;
  const available = topics.filter((t) => !chosen.includes(t.id)).sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="structure__screen" data-testid="focus-screen">
      <p className="hint">
        The topics shown as “In focus” under the menu of the <a href={`/${editionCode}/`} target="_blank" rel="noreferrer">{edition?.name ?? editionCode} site</a>, in
        this order. Topics are created under Topics (admins).
      </p>
      <div className="structure__columns">
        <section className="panel" aria-labelledby="focus-chosen-heading">
          <h2 id="focus-chosen-heading">In focus ({chosen.length})</h2>
          {chosen.length === 0 && <p className="muted">Nothing in focus: the bar is not shown.</p>}
          <ol className="structure__list" data-testid="focus-chosen" dir={edition?.dir}>
            {chosen.map((id, index) => (
              <li key={id} className="structure__item" data-testid={`focus-item-${id}`}>
                <span className="structure__name">{name(id)}</span>
                <span className="structure__actions" dir="ltr">
                  {([-1, 1] as const).map((by) => (
                    <button
                      key={by}
                      type="button"
                      className="button button--small"
                      ref={(el) => {
                        if (el) buttons.current.set(`${id}:${by}`, el);
                        else buttons.current.delete(`${id}:${by}`);
                      }}
                      disabled={by === -1 ? index === 0 : index === chosen.length - 1}
                      aria-label={`Move “${name(id)}” ${by === -1 ? 'up' : 'down'}`}
                      onClick={() => {
                        change(moveBy(chosen, index, by));
                        setFocusAfter({ id, by });
                      }}
                    >
                      {by === -1 ? '↑ Up' : '↓ Down'}
                    </button>
                  ))}
                  <button type="button" className="button button--small" aria-label={`Remove “${name(id)}” from In focus`} onClick={() => change(chosen.filter((c) => c !== id))}>
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section className="panel" aria-labelledby="focus-available-heading">
          <h2 id="focus-available-heading">Other topics</h2>
          {available.length === 0 && <p className="muted">Every topic of this edition is in focus.</p>}
          <ul className="structure__list" data-testid="focus-available" dir={edition?.dir}>
            {available.map((t) => (
              <li key={t.id} className="structure__item">
                <span className="structure__name">{t.name}</span>
                <span className="structure__actions" dir="ltr">
                  <button type="button" className="button button--small" aria-label={`Add “${t.name}” to In focus`} onClick={() => change([...chosen, t.id])}>
                    Add
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <ErrorAlert message={error} testId="focus-error" onDismiss={() => setError(null)} />
      <div className="row structure__save">
        <button type="button" className="button button--primary" disabled={busy || !dirty} onClick={() => void save()} data-testid="save-focus">
          {busy ? 'Saving…' : 'Save In focus'}
        </button>
        {dirty && <span className="muted small">Unsaved changes</span>}
        <StatusLine testId="focus-status">{status}</StatusLine>
      </div>
    </div>
  );
}
