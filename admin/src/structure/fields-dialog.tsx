/**
 * A dialog with a small labelled form, for the simple structure records
 * (topics, authors, agencies): text, long text or a choice per field. The
 * server's refusal (a taken slug, a bad initial) is shown inside the dialog,
 * next to the form, and the dialog stays open.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client.js';
import { Dialog } from '../lib/dialog.js';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select';
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  maxLength?: number;
  dir?: 'ltr' | 'rtl' | 'auto';
}

export type FieldValues = Record<string, string>;

export function FieldsDialog({ open, title, fields, initial, submitLabel, onClose, onSubmit, testId }: {
  open: boolean;
  title: string;
  fields: FieldSpec[];
  initial: FieldValues;
  submitLabel: string;
  onClose: () => void;
  /** Throws to keep the dialog open with the error shown. */
  onSubmit: (values: FieldValues) => Promise<void>;
  testId?: string;
}) {
  const id = useId();
  const [values, setValues] = useState<FieldValues>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setValues(initial);
    setError(null);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <Dialog open={open} title={title} onClose={onClose} testId={testId}>
      <form onSubmit={(e) => void submit(e)} className="structure__form">
        {fields.map((f) => {
          const inputId = `${id}-${f.name}`;
          const hintId = f.hint ? `${inputId}-hint` : undefined;
          const common = { id: inputId, name: f.name, required: f.required, 'aria-describedby': hintId, value: values[f.name] ?? '' };
          return (
            <div className="field" key={f.name}>
              <label htmlFor={inputId}>{f.label}</label>
              {f.kind === 'textarea' ? (
                <textarea {...common} rows={4} maxLength={f.maxLength} dir={f.dir} onChange={(e) => set(f.name, e.target.value)} />
              ) : f.kind === 'select' ? (
                <select {...common} onChange={(e) => set(f.name, e.target.value)}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common} maxLength={f.maxLength} dir={f.dir} onChange={(e) => set(f.name, e.target.value)} />
              )}
              {f.hint && (
                <span id={hintId} className="muted small">
                  {f.hint}
                </span>
              )}
            </div>
          );
        })}
        {error && (
          <p role="alert" className="error-text" data-testid={testId ? `${testId}-error` : undefined}>
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : submitLabel}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
