import type { AppError } from '../../../../shared/api-error';
import { Icon } from '../../ui/Icon';
import { errorCopy, errorDetails } from '../errors/error-copy';
import './sign-in.css';

/** Why signing in did not work, right above the button that tries again. */
export function SignInError({ error }: { error: AppError }) {
  const copy = errorCopy(error, 'signIn');
  const details = errorDetails(error);
  return (
    <div className={`sign-in-error tone-border-${copy.tone}`} role="alert" data-error-kind={error.kind}>
      <Icon name={copy.icon} className={`sign-in-error-icon text-${copy.tone}`} />
      <div>
        <p className="sign-in-error-title">{copy.title}</p>
        <p className="sign-in-error-body">{copy.body}</p>
        {error.kind === 'keychain' ? (
          <p className="sign-in-error-body">
            ICP Desk keeps tokens only in the keychain, so it cannot sign in until the keychain works. The demo data needs no token.
          </p>
        ) : null}
        {details ? <p className="sign-in-error-details">{details}</p> : null}
      </div>
    </div>
  );
}
