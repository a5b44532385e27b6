import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { AppError } from '../../../../shared/api-error';
import { Button } from '../../ui/Button';
import { SignInError } from './SignInError';
import './sign-in.css';

interface CredentialsFormProps {
  /** Prefix of the fields' ids, so two forms never share one (the reauth prompt focuses `#<prefix>-token`). */
  idPrefix: string;
  initialBaseUrl: string;
  /** Another request is under way: the fields are locked. */
  locked: boolean;
  /** This form's request is under way: its button spins. */
  submitting: boolean;
  error: AppError | null;
  submitLabel: string;
  /** Also asks for a label (adding an account); its hint names the fallback. */
  withLabel?: boolean;
  onSubmit: (baseUrl: string, token: string, label: string) => Promise<unknown>;
  /** Shown beside the submit button (e.g. Cancel). */
  secondary?: ReactNode;
}

/**
 * Base URL, token (and a label when adding an account). The token field is uncontrolled and
 * emptied as soon as main has answered: the token never enters React state or the store, only
 * the one IPC request. Main validates all of it; its message shows above the button.
 */
export function CredentialsForm({ idPrefix, initialBaseUrl, locked, submitting, error, submitLabel, withLabel, onSubmit, secondary }: CredentialsFormProps) {
  const [baseUrl, setBaseUrl] = useState(initialBaseUrl);
  const [label, setLabel] = useState('');
  const tokenRef = useRef<HTMLInputElement>(null);
  const urlProblem = error?.kind === 'badRequest' && !/token|label/i.test(error.message);
  const labelProblem = error?.kind === 'badRequest' && /label/i.test(error.message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = tokenRef.current;
    if (!input || locked) return;
    const token = input.value;
    try {
      await onSubmit(baseUrl, token, label);
    } finally {
      input.value = '';
    }
  };

  const submitButton = (
    <Button type="submit" variant="primary" busy={submitting} disabled={locked} className={secondary ? undefined : 'sign-in-submit'}>
      {submitLabel}
    </Button>
  );

  return (
    <form className="sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-url`}>
          API base URL
        </label>
        <input
          id={`${idPrefix}-url`}
          className="input"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://api.example.com"
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
          aria-invalid={urlProblem || undefined}
          disabled={locked}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-token`}>
          API token
        </label>
        <input
          id={`${idPrefix}-token`}
          ref={tokenRef}
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="Paste your token"
          disabled={locked}
          aria-describedby={`${idPrefix}-token-hint`}
        />
        <span id={`${idPrefix}-token-hint`} className="field-hint">
          Kept in your system keychain, never written to disk.
        </span>
      </div>
      {withLabel ? (
        <div className="field">
          <label className="field-label" htmlFor={`${idPrefix}-label`}>
            Label <span className="field-optional">(optional)</span>
          </label>
          <input
            id={`${idPrefix}-label`}
            className="input"
            type="text"
            autoComplete="off"
            placeholder="e.g. Acme production"
            maxLength={80}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            aria-invalid={labelProblem || undefined}
            aria-describedby={`${idPrefix}-label-hint`}
            disabled={locked}
          />
          <span id={`${idPrefix}-label-hint`} className="field-hint">
            How the account menu names it. Left empty, the API&apos;s host.
          </span>
        </div>
      ) : null}
      {error ? <SignInError error={error} /> : null}
      {secondary ? (
        <div className="dialog-actions">
          {secondary}
          {submitButton}
        </div>
      ) : (
        submitButton
      )}
    </form>
  );
}
