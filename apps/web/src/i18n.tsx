import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { preferredLanguage } from './first-run.js';
import { en, sv, type MessageKey } from './messages.js';

export type Lang = 'sv' | 'en';
/** A text the API gives in both languages (template labels, category names …). */
export type Localized = { sv: string; en: string };

const LANG_KEY = 'gov.lang';
const catalogs = { sv, en };

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A UI text; {name} placeholders are filled from vars. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A label the API gave in both languages (or a key when it gave none). */
  l(text: Localized | string | null | undefined): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(n: number, fractionDigits?: number): string;
  percent(share: number): string;
}

/** Fills {name} placeholders. */
function fill(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

const Context = createContext<I18n | null>(null);

/** The language the person chose in this browser, else the browser's own (Swedish unless it prefers English). */
function initialLang(): Lang {
  const languages = navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
  return preferredLanguage(localStorage.getItem(LANG_KEY), languages);
}

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(() => {
    document.documentElement.lang = lang;
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Stockholm' });
    const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    return {
      lang,
      setLang(next) {
        localStorage.setItem(LANG_KEY, next);
        setLangState(next);
      },
      t(key, vars) {
        return fill(catalogs[lang][key] ?? key, vars);
      },
      l(text) {
        if (text == null) return '';
        return typeof text === 'string' ? text : text[lang] || text.sv || text.en;
      },
      date: (iso) => (iso ? dateFmt.format(new Date(iso)) : '–'),
      dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : '–'),
      number: (n, fractionDigits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(n),
      percent: (share) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share),
    };
  }, [lang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * A page's own texts: the Swedish ones define the keys, the English ones must have every key.
 * `const text = useMessages(MESSAGES)` then `text('key', { n: 3 })`.
 */
export function defineMessages<K extends string>(svTexts: Record<K, string>, enTexts: Record<K, string>) {
  return { sv: svTexts, en: enTexts };
}

export function useMessages<K extends string>(messages: { sv: Record<K, string>; en: Record<K, string> }) {
  const { lang } = useI18n();
  return (key: K, vars?: Record<string, string | number>) => {
    return fill(messages[lang][key] ?? key, vars);
  };
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
