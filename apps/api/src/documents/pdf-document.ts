// Building blocks of the A4 PDF documents (decision protocol, board pack), drawn with pdfkit:
// fonts, margins, headings, paragraphs, tables that continue over pages, label/value facts, links,
// page footers with page numbers, and deterministic output (the same data gives the same bytes).
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { safeHref } from './format.js';

const requireFromHere = createRequire(import.meta.url);
/**
 * DejaVu Sans: full Latin (with extended Latin), Greek and Cyrillic coverage; resolved through the package, so from
 * sources and from dist alike. The fonts go by their paths: pdfkit caches a font under the name it was set with and,
 * after a table cell with a font of its own, sets the previous one back by its path, which a registered alias misses.
 */
export const FONT_REGULAR = requireFromHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const FONT_BOLD = requireFromHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export const MARGIN = { top: 48, bottom: 64, left: 56, right: 56 };
export const SIZE = { title: 16, heading: 11.5, subheading: 10, body: 9.5, small: 7 };
export const RULE_COLOR = '#b0b0b0';
export const HEAD_BACKGROUND = '#ececec';
export const LINK_COLOR = '#00449e';
export const MUTED_COLOR = '#444';
export const CELL_PADDING = { top: 2, bottom: 2, left: 4, right: 4 };
export const FACT_LABEL_WIDTH = 92;

export type Doc = PDFKit.PDFDocument;
export type Cell = string | PDFKit.Mixins.CellOptions;

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

function rule(doc: Doc, y: number, width: number): void {
  doc
    .save()
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(width)
    .strokeColor(RULE_COLOR)
    .stroke()
    .restore();
}

/** The document's title, at the top of the first page. */
export function pdfTitle(doc: Doc, text: string): void {
  doc.font(FONT_BOLD).fontSize(SIZE.title).text(text, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/** A section's heading, ruled below, kept with (at least) the first lines of its section. */
export function pdfHeading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.5);
  doc.font(FONT_BOLD).fontSize(SIZE.heading).fillColor('#000').text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 1;
  rule(doc, y, 0.6);
  doc.y = y + 5;
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
}

/** A heading within a section, kept with `keep` points of what follows it. */
export function pdfSubheading(doc: Doc, text: string, keep = 50): void {
  ensureSpace(doc, keep);
  doc.moveDown(0.4);
  doc.font(FONT_BOLD).fontSize(SIZE.subheading).fillColor('#000').text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.15);
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
}

export function pdfParagraph(doc: Doc, text: string, options: { italic?: boolean; bold?: boolean } = {}): void {
  doc
    .font(options.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(SIZE.body)
    .fillColor(options.italic ? MUTED_COLOR : '#000')
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.fillColor('#000');
}

/** What an empty section says instead of its table. */
export function pdfEmpty(doc: Doc, text: string): void {
  pdfParagraph(doc, text, { italic: true });
}

/** A bold label and its text after it, flowing over the pages (for texts too long for a table cell). */
export function pdfLabelled(doc: Doc, label: string, text: string, options: { indent?: number } = {}): void {
  const indent = options.indent ?? 0;
  doc.font(FONT_BOLD).fontSize(SIZE.body).fillColor('#000').text(`${label}: `, doc.page.margins.left + indent, doc.y, {
    width: contentWidth(doc) - indent,
    continued: true,
  });
  doc.font(FONT_REGULAR).text(text);
  doc.x = doc.page.margins.left;
}

/** Column widths in points: fixed ones as given, '*' sharing what is left. */
export function columnWidths(doc: Doc, widths: Array<number | '*'>): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = widths.filter((w) => w === '*').length;
  const star = stars ? (contentWidth(doc) - fixed) / stars : 0;
  return widths.map((w) => (w === '*' ? star : w));
}

export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : (cell.text ?? '');
}

/** The height pdfkit will give a row of plain-text cells (same font, size and padding as the table's). */
function rowHeight(doc: Doc, row: Cell[], widths: number[]): number {
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
  const heights = row.map((cell, i) => {
    return doc.heightOfString(cellText(cell), { width: widths[i]! - CELL_PADDING.left - CELL_PADDING.right });
  });
  return Math.max(...heights) + CELL_PADDING.top + CELL_PADDING.bottom;
}

/**
 * A row too tall for a page (pdfkit would clip it), written as paragraphs that flow across pages:
 * each cell under its column's name.
 */
function pdfOversizedRow(doc: Doc, head: string[], row: Cell[]): void {
  ensureSpace(doc, 40);
  doc.moveDown(0.3);
  row.forEach((cell, i) => {
    doc.font(FONT_BOLD).fontSize(SIZE.body).text(`${head[i]}: `, doc.page.margins.left + CELL_PADDING.left, doc.y, {
      width: contentWidth(doc) - CELL_PADDING.left - CELL_PADDING.right,
      continued: true,
    });
    doc.font(FONT_REGULAR).text(cellText(cell));
  });
  const y = doc.y + CELL_PADDING.bottom;
  rule(doc, y, 0.5);
  doc.y = y + CELL_PADDING.top;
}

/**
 * A table with a shaded header row and thin rules between rows. pdfkit lays out the cells; rows go
 * to the next page whole, and a table that continues on a new page repeats its header there.
 */
