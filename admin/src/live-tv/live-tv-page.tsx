/**
 * `/admin/live-tv/:edition` (editors and admins): the edition's live stream
 * (its HLS playlist address) and the programme schedule of one day, in the
 * edition's own time zone. One form adds a programme or edits the one picked
 * in the table; a programme that overlaps another is refused by the server,
 * whose message names the programme it clashes with. The public live-TV page
 * follows every change at once.
 */
import { EditionPicker } from '../lib/edition-picker.js';
import { useEffect, useState, type FormEvent } from 'react';
import { zonedClock, zonedInstant, type BroadcastSlot } from '../../../src/domain/live-tv.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { navigate } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';
import { useReference } from '../session/reference-context.js';
import { liveTvApi, type LiveTvResponse } from './live-tv-api.js';
import './live-tv.css';

interface SlotForm {
  id: number | null;
  title: string;
  description: string;
  start: string;
  end: string;
}

const EMPTY_FORM: SlotForm = { id: null, title: '', description: '', start: '', end: '' };

/** The day after `date` (YYYY-MM-DD), for a programme ending after midnight. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function LiveTvPage({ editionCode }: { editionCode: string | null }) {
  const reference = useReference();
  const code = editionCode ?? reference.editions[0]?.code ?? '';
  const edition = reference.editions.find((e) => e.code === code);
  useTitle(`Live TV${edition ? ` · ${edition.name}` : ''}`);
  const [date, setDate] = useState<string | null>(null);
  const [data, setData] = useState<LiveTvResponse | null>(null);
  const [stream, setStream] = useState({ hlsUrl: '', title: '' });
  const [form, setForm] = useState<SlotForm>(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!code) return;
    const controller = new AbortController();
    liveTvApi.get(code, date, controller.signal).then(
      (r) => {
        setData(r);
        if (reload === 0 || date === null) setStream({ hlsUrl: r.stream?.hlsUrl ?? '', title: r.stream?.title ?? '' });
      },
      (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)),
    );
    return () => controller.abort();
  }, [code, date, reload]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await work();
      setStatus(done);
      setReload((n) => n + 1);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const saveStream = (event: FormEvent) => {
    event.preventDefault();
    void run(() => liveTvApi.saveStream(code, stream), 'Stream saved.');
  };

  const saveSlot = async (event: FormEvent) => {
    event.preventDefault();
    if (!data) return;
    const day = data.day.date;
    let slot;
    try {
      const startsAt = zonedInstant(day, form.start, data.timeZone);
      // An end at or before the start is read as the next day (a late show running past midnight).
      const endDay = form.end <= form.start ? nextDate(day) : day;
      slot = { title: form.title, description: form.description, startsAt, endsAt: zonedInstant(endDay, form.end, data.timeZone) };
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    const id = form.id;
    const saved = await run(
      () => (id === null ? liveTvApi.addSlot(code, slot) : liveTvApi.updateSlot(code, id, slot)),
      id === null ? `Added “${form.title}”.` : `Saved “${form.title}”.`,
    );
    if (saved) setForm(EMPTY_FORM);
  };

  const edit = (slot: BroadcastSlot) => {
    if (!data) return;
    setForm({ id: slot.id, title: slot.title, description: slot.description, start: zonedClock(slot.startsAt, data.timeZone), end: zonedClock(slot.endsAt, data.timeZone) });
  };

  const remove = (slot: BroadcastSlot) => {
    if (window.confirm(`Delete “${slot.title}” from the schedule?`)) void run(() => liveTvApi.removeSlot(code, slot.id), `Deleted “${slot.title}”.`);
  };

  const clock = (iso: string) => (data ? zonedClock(iso, data.timeZone) : '');

  return (
    <section className="page live-tv">
      <div className="page__header">
        <h1>Live TV</h1>
        <EditionPicker id="live-tv-edition" editions={reference.editions} value={code} onPick={(edition) => navigate(`/admin/live-tv/${edition}`)} />
      </div>
      <p className="hint">
        The stream and programmes on the <a href={`/${code}/live-tv/`} target="_blank" rel="noreferrer">{edition?.name ?? code} live TV page</a>.
        {data && <> Times are in the edition's time zone, <strong>{data.timeZone}</strong>.</>}
      </p>
      {!data ? (
        error ? <ErrorAlert message={error} onDismiss={() => setError(null)} /> : <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <form className="live-tv__stream" onSubmit={saveStream} aria-labelledby="live-tv-stream-heading">
            <h2 id="live-tv-stream-heading">Stream</h2>
            <div className="field field--grow">
              <label htmlFor="live-tv-url">HLS playlist (.m3u8)</label>
              <input id="live-tv-url" dir="ltr" required maxLength={2000} value={stream.hlsUrl} placeholder="https://…/live.m3u8"
                onChange={(e) => setStream({ ...stream, hlsUrl: e.target.value })} />
            </div>
            <div className="field field--grow">
              <label htmlFor="live-tv-title">Channel name</label>
              <input id="live-tv-title" lang={edition?.lang} dir={edition?.dir} maxLength={200} value={stream.title}
                onChange={(e) => setStream({ ...stream, title: e.target.value })} />
            </div>
            <button type="submit" className="button button--primary" disabled={busy}>
              Save stream
            </button>
          </form>

          {/* Errors and confirmations sit between the two forms, next to whichever was used. */}
          <ErrorAlert message={error} onDismiss={() => setError(null)} />
          <StatusLine testId="live-tv-status">{status}</StatusLine>
          <h2>Schedule</h2>
          <div className="field field--inline">
            <label htmlFor="live-tv-day">Day</label>
            <input id="live-tv-day" type="date" required value={data.day.date} onChange={(e) => e.target.value && setDate(e.target.value)} />
          </div>
          <form className="live-tv__slot" onSubmit={(e) => void saveSlot(e)} aria-labelledby="live-tv-slot-heading">
            <h3 id="live-tv-slot-heading">{form.id === null ? 'Add a programme' : `Edit “${form.title}”`}</h3>
            <div className="field">
              <label htmlFor="slot-start">Start</label>
              <input id="slot-start" type="time" required value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="slot-end">End</label>
              <input id="slot-end" type="time" required value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
            </div>
            <div className="field field--grow">
              <label htmlFor="slot-title">Title</label>
              <input id="slot-title" lang={edition?.lang} dir={edition?.dir} required maxLength={200} value={form.title}
                onChange={(e) => setForm({ ...form, title: e.target.value })} />
            </div>
            <div className="field field--wide">
              <label htmlFor="slot-description">Description</label>
              <textarea id="slot-description" lang={edition?.lang} dir={edition?.dir} maxLength={2000} rows={2} value={form.description}
                onChange={(e) => setForm({ ...form, description: e.target.value })} />
            </div>
            <div className="live-tv__slot-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {form.id === null ? 'Add programme' : 'Save programme'}
              </button>
              {form.id !== null && (
                <button type="button" className="button" onClick={() => setForm(EMPTY_FORM)}>
                  Cancel
                </button>
              )}
            </div>
          </form>
          {data.slots.length === 0 ? (
            <p>No programmes on this day yet.</p>
          ) : (
            <table className="table table--stack live-tv__table">
              <thead>
                <tr>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col">Programme</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.slots.map((slot) => (
                  <tr key={slot.id} data-testid="live-tv-slot">
                    <td data-label="Start">{clock(slot.startsAt)}</td>
                    <td data-label="End">{clock(slot.endsAt)}</td>
                    <td data-label="Programme" lang={edition?.lang} dir={edition?.dir}>
                      <strong>{slot.title}</strong>
                      {slot.description && <div className="hint">{slot.description}</div>}
                    </td>
                    <td className="live-tv__actions">
                      <button type="button" className="button button--small" onClick={() => edit(slot)}>
                        Edit<span className="visually-hidden"> {slot.title}</span>
                      </button>
                      <button type="button" className="button button--small button--danger" onClick={() => remove(slot)} disabled={busy}>
                        Delete<span className="visually-hidden"> {slot.title}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

        </>
      )}
    </section>
  );
}
