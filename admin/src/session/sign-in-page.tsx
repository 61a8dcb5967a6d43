/** The sign-in form (`POST /api/admin/session`). */
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert } from '../lib/alerts.js';
import { useTitle } from '../lib/use-title.js';
import { useSession } from './session-context.js';

export function SignInPage({ notice }: { notice: string | null }) {
  useTitle('Sign in');
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <form className="sign-in__form card" onSubmit={submit} data-testid="sign-in-form" aria-describedby="sign-in-notice">
        <h1>Sign in to Herald</h1>
        <p id="sign-in-notice" className="muted" role="status">
          {notice}
        </p>
        <ErrorAlert message={error} />
        <div className="field">
          <label htmlFor="sign-in-email">Email</label>
          <input id="sign-in-email" data-testid="sign-in-email" type="email" autoComplete="username" required value={email}
            onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input id="sign-in-password" data-testid="sign-in-password" type="password" autoComplete="current-password" required
            value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" data-testid="sign-in-submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
