// Formatting shared by the document renderers (HTML and PDF alike): timestamps in Stockholm time and
// the links a document may follow.

const STOCKHOLM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO timestamp as a Date; a RangeError naming the field when it is not one. */
export function timestamp(value: string, field: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new RangeError(`${field} is not a timestamp: ${value}`);
  return at;
}

/** The date (YYYY-MM-DD) and time (HH:MM) of an instant in Europe/Stockholm. */
export function stockholmDateTime(at: Date): { date: string; time: string } {
  const parts = STOCKHOLM.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** The date and time of an instant in Europe/Stockholm, as "YYYY-MM-DD HH:MM". */
export function stockholmDateTimeText(at: Date): string {
  const { date, time } = stockholmDateTime(at);
  return `${date} ${time}`;
}

/** An http(s) URL to link to, or null when the link is anything else (printed as text only). */
export function safeHref(link: string): string | null {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