export function pdfTable(doc: Doc, head: string[], rows: Cell[][], widthSpec: Array<number | '*'>): void {
  const widths = columnWidths(doc, widthSpec);
  const headRow: Cell[] = head.map((text) => ({ text, type: 'TH', font: { src: FONT_BOLD }, backgroundColor: HEAD_BACKGROUND }));
  const headHeight = rowHeight(doc, head, widths);
  const start = (): PDFKit.Mixins.PDFTableObject => {
    doc.font(FONT_REGULAR).fontSize(SIZE.body);
    return doc
      .table({
        position: { x: doc.page.margins.left, y: doc.y },
        maxWidth: contentWidth(doc),
        columnStyles: widths.map((width) => ({ width })),
        defaultStyle: {
          border: { top: 0, left: 0, right: 0, bottom: 0.5 },
          borderColor: RULE_COLOR,
          padding: CELL_PADDING,
        },
      })
      .row(headRow);
  };
  const tallest = doc.page.maxY() - doc.page.margins.top - headHeight - 2;
  let table: PDFKit.Mixins.PDFTableObject | null = null;
  for (const row of rows) {
    const height = rowHeight(doc, row, widths);
    if (height > tallest) {
      table?.end();
      table = null;
      pdfOversizedRow(doc, head, row);
      continue;
    }
    if (!table) {
      // The header and the first row stay together.
      ensureSpace(doc, headHeight + height + 2);
      table = start();
    } else if (doc.y + height + 1 > doc.page.maxY()) {
      table.end();
      doc.addPage();
      table = start();
    }
    table.row(row);
  }
  table?.end();
  doc.x = doc.page.margins.left;
}

/** A label/value table without a header and rules: labels bold, in the even columns (0, 2, …). */
export function pdfFacts(doc: Doc, rows: Cell[][], widths: Array<number | '*'>): void {
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
  const label = (cell: Cell): Cell => ({ ...(typeof cell === 'string' ? { text: cell } : cell), type: 'TH', font: { src: FONT_BOLD } });
  doc.table({
    position: { x: doc.page.margins.left, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: columnWidths(doc, widths).map((width) => ({ width })),
    defaultStyle: { border: 0, padding: { top: 1.5, bottom: 1.5, left: 0, right: 6 } },
    data: rows.map((row) => row.map((cell, i) => (i % 2 === 0 ? label(cell) : cell))),
  });
  doc.x = doc.page.margins.left;
}

/**
 * A document's head facts: label/value pairs two a row (a long first value, a short second one), a row with a
 * single pair spanning the row.
 */
export function pdfFactPairs(doc: Doc, rows: Array<[[string, string], [string, string]] | [[string, string]]>): void {
  pdfFacts(
    doc,
    rows.map((row) => (row.length === 2 ? [...row[0], ...row[1]] : [row[0][0], { text: row[0][1], colSpan: 3 }])),
    [FACT_LABEL_WIDTH, '*', 62, 92],
  );
}

/** A table cell linking to an http(s) link; anything else printed as text only. */
export function pdfLinkCell(link: string): Cell {
  const href = safeHref(link);
  return href ? { text: link, textColor: LINK_COLOR, textOptions: { link: href, underline: true } } : link;
}

export interface PdfFooter {
  /** The document's own lines, at the left (two fit). */
  lines: string[];
  /** "Sida n av N" in the document's language. */
  page: (page: number, pages: number) => string;
}

/** The footer lines and the page number at the foot of every (buffered) page. */
function pdfFooters(doc: Doc, footer: PdfFooter): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { page } = doc;
    const bottom = page.margins.bottom;
    // Written inside the bottom margin: without this, pdfkit would take the text for an overflow and add a page.
    page.margins.bottom = 0;
    const width = page.width - page.margins.left - page.margins.right;
    const y = page.height - bottom + 18;
    doc
      .save()
      .moveTo(page.margins.left, y - 6)
      .lineTo(page.width - page.margins.right, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE_COLOR)
      .stroke()
      .restore();
    doc
      .font(FONT_REGULAR)
      .fontSize(SIZE.small)
      .fillColor('#333')
      .text(footer.lines.join('\n'), page.margins.left, y, { width: width - 90, lineBreak: true, height: 30 });
    doc.text(footer.page(i - range.start + 1, range.count), page.width - page.margins.right - 85, y, {
      width: 85,
      align: 'right',
      lineBreak: false,
    });
    page.margins.bottom = bottom;
  }
}

export interface PdfDocumentOptions {
  lang: 'sv' | 'en';
  title: string;
  subject: string;
  /** Part of the document: the same data must give the same bytes, so never "now". */
  createdAt: Date;
  footer: PdfFooter;
}

/** An A4 document drawn by `draw`, with page footers, deterministic metadata and bytes. */
export function pdfDocument(options: PdfDocumentOptions, draw: (doc: Doc) => void): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      font: FONT_REGULAR,
      autoFirstPage: true,
      lang: options.lang === 'sv' ? 'sv-SE' : 'en',
      displayTitle: true,
      info: {
        Title: options.title,
        Author: 'Governance engine',
        Subject: options.subject,
        CreationDate: options.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      pdfFooters(doc, options.footer);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
