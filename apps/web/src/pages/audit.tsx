import { PageTitle } from '../components/layout.js';
import type { Me } from '../session.js';

export function Audit(_props: { me: Me; params: Record<string, string> }) {
  return <PageTitle title="Audit">Audit</PageTitle>;
}
