import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { api, ok, useToken } from './api.js';
import { ProblemAlert } from './components/feedback.js';
import { Layout } from './components/layout.js';
import { I18nProvider, useI18n } from './i18n.js';
import { SignIn, OidcCallback } from './pages/sign-in.js';
import { signInWithToken, signOut, storedToken, type Me, type UiConfig } from './session.js';

// Pages are loaded when first visited; the charts library only with the pages that draw charts.
const Portfolio = lazy(() => import('./pages/portfolio.js').then((m) => m.Portfolio));
const Programs = lazy(() => import('./pages/programs.js').then((m) => m.Programs));
const ProgramOverview = lazy(() => import('./pages/program.js').then((m) => m.ProgramOverview));
const ProgramNeeds = lazy(() => import('./pages/needs.js').then((m) => m.ProgramNeeds));
const ProgramMatrix = lazy(() => import('./pages/matrix.js').then((m) => m.ProgramMatrix));
const EffectGoals = lazy(() => import('./pages/effect-goals.js').then((m) => m.EffectGoals));
const EffectGoal = lazy(() => import('./pages/effect-goals.js').then((m) => m.EffectGoal));
const ProgramNetwork = lazy(() => import('./pages/network.js').then((m) => m.ProgramNetwork));
const ProgramReport = lazy(() => import('./pages/report.js').then((m) => m.ProgramReport));
const ProgramSteering = lazy(() => import('./pages/steering.js').then((m) => m.ProgramSteering));
const ProgramCohorts = lazy(() => import('./pages/cohorts.js').then((m) => m.ProgramCohorts));
const Cohort = lazy(() => import('./pages/cohort.js').then((m) => m.Cohort));
const ActivityPage = lazy(() => import('./pages/activity.js').then((m) => m.ActivityPage));
const Templates = lazy(() => import('./pages/templates.js').then((m) => m.Templates));
const People = lazy(() => import('./pages/people.js').then((m) => m.People));
const Inbox = lazy(() => import('./pages/inbox.js').then((m) => m.Inbox));
const WeekPage = lazy(() => import('./pages/week.js').then((m) => m.WeekPage));
const TaskDetail = lazy(() => import('./pages/task.js').then((m) => m.TaskDetail));
const Audit = lazy(() => import('./pages/audit.js').then((m) => m.Audit));
const WorkflowHistory = lazy(() => import('./pages/workflow-history.js').then((m) => m.WorkflowHistory));

function Home({ me }: { me: Me }) {
  const { route } = useLocation();
  useEffect(() => route(me.role === 'contact_person' || me.role === 'participant' ? '/app/tasks' : me.role === 'manager' ? '/app/audit' : me.role === 'project_office' ? '/app/portfolio' : '/app/programs', true), [me.role]);
  return null;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href="/app/">{t('notFound.home')}</a>
      </p>
    </>
  );
}

function Signed({ me, onSignOut }: { me: Me; onSignOut(): void }) {
  return (
    <Layout me={me} onSignOut={onSignOut}>
      <ErrorBoundary>
        <Router>
          <Route path="/app/" component={Home} me={me} />
          <Route path="/app/portfolio" component={Portfolio} me={me} />
          <Route path="/app/programs" component={Programs} me={me} />
          <Route path="/app/programs/:id" component={ProgramOverview} me={me} />
          <Route path="/app/programs/:id/needs" component={ProgramNeeds} me={me} />
          <Route path="/app/programs/:id/matrix" component={ProgramMatrix} me={me} />
          <Route path="/app/programs/:id/effect-goals" component={EffectGoals} me={me} />
          <Route path="/app/programs/:id/effect-goals/:number" component={EffectGoal} me={me} />
          <Route path="/app/programs/:id/network" component={ProgramNetwork} me={me} />
          <Route path="/app/programs/:id/report" component={ProgramReport} me={me} />
          <Route path="/app/programs/:id/steering" component={ProgramSteering} me={me} />
          <Route path="/app/programs/:id/cohorts" component={ProgramCohorts} me={me} />
          <Route path="/app/activities/:activityId" component={ActivityPage} me={me} />
          <Route path="/app/cohorts/:id" component={Cohort} me={me} />
          <Route path="/app/cohorts/:id/:section" component={Cohort} me={me} />
          <Route path="/app/templates" component={Templates} me={me} />
          <Route path="/app/people" component={People} me={me} />
          <Route path="/app/tasks" component={Inbox} me={me} />
          <Route path="/app/tasks/:id" component={TaskDetail} me={me} />
          <Route path="/app/week" component={WeekPage} me={me} />
          <Route path="/app/audit" component={Audit} me={me} />
          <Route path="/app/audit/workflows/:workflowId" component={WorkflowHistory} me={me} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </Layout>
  );
}

function Shell() {
  const { t } = useI18n();
  const { path, route } = useLocation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [config, setConfig] = useState<UiConfig | undefined>();
  const [error, setError] = useState<unknown>(null);

  // Where the person was going when asked to sign in (a refused token or an expired session
  // sends them to /app/sign-in): they land there once signed in.
  const wanted = useRef('/app/');
  const leave = () => {
    const here = window.location.pathname + window.location.search;
    if (here !== '/app/sign-in' && here.startsWith('/app/')) wanted.current = here;
    signOut();
    setMe(null);
    route('/app/sign-in');
  };

  useEffect(() => {
    useToken(null, leave);
    ok(api.GET('/ui/config')).then(setConfig, setError);
    const token = storedToken();
    if (!token) return setMe(null);
    signInWithToken(token).then(setMe, () => setMe(null));
  }, []);

  if (error) return <ProblemAlert error={error} />;
  if (me === undefined || !config) return <p role="status">{t('loading')}</p>;
  if (path === '/app/callback') return <OidcCallback config={config} onSignedIn={(m) => (setMe(m), route('/app/', true))} />;
  if (!me) return <SignIn config={config} onSignedIn={(m) => (setMe(m), route(path === '/app/sign-in' ? wanted.current : path, true))} />;
  return <Signed me={me} onSignOut={leave} />;
}

export function App() {
  return (
    <I18nProvider>
      <LocationProvider scope="/app">
        <Shell />
      </LocationProvider>
    </I18nProvider>
  );
}
