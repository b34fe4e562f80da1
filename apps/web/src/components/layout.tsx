import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { isLive, onLiveStatus } from '../live.js';
import type { Me } from '../session.js';

const NAV: Record<Me['role'], { href: string; label: MessageKey }[]> = {
  project_office: [
    { href: '/app/portfolio', label: 'nav.portfolio' },
    { href: '/app/programs', label: 'nav.programs' },
    { href: '/app/tasks', label: 'nav.tasks' },
    { href: '/app/templates', label: 'nav.templates' },
    { href: '/app/people', label: 'nav.people' },
    { href: '/app/audit', label: 'nav.audit' },
  ],
  contact_person: [
    { href: '/app/tasks', label: 'nav.tasks' },
    { href: '/app/week', label: 'nav.week' },
    { href: '/app/programs', label: 'nav.programs' },
  ],
  manager: [
    { href: '/app/portfolio', label: 'nav.portfolio' },
    { href: '/app/programs', label: 'nav.programs' },
    { href: '/app/audit', label: 'nav.audit' },
  ],
  participant: [
    { href: '/app/tasks', label: 'nav.tasks' },
    { href: '/app/week', label: 'nav.week' },
  ],
};

export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" class="link-button" lang={other} onClick={() => setLang(other)}>
      {other === 'en' ? 'In English' : 'På svenska'}
    </button>
  );
}

/** Whether the pages follow changes as they happen (live) or by reading again every few seconds. */
function LiveStatus() {
  const { t } = useI18n();
  const [live, setLive] = useState(isLive());
  useEffect(() => onLiveStatus(setLive), []);
  return (
    <span class={live ? 'live-status live-on' : 'live-status'} data-testid="live-status" data-live={live} title={t(live ? 'live.onHint' : 'live.offHint')}>
      {t(live ? 'live.on' : 'live.off')}
    </span>
  );
}

/** The frame of every signed-in page: skip link, header with the role's navigation, language, sign-out. */
export function Layout({ me, onSignOut, children }: { me: Me; onSignOut(): void; children: ComponentChildren }) {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="site-header">
        <div class="brand">
          <a href="/app/">{t('app.name')}</a>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV[me.role].map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span data-testid="signed-in-as">
            {me.displayName} · {t(`role.${me.role}`)}
          </span>
          <LiveStatus />
          <LanguageSwitch />
          <button type="button" class="link-button" onClick={onSignOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/**
 * A page's heading and document title. After in-app navigation focus moves to the heading, so a
 * screen reader announces the new page (WCAG 2.4.3).
 */
export function PageTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
    if (history.state !== null || document.activeElement !== document.body) heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** Secondary navigation between a program's or cohort's pages. */
export function SubNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const { path } = useLocation();
  return (
    <nav aria-label={label} class="subnav">
      <ul>
        {items.map((i) => (
          <li key={i.href}>
            <a href={i.href} aria-current={path === i.href ? 'page' : undefined}>
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
