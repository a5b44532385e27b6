import { useRef, useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { signIn } from '../../store/session-actions';
import { Button } from '../../ui/Button';
import { SignInError } from './SignInError';
import './sign-in.css';

/**
 * Base URL and token. The token field is uncontrolled and emptied as soon as main has answered:
 * the token never enters React state or the store, only the one IPC request.
 */
export function SignInForm({ submitLabel = 'Sign in' }: { submitLabel?: string }) {
  const session = useAppStore((state) => state.session);
  const [baseUrl, setBaseUrl] = useState(session.baseUrl ?? '');
  const tokenRef = useRef<HTMLInputElement>(null);
  const busy = session.busy !== null;
  const error = session.signInError;
  const urlProblem = error?.kind === 'badRequest' && !/token/i.test(error.message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = tokenRef.current;
    if (!input || busy) return;
    const token = input.value;
    try {
      await signIn(baseUrl, token);
    } finally {
      input.value = '';
    }
  };

  return (
    <form className="sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label className="field-label" htmlFor="sign-in-url">
          API base URL
        </label>
        <input
          id="sign-in-url"
          className="input"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://api.example.com"
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
          aria-invalid={urlProblem || undefined}
          disabled={busy}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="sign-in-token">
          API token
        </label>
        <input
          id="sign-in-token"
          ref={tokenRef}
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="Paste your token"
          disabled={busy}
          aria-describedby="sign-in-token-hint"
        />
        <span id="sign-in-token-hint" className="field-hint">
          Kept in your system keychain, never written to disk.
        </span>
      </div>
      {error ? <SignInError error={error} /> : null}
      <Button type="submit" variant="primary" busy={session.busy === 'signIn'} disabled={busy} className="sign-in-submit">
        {submitLabel}
      </Button>
    </form>
  );
}
