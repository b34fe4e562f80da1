import { marked } from 'marked';
import { escapeHtml } from '@gov/notifications';
import { cohortReportMarkdown, type CohortReport, type Locale } from '@gov/domain';

/** The final report as a standalone HTML document: the Markdown rendered (what people wrote is escaped in the Markdown already). */
export async function cohortReportHtml(report: CohortReport, locale: Locale): Promise<string> {
  const body = await marked.parse(cohortReportMarkdown(report, locale), { gfm: true });
  const title = escapeHtml(report.cohort.name);
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #888;padding:.3rem .6rem;text-align:left}th{background:#eee}</style>
</head>
<body>
${body}</body>
</html>
`;
}
