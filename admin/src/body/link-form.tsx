/** Setting or removing the link on the selected text; only http(s), mailto and site-relative links. */
import type { Editor } from '@tiptap/react';
import { useId, useState, type FormEvent } from 'react';
import { isSafeHref, normalizeHref } from './doc-types.js';

export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId();
  const [href, setHref] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [error, setError] = useState<string | null>(null);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const value = normalizeHref(href);
    if (!value) return remove();
    if (!isSafeHref(value)) return setError('Links must start with https://, http://, mailto: or / (a page on this site).');
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    onDone();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  };
  return (
    <form className="link-form" onSubmit={apply} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onDone(), editor.commands.focus())}>
      <label htmlFor={`${id}-href`}>Link address</label>
      <input id={`${id}-href`} data-testid="link-href" autoFocus value={href} onChange={(e) => setHref(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} placeholder="https://" />
      <button type="submit" className="button button--small">Apply</button>
      <button type="button" className="button button--small button--quiet" onClick={remove}>Remove link</button>
      {error && (
        <span id={`${id}-error`} role="alert" className="error-text">
          {error}
        </span>
      )}
    </form>
  );
}
