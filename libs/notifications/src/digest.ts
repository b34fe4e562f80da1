import { DateTime } from 'luxon';
import { escapeHtml, formatDue } from './task-notice.templates.js';
import type { RenderedMail } from './task-notice.templates.js';

export const DIGEST_TIME_ZONE = 'Europe/Stockholm';

/** The next moment strictly after `now` when the clock in Sweden shows `hhmm` (daylight saving included). */
export function nextDigestAt(now: Date, hhmm: string, zone = DIGEST_TIME_ZONE): Date {
  const [hour, minute] = hhmm.split(':').map(Number);
  const local = DateTime.fromJSDate(now, { zone });
  let at = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (at.toMillis() <= now.getTime()) at = at.plus({ days: 1 }).set({ hour, minute });
  return at.toJSDate();
}

export interface DigestItem {
  subject: string;
  link: string | null;
}

const copy = {
  sv: {
    subject: (n: number) => `Dagens sammanfattning: ${n} ${n === 1 ? 'påminnelse' : 'påminnelser'}`,
    greeting: (name: string) => `Hej ${name},`,
    intro: (when: string) => `Här är dina påminnelser sedan förra sammanfattningen (${when}):`,
    footer: 'Du får en sammanfattning om dagen. Ändra det under dina inställningar.',
  },
  en: {
    subject: (n: number) => `Daily digest: ${n} ${n === 1 ? 'reminder' : 'reminders'}`,
    greeting: (name: string) => `Hello ${name},`,
    intro: (when: string) => `Here are your reminders since the last digest (${when}):`,
    footer: 'You receive one digest a day. Change this in your settings.',
  },
};


/** One mail listing a day's reminders, each with its link. */
export function renderDigest(locale: 'sv' | 'en', recipientName: string, items: DigestItem[], at: Date): RenderedMail {
  const t = copy[locale];
  const when = formatDue(at, locale);
  const lines = items.map((i) => `- ${i.subject}${i.link ? `\n  ${i.link}` : ''}`);
  const text = [t.greeting(recipientName), '', t.intro(when), '', ...lines, '', '--', t.footer, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    `<p>${escapeHtml(t.greeting(recipientName))}</p>`,
    `<p>${escapeHtml(t.intro(when))}</p>`,
    '<ul>',
    ...items.map((i) => `<li>${i.link ? `<a href="${escapeHtml(i.link)}">${escapeHtml(i.subject)}</a>` : escapeHtml(i.subject)}</li>`),
    '</ul>',
    `<p style="color:#555">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: t.subject(items.length), text, html };
}
