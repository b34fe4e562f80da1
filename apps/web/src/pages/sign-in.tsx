import { useEffect, useState } from 'preact/hooks';
import { ProblemAlert } from '../components/feedback.js';
import { LanguageSwitch, PageTitle } from '../components/layout.js';
import { useCommand } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { beginOidcSignIn, completeOidcSignIn, signInWithToken, type Me, type UiConfig } from '../session.js';

export function SignIn({ config, onSignedIn }: { config: UiConfig; onSignedIn(me: Me): void }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const command = useCommand();
  const submit = async (e: Event) => {
    e.preventDefault();
    const me = await command.run(() => signInWithToken(token.trim()));
    if (me) onSignedIn(me);
  };
  return (
    <main id="main" class="sign-in">
      <div class="sign-in-lang">
        <LanguageSwitch />
      </div>
      <PageTitle title={t('signIn.title')}>{t('app.name')}</PageTitle>
      <p class="lead">{t('signIn.lead')}</p>
      {config.oidc ? (
        <section aria-labelledby="oidc-heading" class="card">
          <h2 id="oidc-heading">{t('signIn.oidc')}</h2>
          <button type="button" class="primary" disabled={command.busy} onClick={() => command.run(() => beginOidcSignIn(config.oidc!))}>
            {t('signIn.oidcButton')}
          </button>
        </section>
      ) : null}
      <section aria-labelledby="token-heading" class="card">
        <h2 id="token-heading">{t('signIn.token')}</h2>
        <form onSubmit={submit}>
          <label for="token">{t('signIn.tokenLabel')}</label>
          <input id="token" name="token" type="password" autoComplete="off" required value={token} onInput={(e) => setToken(e.currentTarget.value)} aria-describedby="token-help" />
          <p id="token-help" class="hint">
            {t('signIn.tokenHelp')}
          </p>
          <button type="submit" class="primary" disabled={command.busy}>
            {t('signIn.submit')}
          </button>
        </form>
      </section>
      <ProblemAlert error={command.error} />
    </main>
  );
}

export function OidcCallback({ config, onSignedIn }: { config: UiConfig; onSignedIn(me: Me): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!config.oidc) return setError(new Error('OpenID Connect is not configured'));
    completeOidcSignIn(config.oidc).then(onSignedIn, setError);
  }, []);
  return (
    <main id="main" class="sign-in">
      <h1>{t('signIn.title')}</h1>
      {error ? (
        <>
          <ProblemAlert error={error} />
          <a href="/app/sign-in">{t('signIn.again')}</a>
        </>
      ) : (
        <p role="status">{t('signIn.completing')}</p>
      )}
    </main>
  );
}
