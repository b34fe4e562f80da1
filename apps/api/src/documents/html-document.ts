// Building blocks of the standalone, print-friendly HTML documents (decision protocol, board pack):
// escaping, links, tables, sections and the page skeleton with its style.
import { safeHref } from './format.js';

export { safeHref, stockholmDateTime, stockholmDateTimeText, timestamp } from './format.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) made safe to put into HTML. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A link when the target is http(s), the escaped text otherwise. */
export function htmlLink(link: string, text: string = link): string {
  const href = safeHref(link);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

/** A table with column headers and a visually hidden caption. Cells arrive escaped (a cell may hold a link). */
export function htmlTable(caption: string, head: string[], rows: string[][], className: string): string {
  const ths = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}">\n<caption class="visually-hidden">${esc(caption)}</caption>\n<thead><tr>${ths}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table>`;
}

/** A label/value table: labels as row headers. Values arrive escaped. */
export function htmlFacts(facts: Array<[string, string]>, className = 'facts'): string {
  return `<table class="${className}">\n<tbody>\n${facts
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${v}</td></tr>`)
    .join('\n')}\n</tbody>\n</table>`;
}

export function htmlSection(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${esc(heading)}</h2>\n${body}\n</section>`;
}

/** What an empty section says instead of its table. */
export function htmlEmpty(text: string): string {
  return `<p class="empty">${esc(text)}</p>`;
}

const STYLE_HEAD = `
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .6em; }
h2 { font-size: 1.15em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; padding-bottom: .1em; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .3em 0; }
th, td { text-align: left; vertical-align: top; padding: .25em .5em; border-bottom: 1px solid #ccc; }
thead th { background: #eee; }
table.facts th { width: 11em; font-weight: bold; }
`.trim();

const STYLE_TAIL = `
tr { break-inside: avoid; page-break-inside: avoid; }
.text { white-space: pre-line; }
.empty { font-style: italic; color: #444; }
a { color: #00449e; overflow-wrap: anywhere; }
footer { margin-top: 2em; border-top: 1px solid #999; padding-top: .4em; font-size: .8em; color: #333; overflow-wrap: anywhere; }
footer p { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } a { color: #000; } @page { size: A4; margin: 2cm; } }
`.trim();

/** The documents' print-friendly style, with a document's own rules (after the general table rules). */
export function htmlStyle(rules: string[] = []): string {
  return [STYLE_HEAD, ...rules, STYLE_TAIL].join('\n');
}

export interface HtmlDocument {
  lang: string;
  title: string;
  /** The document's own style rules (see htmlStyle). */
  style?: string[];
  /** The content of <main>, escaped. */
  main: string;
  /** Lines for the page's <footer>, plain text. */
  footer: string[];
  footerClass: string;
}

/** A standalone HTML document: no scripts, no external resources. */
export function htmlDocument(d: HtmlDocument): string {
  return `<!doctype html>
<html lang="${esc(d.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Governance engine">
<title>${esc(d.title)}</title>
<style>
${htmlStyle(d.style)}
</style>
</head>
<body>
<main>
${d.main}
</main>
<footer class="${d.footerClass}">${d.footer.map((line) => `<p>${esc(line)}</p>`).join('')}</footer>
</body>
</html>
`;
}
