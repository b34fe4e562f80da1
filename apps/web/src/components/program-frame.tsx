import type { ComponentChildren } from 'preact';
import { api, ok, type Schemas } from '../api.js';
import { useLoad, type Loaded } from '../hooks.js';
import { defineMessages, useMessages } from '../i18n.js';
import type { Program } from '../types.js';
import { Loading } from './feedback.js';
import { PageTitle, SubNav } from './layout.js';

const M = defineMessages(
  { nav: 'Programmets sidor', overview: 'Översikt', needs: 'Behov', matrix: 'Aktivitetsmatris', goals: 'Effektmål', network: 'Nätverk', report: 'Delrapport', steering: 'Styrgrupp', cohorts: 'Kullar' },
  { nav: "The program's pages", overview: 'Overview', needs: 'Needs', matrix: 'Activity matrix', goals: 'Effect goals', network: 'Network', report: 'Phase report', steering: 'Steering group', cohorts: 'Cohorts' },
);

/** A program's governance (its template's, with the program's own choices), as GET /programs/:id/governance answers it. */
export type Governance = Schemas['GovernanceView'];

export function useProgram(id: string, refreshMs?: number): Loaded<Program> {
  return useLoad(() => ok(api.GET('/programs/{id}', { params: { path: { id } } })), [id], refreshMs, refreshMs ? (c) => c.programId === id : undefined);
}

export function useGovernance(id: string, program: Program | undefined): Loaded<Governance | null> {
  const phased = program !== undefined && program.kind !== 'cohort';
  return useLoad(() => (program ? (phased ? ok(api.GET('/programs/{id}/governance', { params: { path: { id } } })) : Promise.resolve(null)) : new Promise<never>(() => undefined)), [id, phased, Boolean(program)]);
}

/** A program page: its name as the heading (with the page's name), the program's navigation, then the page. */
export function ProgramFrame({ program, page, children }: { program: Loaded<Program>; page: string; children: (p: Program) => ComponentChildren }) {
  const text = useMessages(M);
  return (
    <Loading resource={program}>
      {(p) => {
        const base = `/app/programs/${p.id}`;
        const cohorts = p.kind === 'cohort';
        return (
          <>
            <p class="muted">
              <a href="/app/programs">← {p.name}</a>
            </p>
            <PageTitle title={`${page} – ${p.name}`}>
              {page} <span class="muted">· {p.name}</span>
            </PageTitle>
            <SubNav
              label={text('nav')}
              items={[
                { href: base, text: text('overview') },
                ...(cohorts
                  ? [{ href: `${base}/cohorts`, text: text('cohorts') }]
                  : [
                      { href: `${base}/needs`, text: text('needs') },
                      { href: `${base}/matrix`, text: text('matrix') },
                      { href: `${base}/effect-goals`, text: text('goals') },
                      { href: `${base}/network`, text: text('network') },
                      { href: `${base}/report`, text: text('report') },
                      { href: `${base}/steering`, text: text('steering') },
                    ]),
              ]}
            />
            {children(p)}
          </>
        );
      }}
    </Loading>
  );
}

export const PROGRAM_PAGES = M;
