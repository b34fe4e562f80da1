import { gregorianEaster } from 'date-easter';

/** A day as written in Sweden's calendar: `YYYY-MM-DD` (a local date, no time, no zone). */
export type LocalDate = string;

export interface Localized {
  sv: string;
  en: string;
}

/** A public holiday (allmän helgdag, lag 1989:253) or an eve municipalities treat as a day off. */
export interface Holiday {
  date: LocalDate;
  key: string;
  name: Localized;
  kind: 'public-holiday' | 'eve';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date `days` after (or before) a local date, in the proleptic Gregorian calendar. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The first date from `from` (inclusive) that falls on `day` (0 Sunday … 6 Saturday). */
function firstWeekdayFrom(from: LocalDate, day: number): LocalDate {
  return addDays(from, (day - weekday(from) + 7) % 7);
}

const HOLIDAY_NAMES: Record<string, Localized> = {
  nyarsdagen: { sv: 'Nyårsdagen', en: "New Year's Day" },
  trettondedagJul: { sv: 'Trettondedag jul', en: 'Epiphany' },
  langfredagen: { sv: 'Långfredagen', en: 'Good Friday' },
  paskdagen: { sv: 'Påskdagen', en: 'Easter Sunday' },
  annandagPask: { sv: 'Annandag påsk', en: 'Easter Monday' },
  forstaMaj: { sv: 'Första maj', en: 'May Day' },
  kristiHimmelsfardsdag: { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  pingstdagen: { sv: 'Pingstdagen', en: 'Whit Sunday' },
  nationaldagen: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' },
  midsommardagen: { sv: 'Midsommardagen', en: 'Midsummer Day' },
  allaHelgonsDag: { sv: 'Alla helgons dag', en: "All Saints' Day" },
  juldagen: { sv: 'Juldagen', en: 'Christmas Day' },
  annandagJul: { sv: 'Annandag jul', en: 'Boxing Day' },
  midsommarafton: { sv: 'Midsommarafton', en: 'Midsummer Eve' },
  julafton: { sv: 'Julafton', en: 'Christmas Eve' },
  nyarsafton: { sv: 'Nyårsafton', en: "New Year's Eve" },
};

/** The eves a Swedish municipality closes on (de facto days off, not public holidays by law). */
export const MUNICIPAL_EVES = ['midsommarafton', 'julafton', 'nyarsafton'] as const;
export type MunicipalEve = (typeof MUNICIPAL_EVES)[number];

/**
 * Sweden's public holidays in a year (lag 1989:253 om allmänna helgdagar), in date order, with the
 * eves that municipalities treat as days off. Easter from the Gregorian computus (date-easter);
 * Midsummer Day is the Saturday from 20 to 26 June, All Saints' Day the Saturday from 31 October
 * to 6 November; the other days are fixed or follow Easter.
 */
export function swedishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year ${year} is outside 1–9999`);
  const y = String(year).padStart(4, '0');
  const easter = gregorianEaster(year);
  const easterDay = `${y}-${pad(easter.month)}-${pad(easter.day)}`;
  const midsummerDay = firstWeekdayFrom(`${y}-06-20`, 6);
  const days: [string, LocalDate, Holiday['kind']][] = [
    ['nyarsdagen', `${y}-01-01`, 'public-holiday'],
    ['trettondedagJul', `${y}-01-06`, 'public-holiday'],
    ['langfredagen', addDays(easterDay, -2), 'public-holiday'],
    ['paskdagen', easterDay, 'public-holiday'],
    ['annandagPask', addDays(easterDay, 1), 'public-holiday'],
    ['forstaMaj', `${y}-05-01`, 'public-holiday'],
    ['kristiHimmelsfardsdag', addDays(easterDay, 39), 'public-holiday'],
    ['pingstdagen', addDays(easterDay, 49), 'public-holiday'],
    ['nationaldagen', `${y}-06-06`, 'public-holiday'],
    ['midsommarafton', addDays(midsummerDay, -1), 'eve'],
    ['midsommardagen', midsummerDay, 'public-holiday'],
    ['allaHelgonsDag', firstWeekdayFrom(`${y}-10-31`, 6), 'public-holiday'],
    ['julafton', `${y}-12-24`, 'eve'],
    ['juldagen', `${y}-12-25`, 'public-holiday'],
    ['annandagJul', `${y}-12-26`, 'public-holiday'],
    ['nyarsafton', `${y}-12-31`, 'eve'],
  ];
  return days.map(([key, date, kind]) => ({ date, key, name: HOLIDAY_NAMES[key], kind })).sort((a, b) => a.date.localeCompare(b.date));
}
