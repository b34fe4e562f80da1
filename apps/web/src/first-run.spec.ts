import { describe, expect, it } from '@jest/globals';
import { firstRun, preferredLanguage } from './first-run.js';

describe('first run', () => {
  it('follows the browser’s first language the UI speaks, with Swedish as the fallback', () => {
    expect(preferredLanguage(null, ['en-GB'])).toBe('en');
    expect(preferredLanguage(null, ['sv-SE', 'en-US'])).toBe('sv');
    expect(preferredLanguage(null, ['de-DE'])).toBe('sv');
    expect(preferredLanguage(null, ['de-DE', 'EN-us'])).toBe('en');
    expect(preferredLanguage(null, [])).toBe('sv');
  });

  it('keeps the language the person chose over the browser’s', () => {
    expect(preferredLanguage('sv', ['en-GB'])).toBe('sv');
    expect(preferredLanguage('en', ['sv-SE'])).toBe('en');
    expect(preferredLanguage('de', ['de-DE'])).toBe('sv');
  });

  it('offers the start panel on a system without programs, each step done as its data appears', () => {
    expect(firstRun({ programs: 0, organizations: 0, contactPersons: 0 })).toEqual({ offered: true, steps: [{ key: 'people', done: false }, { key: 'program', done: false }] });
    // An organization without its contact person is not yet the first step done.
    expect(firstRun({ programs: 0, organizations: 2, contactPersons: 0 }).steps[0].done).toBe(false);
    expect(firstRun({ programs: 0, organizations: 1, contactPersons: 1 }).steps).toEqual([{ key: 'people', done: true }, { key: 'program', done: false }]);
    expect(firstRun({ programs: 1, organizations: 1, contactPersons: 1 })).toEqual({ offered: false, steps: [{ key: 'people', done: true }, { key: 'program', done: true }] });
  });
});
