/**
 * The users screen's dialogs: a new account (email, name, role, editions,
 * first password), a change of name/role/editions, and a password reset. The
 * password rule is shown beside the field; the server's refusal is shown in
 * the dialog, which stays open.
 */
import { useEffect, useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../src/domain/password-policy.js';
import { ROLES, type Role } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { Dialog } from '../lib/dialog.js';
import { ROLE_LABELS } from '../session/session-context.js';
import { usersApi, type AdminUser } from './users-api.js';

export const PASSWORD_RULE = `At least ${PASSWORD_MIN_LENGTH} characters (at most ${PASSWORD_MAX_LENGTH}).`;

type Editions = { code: string; name: string }[];

function useSubmit(run: () => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, onSubmit: (e: FormEvent) => void submit(e) };
}

function Actions({ busy, label, error, onClose, testId }: { busy: boolean; label: string; error: string | null; onClose: () => void; testId: string }) {
  return (
    <>
      {error && (
        <p role="alert" className="error-text" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy} data-testid={`${testId}-submit`}>
          {busy ? 'Saving…' : label}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}

function RoleAndEditions({ role, setRole, editionCodes, setEditionCodes, editions, locked = false }: {
  role: Role; setRole: (r: Role) => void; editionCodes: string[]; setEditionCodes: (c: string[]) => void; editions: Editions; locked?: boolean;
}) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={role} disabled={locked} onChange={(e) => setRole(e.target.value as Role)} aria-describedby={`${id}-role-hint`}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <span id={`${id}-role-hint`} className="muted small">
          Reporters write; editors also publish and curate their editions; admins do everything, in every edition.
        </span>
      </div>
      <fieldset className="checkbox-list" disabled={locked || role === 'admin'}>
        <legend>Editions{role === 'admin' ? ' (admins work in all)' : ''}</legend>
        <ul className="checkbox-list__items">
          {editions.map((e) => (
            <li key={e.code}>
              <input
                type="checkbox"
                id={`${id}-edition-${e.code}`}
                checked={role === 'admin' || editionCodes.includes(e.code)}
                onChange={(ev) => setEditionCodes(ev.target.checked ? [...editionCodes, e.code] : editionCodes.filter((c) => c !== e.code))}
              />
              <label htmlFor={`${id}-edition-${e.code}`}>{e.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

function TextField({ label, hint, ...input }: { label: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
    </div>
  );
}

export function NewUserDialog({ open, editions, onClose, onSaved }: { open: boolean; editions: Editions; onClose: () => void; onSaved: (u: AdminUser) => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [editionCodes, setEditionCodes] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const form = useSubmit(async () => onSaved(await usersApi.create({ email: email.trim(), name: name.trim(), role, password, editionCodes: role === 'admin' ? [] : editionCodes })));
  useEffect(() => {
    if (!open) return;
    [setEmail, setName, setPassword].forEach((set) => set(''));
    setRole('reporter');
    setEditionCodes([]);
    form.setError(null);
  }, [open]);
  return (
    <Dialog open={open} title="New user" onClose={onClose} testId="new-user-dialog">
      <form onSubmit={form.onSubmit} className="structure__form">
        <TextField label="Email" type="email" required maxLength={200} value={email} autoComplete="off" onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextField label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <RoleAndEditions role={role} setRole={setRole} editionCodes={editionCodes} setEditionCodes={setEditionCodes} editions={editions} />
        <TextField label="Password" type="password" required autoComplete="new-password" value={password} hint={PASSWORD_RULE} onChange={(e) => setPassword(e.currentTarget.value)} />
        <Actions busy={form.busy} label="Create user" error={form.error} onClose={onClose} testId="new-user" />
      </form>
    </Dialog>
  );
}

export function EditUserDialog({ user, self, editions, onClose, onSaved }: {
  user: AdminUser | null; self: boolean; editions: Editions; onClose: () => void; onSaved: (u: AdminUser) => Promise<void>;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [editionCodes, setEditionCodes] = useState<string[]>([]);
  const form = useSubmit(async () => {
    if (!user) return;
    await onSaved(await usersApi.update(user.id, { name: name.trim(), ...(self ? {} : { role, ...(role === 'admin' ? {} : { editionCodes }) }) }));
  });
  useEffect(() => {
    if (!user) return;
    setName(user.name);
    setRole(user.role);
    setEditionCodes(user.editionCodes);
    form.setError(null);
  }, [user]);
  return (
    <Dialog open={user !== null} title={user ? `Change ${user.name}` : 'Change user'} onClose={onClose} testId="edit-user-dialog">
      <form onSubmit={form.onSubmit} className="structure__form">
        <TextField label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        {self ? (
          <p className="muted small">You cannot change your own role; ask another admin.</p>
        ) : null}
        <RoleAndEditions role={role} setRole={setRole} editionCodes={editionCodes} setEditionCodes={setEditionCodes} editions={editions} locked={self} />
        <Actions busy={form.busy} label="Save user" error={form.error} onClose={onClose} testId="edit-user" />
      </form>
    </Dialog>
  );
}

export function ResetPasswordDialog({ user, onClose, onSaved }: { user: AdminUser | null; onClose: () => void; onSaved: (u: AdminUser) => Promise<void> }) {
  const [password, setPassword] = useState('');
  const form = useSubmit(async () => {
    if (user) await onSaved(await usersApi.update(user.id, { password }));
  });
  useEffect(() => {
    setPassword('');
    form.setError(null);
  }, [user]);
  return (
    <Dialog open={user !== null} title={user ? `New password for ${user.name}` : 'New password'} onClose={onClose} testId="reset-password-dialog">
      <form onSubmit={form.onSubmit} className="structure__form">
        <TextField label="New password" type="password" required autoComplete="new-password" value={password} hint={PASSWORD_RULE} onChange={(e) => setPassword(e.currentTarget.value)} />
        <p className="muted small">Saving signs the user out everywhere. Tell them the new password in person or by another channel; Herald does not send it.</p>
        <Actions busy={form.busy} label="Set password" error={form.error} onClose={onClose} testId="reset-password" />
      </form>
    </Dialog>
  );
}
