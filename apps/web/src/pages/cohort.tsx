import { PageTitle } from '../components/layout.js';
import type { Me } from '../session.js';

export function Cohort(_props: { me: Me; params: Record<string, string> }) {
  return <PageTitle title="Cohort">Cohort</PageTitle>;
}
