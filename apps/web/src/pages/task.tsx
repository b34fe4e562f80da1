import { PageTitle } from '../components/layout.js';
import type { Me } from '../session.js';

export function TaskDetail(_props: { me: Me; params: Record<string, string> }) {
  return <PageTitle title="TaskDetail">TaskDetail</PageTitle>;
}
