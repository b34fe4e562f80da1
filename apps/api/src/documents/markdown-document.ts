import { marked } from 'marked';
import { escapeHtml } from '@gov/notifications';

/** A report's Markdown as a standalone HTML document (what people wrote is escaped in the Markdown already). */
export async function markdownDocument(markdown: string, title: string, locale: string): Promise<string> {
  const body = await marked.parse(markdown, { gfm: true });
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #888;padding:.3rem .6rem;text-align:left}th{background:#eee}</style>
</head>
<body>
${body}</body>
</html>
`;
}
