import type { Meeting, NoticeKind } from '@gov/domain';

export interface TaskNoticeContent {
  kind: NoticeKind;
  number: number;
  locale: 'sv' | 'en';
  title: string;
  dueAt: Date;
  taskUrl: string;
  /** Escalations name whose task is late. */
  assigneeName?: string;
  recipientName: string;
  /** The recipient is the substitute of this (absent) person, whose task it stays. */
  onBehalfOfName?: string;
  /** Invitations describe the meeting. */
  meeting?: Meeting | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function formatDue(date: Date, locale: 'sv' | 'en'): string {
  // People act in Swedish time, whatever the server's zone.
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date);
}

const copy = {
  sv: {
    reminderSubject: (t: string, due: string) => `Påminnelse: ${t} (senast ${due})`,
    announcementSubject: (t: string, due: string) => `Ny uppgift: ${t} (senast ${due})`,
    escalationSubject: (t: string) => `Eskalering: ${t} är försenad`,
    greeting: (n: string) => `Hej ${n},`,
    reminder: (t: string, due: string) => `Du har en uppgift att utföra: "${t}". Den ska vara klar senast ${due}.`,
    escalation: (t: string, a: string, due: string) => `Uppgiften "${t}" för ${a} skulle ha varit klar ${due} och är fortfarande öppen.`,
    invitationSubject: (t: string, when: string) => `Inbjudan: ${t} (${when})`,
    invitation: (t: string, when: string, where: string) => `Du är inbjuden till "${t}" ${when}${where ? `, ${where}` : ''}. Inbjudan finns bifogad för din kalender.`,
    onBehalfOf: (n: string) => `Du får detta som ersättare för ${n}, som är frånvarande; uppgiften är fortfarande hens och kommer tillbaka till hen när frånvaron är slut.`,
    open: 'Öppna uppgiften',
    footer: 'Meddelandet skickades av projektkontorets styrsystem.',
  },
  en: {
    reminderSubject: (t: string, due: string) => `Reminder: ${t} (due ${due})`,
    announcementSubject: (t: string, due: string) => `New task: ${t} (due ${due})`,
    escalationSubject: (t: string) => `Escalation: ${t} is overdue`,
    greeting: (n: string) => `Hello ${n},`,
    reminder: (t: string, due: string) => `You have a task to do: "${t}". It is due ${due}.`,
    escalation: (t: string, a: string, due: string) => `The task "${t}" for ${a} was due ${due} and is still open.`,
    invitationSubject: (t: string, when: string) => `Invitation: ${t} (${when})`,
    invitation: (t: string, when: string, where: string) => `You are invited to "${t}" on ${when}${where ? `, ${where}` : ''}. The invitation is attached for your calendar.`,
    onBehalfOf: (n: string) => `You receive this as the substitute of ${n}, who is away; the task stays theirs and returns to them when the absence ends.`,
    open: 'Open the task',
    footer: "This message was sent by the project office's governance system.",
  },
};

/** A reminder or escalation mail in the recipient's language, as plain text and HTML, with a link to the task. */
export function renderTaskNotice(c: TaskNoticeContent): RenderedMail {
  const t = copy[c.locale];
  const due = formatDue(c.dueAt, c.locale);
  const when = c.meeting ? formatDue(new Date(c.meeting.startsAt), c.locale) : due;
  const subject =
    c.kind === 'escalation'
      ? t.escalationSubject(c.title)
      : c.kind === 'invitation'
        ? t.invitationSubject(c.title, when)
        : // Reminder number 0 announces a new task.
          (c.number === 0 ? t.announcementSubject : t.reminderSubject)(c.title, due);
  const body =
    c.kind === 'escalation'
      ? t.escalation(c.title, c.assigneeName ?? '', due)
      : c.kind === 'invitation'
        ? t.invitation(c.title, when, c.meeting?.location ?? '')
        : t.reminder(c.title, due);
  const behalf = c.onBehalfOfName ? t.onBehalfOf(c.onBehalfOfName) : null;
  const text = [t.greeting(c.recipientName), '', ...(behalf ? [behalf, ''] : []), body, '', `${t.open}: ${c.taskUrl}`, '', '--', t.footer, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${c.locale}"><body>`,
    `<p>${escapeHtml(t.greeting(c.recipientName))}</p>`,
    ...(behalf ? [`<p>${escapeHtml(behalf)}</p>`] : []),
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(c.taskUrl)}">${escapeHtml(t.open)}</a></p>`,
    `<p style="color:#555">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: subject.slice(0, 300), text, html };
}
