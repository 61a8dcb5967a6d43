/**
 * `/admin/footer/:edition` (admins): the links in the edition's page footer —
 * imprint, privacy notice, contact and any others — each with a label in the
 * edition's language and a target (a path on the site, an https address or
 * mailto:). The links to the other language sites are added by the site itself.
 * Saving replaces the edition's list; the public pages follow at once.
 */
import { EditionPicker } from '../lib/edition-picker.js';
import { useEffect, useState, type FormEvent } from 'react';
import { FOOTER_LINK_KINDS, MAX_FOOTER_LINKS, type FooterLink, type FooterLinkKind } from '../../../src/domain/edition-footer.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { navigate } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';
import { useReference } from '../session/reference-context.js';
import { footerApi } from './footer-api.js';
import './footer.css';

const KIND_LABELS: Record<FooterLinkKind, string> = { imprint: 'Imprint', privacy: 'Privacy', contact: 'Contact', other: 'Other' };

export function FooterPage({ editionCode }: { editionCode: string | null }) {
  const reference = useReference();
  const code = editionCode ?? reference.editions[0]?.code ?? '';
  const edition = reference.editions.find((e) => e.code === code);
  useTitle(`Footer${edition ? ` · ${edition.name}` : ''}`);
  const [links, setLinks] = useState<FooterLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!code) return;
    const controller = new AbortController();
    setLinks(null);
    setError(null);
    footerApi.get(code, controller.signal).then(
      (r) => setLinks(r.links),
      (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)),
    );
    return () => controller.abort();
  }, [code]);

  const change = (index: number, patch: Partial<FooterLink>) =>
    setLinks((current) => current && current.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  const remove = (index: number) => setLinks((current) => current && current.filter((_, i) => i !== index));
  const add = () => setLinks((current) => current && [...current, { kind: 'other', label: '', href: '' }]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!links) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      setLinks((await footerApi.save(code, links)).links);
      setStatus(`Saved. The ${edition?.name ?? code} pages show the new footer now.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page footer-links">
      <div className="page__header">
        <h1>Footer</h1>
        <EditionPicker id="footer-edition" editions={reference.editions} value={code} onPick={(edition) => navigate(`/admin/footer/${edition}`)} />
      </div>
      <p className="hint">
        The imprint, privacy and contact links at the foot of every page of the{' '}
        <a href={`/${code}/`} target="_blank" rel="noreferrer">{edition?.name ?? code} site</a>. Write the labels in the edition's language. A target is
        a path on this site (<code>/{code}/…</code>), an https address or <code>mailto:</code>. Links to the other language sites are added automatically.
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {!links ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : (
        <form onSubmit={(e) => void save(e)}>
          <ol className="footer-links__list">
            {links.map((link, index) => (
              <li key={index} className="footer-links__row">
                <fieldset>
                  <legend>Link {index + 1}</legend>
                  <div className="field">
                    <label htmlFor={`footer-kind-${index}`}>Kind</label>
                    <select id={`footer-kind-${index}`} value={link.kind} onChange={(e) => change(index, { kind: e.target.value as FooterLinkKind })}>
                      {FOOTER_LINK_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {KIND_LABELS[kind]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field field--grow">
                    <label htmlFor={`footer-label-${index}`}>Label</label>
                    <input id={`footer-label-${index}`} lang={edition?.lang} dir={edition?.dir} required maxLength={80} value={link.label}
                      onChange={(e) => change(index, { label: e.target.value })} />
                  </div>
                  <div className="field field--grow">
                    <label htmlFor={`footer-href-${index}`}>Target</label>
                    <input id={`footer-href-${index}`} dir="ltr" required maxLength={500} value={link.href}
                      onChange={(e) => change(index, { href: e.target.value })} />
                  </div>
                  <button type="button" className="button button--small button--danger" onClick={() => remove(index)}>
                    Remove link {index + 1}
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          <div className="footer-links__actions">
            <button type="button" className="button" onClick={add} disabled={links.length >= MAX_FOOTER_LINKS}>
              Add a link
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              Save footer
            </button>
          </div>
          <StatusLine testId="footer-status">{status}</StatusLine>
        </form>
      )}
    </section>
  );
}
