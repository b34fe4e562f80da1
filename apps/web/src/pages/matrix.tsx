import { PageTitle } from '../components/layout.js';
import type { Me } from '../session.js';

export function ProgramMatrix(_props: { me: Me; params: Record<string, string> }) {
  return <PageTitle title="ProgramMatrix">ProgramMatrix</PageTitle>;
}
