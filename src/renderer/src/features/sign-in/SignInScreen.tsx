import { useAppStore } from '../../store/app-store';
import { signInDemo } from '../../store/session-actions';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { SignInForm } from './SignInForm';
import './sign-in.css';

/** The first screen: sign in with a base URL and token, or explore the demo workspace. */
export function SignInScreen() {
  const busy = useAppStore((state) => state.session.busy);
  return (
    <main className="sign-in-screen">
      <div className="sign-in-column">
        <div className="sign-in-brand">
          <span className="sign-in-logo" aria-hidden="true">
            <Icon name="target" size={22} />
          </span>
          <h1 className="sign-in-title">Sign in to ICP Desk</h1>
          <p className="sign-in-subtitle">Review your lead-generation Ideal Customer Profiles.</p>
        </div>
        <section className="sign-in-card" aria-label="Sign in">
          <SignInForm />
          <div className="sign-in-divider" role="separator">
            <span>or</span>
          </div>
          <Button
            variant="secondary"
            icon="sparkles"
            className="sign-in-demo"
            busy={busy === 'demo'}
            disabled={busy !== null}
            onClick={() => void signInDemo()}
          >
            Try demo data
          </Button>
          <p className="sign-in-demo-hint">Explore a sample workspace. No account needed.</p>
        </section>
      </div>
    </main>
  );
}
