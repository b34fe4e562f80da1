// Reads a rendered PDF back for the document specs (decision protocol, board pack): each page's text
// through pdfjs-dist, the metadata, and any text outside the page's margins.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Each page's text, its items joined by spaces. */
  text: string[];
  /** The same without the footers' lines: the document's own text, to follow across pages. */
  body: string[];
  info: Record<string, unknown>;
  /** Text items outside the page's margins (the footer's lines: outside the page or over the footer's place). */
  outside: string[];
}

/** The documents' page: A4 in points, the margins apps/api/src/documents/pdf-document.ts lays them out in. */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 48, bottom: 64 };
/** DejaVu Sans's ascender, in em: how far above the baseline a line's text reaches. */
const ASCENT = 0.93;

/** `footer`: what the footer's text items start with (they are allowed in the bottom margin, and only they). */
export async function readPdf(buffer: Buffer, footer: RegExp): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  try {
    const text: string[] = [];
    const body: string[] = [];
    const outside: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.view.map((v) => Math.round(v * 100) / 100);
      if (view.join() !== [0, 0, PAGE.width, PAGE.height].join()) throw new Error(`page ${n} is not A4: ${view.join(' ')}`);
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
      for (const item of items) {
        if (!item.str.trim()) continue;
        // PDF coordinates: y is the baseline, from the page's foot.
        const [, , , , x, y] = item.transform as [number, number, number, number, number, number];
        const inFooter = footer.test(item.str);
        const [bottom, top] = inFooter ? [10, PAGE.bottom - 4] : [PAGE.bottom, PAGE.height - PAGE.top];
        if (x < PAGE.left - 0.5 || x + item.width > PAGE.width - PAGE.right + 0.5 || y < bottom || y + ASCENT * item.height > top + 0.5) {
          outside.push(`page ${n}: ${item.str} at ${x.toFixed(1)},${y.toFixed(1)}`);
        }
      }
      const join = (some: typeof items) => some.map((item) => item.str).join(' ').replace(/\s+/g, ' ').trim();
      text.push(join(items));
      body.push(join(items.filter((item) => !footer.test(item.str))));
    }
    const { info } = await pdf.getMetadata();
    return { pages: pdf.numPages, text, body, info: info as Record<string, unknown>, outside };
  } finally {
    await pdf.destroy();
  }
}
