/**
 * The sections of one edition as the menu shows them: top-level sections,
 * each with its subsections (one level deep). Everyone here orders them
 * (Up/Down among siblings, then save); admins also create, rename, describe
 * and nest them (SectionDialog).
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { formatClock } from '../lib/time.js';
import { SectionDialog } from './section-dialog.js';
import type { ScreenProps } from './structure-page.js';
import { flattenTree, moveBy, sectionTree, structureApi, type StructureSection } from './structure-api.js';

type Editing = { kind: 'new' } | { kind: 'edit'; section: StructureSection } | null;

export function SectionsScreen({ data, reload, editionCode, isAdmin }: ScreenProps & { editionCode: string }) {
  const sections = data.sections.filter((s) => s.editionCode === editionCode);
  const [tree, setTree] = useState(() => sectionTree(sections));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const edition = data.editions.find((e) => e.code === editionCode);

  // A save or an edit reloads the data: show the order the server kept.
  useEffect(() => {
    setTree(sectionTree(data.sections.filter((s) => s.editionCode === editionCode)));
    setDirty(false);
  }, [data, editionCode]);

  const change = (next: typeof tree) => {
    setTree(next);
    setDirty(true);
    setStatus('');
  };
  const saveOrder = async () => {
    setBusy(true);
    setError(null);
    try {
      await structureApi.setSectionOrder(editionCode, flattenTree(tree));
      await reload();
      setStatus(`Order saved at ${formatClock(new Date())}. The menu shows it now.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const moveButtons = (label: string, index: number, count: number, move: (by: -1 | 1) => void) =>
    ([-1, 1] as const).map((by) => (
      <button
        key={by}
        type="button"
        className="button button--small"
        disabled={by === -1 ? index === 0 : index === count - 1}
        aria-label={`Move “${label}” ${by === -1 ? 'up' : 'down'}`}
        onClick={() => move(by)}
      >
        {by === -1 ? '↑ Up' : '↓ Down'}
      </button>
    ));
  const editButton = (section: StructureSection) =>
    isAdmin && (
      <button type="button" className="button button--small" aria-label={`Edit “${section.name}”`} onClick={() => setEditing({ kind: 'edit', section })}>
        Edit…
      </button>
    );

  return (
    <div className="structure__screen" data-testid="sections-screen">
      <p className="hint">
        The menu of the <a href={`/${editionCode}/`} target="_blank" rel="noreferrer">{edition?.name ?? editionCode} site</a> and the blocks of its home page
        follow this order. {isAdmin ? 'Sections nest one level deep; moving a section moves the addresses of its articles.' : 'Admins create, rename and nest sections.'}
      </p>
      {isAdmin && (
        <div className="row structure__toolbar">
          <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })} data-testid="new-section">
            New section…
          </button>
        </div>
      )}
      {tree.length === 0 && <p className="muted">This edition has no sections yet.</p>}
      <ol className="structure__list structure__tree" data-testid="section-tree" dir={edition?.dir}>
        {tree.map((node, index) => (
          <li key={node.section.id} data-testid={`section-${node.section.id}`}>
            <div className="structure__item">
              <span className="structure__name">
                {node.section.name} <span className="muted small" dir="ltr">/{node.section.path}</span>
              </span>
              <span className="structure__actions" dir="ltr">
                {moveButtons(node.section.name, index, tree.length, (by) => change(moveBy(tree, index, by)))}
                {editButton(node.section)}
              </span>
            </div>
            {node.children.length > 0 && (
              <ol className="structure__list structure__children" aria-label={`Subsections of ${node.section.name}`}>
                {node.children.map((child, childIndex) => (
                  <li key={child.id} className="structure__item" data-testid={`section-${child.id}`}>
                    <span className="structure__name">
                      {child.name} <span className="muted small" dir="ltr">/{child.path}</span>
                    </span>
                    <span className="structure__actions" dir="ltr">
                      {moveButtons(child.name, childIndex, node.children.length, (by) =>
                        change(tree.map((n, i) => (i === index ? { ...n, children: moveBy(n.children, childIndex, by) } : n))),
                      )}
                      {editButton(child)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <ErrorAlert message={error} testId="sections-error" onDismiss={() => setError(null)} />
      <div className="row structure__save">
        <button type="button" className="button button--primary" disabled={busy || !dirty} onClick={() => void saveOrder()} data-testid="save-section-order">
          {busy ? 'Saving…' : 'Save order'}
        </button>
        {dirty && <span className="muted small">Unsaved order</span>}
        <StatusLine testId="sections-status">{status}</StatusLine>
      </div>
      {isAdmin && (
        <SectionDialog
          editing={editing}
          editionCode={editionCode}
          sections={sections}
          onClose={() => setEditing(null)}
          onSaved={async (message) => {
            setEditing(null);
            await reload();
            setStatus(message);
          }}
        />
      )}
    </div>
  );
}
