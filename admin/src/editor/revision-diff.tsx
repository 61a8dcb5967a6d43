/**
 * A readable diff between two revisions: per field, inserted text in <ins>, removed text in <del>,
 * with a note when the server compared a field more coarsely than word by word.
 */
import type { RevisionDiff } from '../../../src/api/admin/contract.js';

export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  if (diff.fields.length === 0) return <p>No differences between revision {diff.from} and {diff.to}.</p>;
  return (
    <div className="diff" data-testid="revision-diff">
      <h3>
        Changes from revision {diff.from} to {diff.to}
      </h3>
      {diff.fields.map((field) => (
        <section key={field.field} className="diff__field">
          <h4>{field.field}</h4>
          {field.coarse && (
            <p className="hint" data-testid="diff-coarse">
              {field.coarse === 'paragraphs'
                ? 'Too large or too changed to compare word by word: changed paragraphs are shown whole.'
                : 'Too large or too changed to compare word by word: showing the whole old and new text.'}
            </p>
          )}
          <p className="diff__text">
            {field.changes.length > 0
              ? field.changes.map((change, index) =>
                  change.op === 'insert' ? (
                    <ins key={index}>{change.text}</ins>
                  ) : change.op === 'delete' ? (
                    <del key={index}>{change.text}</del>
                  ) : (
                    <span key={index}>{change.text}</span>
                  ),
                )
              : (
                  <>
                    <del>{field.before}</del> <ins>{field.after}</ins>
                  </>
                )}
          </p>
        </section>
      ))}
    </div>
  );
}
