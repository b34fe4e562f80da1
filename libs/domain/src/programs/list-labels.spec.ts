import { describe, expect, it } from '@jest/globals';
import { findTemplate } from '../templates/template-catalog.js';
import { matchLabel, normalizeLabel, suggestLabels } from './list-labels.js';

const { needCategories, sessionKinds, participantGroups } = findTemplate('skola-forst')!.governance!;

describe('a label from a gathering file names an entry of a template list', () => {
  it('compares without case, diacritics or spacing', () => {
    expect(normalizeLabel('  Hälsa ')).toBe('halsa');
    expect(normalizeLabel('Lokaler/miljö')).toBe('lokaler miljo');
  });

  it('matches a category by its key, its Swedish or its English name', () => {
    expect(matchLabel('health', needCategories)).toBe('health');
    expect(matchLabel('HALSA', needCategories)).toBe('health');
    expect(matchLabel('Tillit / trygghet', needCategories)).toBe('trust-safety');
    expect(matchLabel('Belief in the future/support', needCategories)).toBe('future-belief-support');
    expect(matchLabel('Intervju', sessionKinds)).toBe('interview');
    expect(matchLabel('lärare', participantGroups)).toBe('teachers');
  });

  it('matches nothing for a label the list does not hold, and suggests what looks alike', () => {
    expect(matchLabel('Trivsel', needCategories)).toBeNull();
    expect(matchLabel('', needCategories)).toBeNull();
    expect(suggestLabels('Intervjuer', sessionKinds)[0]).toBe('interview');
    expect(suggestLabels('Tillit', needCategories)[0]).toBe('trust-safety');
    expect(suggestLabels('xyz', needCategories)).toEqual([]);
  });
});
