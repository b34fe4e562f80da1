// PLACEHOLDER until the board-pack branch merges (not committed).
export type Rag = 'on-track' | 'at-risk' | 'off-track';
export interface BoardPackData {
  lang: 'sv' | 'en';
  program: { name: string; templateName: string };
  meeting: { number: number; startsAt: string; endsAt: string; location: string | null };
  since: string | null;
  generatedAt: string;
  agenda: Array<{ text: string }>;
  phases: Array<{ name: string; status: 'done' | 'current' | 'pending'; detail: string | null }>;
  activities: Array<{ title: string; status: string; rag: Rag; reason: string }>;
  changes: Array<{ at: string; category: 'decision' | 'activity' | 'needs' | 'focus-areas' | 'phase' | 'steering' | 'other'; text: string }>;
  overdue: Array<{ organization: string; count: number; oldestDueDate: string; tasks: string[] }>;
  indicators: Array<{ goal: string; name: string; unit: string; baseline: { year: number; value: number }; target: { year: number; value: number }; series: Array<{ year: number; value: number }>; onTrack: boolean | null }>;
}
export function boardPackHtml(data: BoardPackData): string { return `<!doctype html><title>${data.program.name}</title>`; }
export async function boardPackPdf(_data: BoardPackData): Promise<Buffer> { return Buffer.from('%PDF-1.4'); }
