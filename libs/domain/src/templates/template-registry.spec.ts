import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_TEMPLATE_KEYS, findTemplate, parseProgramTemplate, TemplateValidationError } from '@gov/domain';
import { skolaForstTemplate } from './skola-forst.template.js';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to throw');
}

describe('program templates', () => {
  it('ships the two seed programs as built-in templates', () => {
    expect(BUILT_IN_TEMPLATE_KEYS).toEqual(['skola-forst', 'fast-track']);
  });

  it('gives Skola först its two phases with a steering-group gate after phase I', () => {
    const t = findTemplate('skola-forst')!;
    expect(t.phases.map((p) => [p.key, p.gate])).toEqual([
      ['needs-analysis', true],
      ['implementation', false],
    ]);
  });

  it('orders the Fast Track stages from info meeting to final report', () => {
    expect(findTemplate('fast-track')!.phases.map((p) => p.key)).toEqual([
      'info-meeting',
      'interest-registration',
      'interviews',
      'admission',
      'modules',
      'project-work',
      'final-report',
    ]);
  });

  it('finds a template by version and returns nothing for an unknown key or version', () => {
    expect(findTemplate('skola-forst', 1)?.version).toBe(1);
    expect(findTemplate('skola-forst', 99)).toBeUndefined();
    expect(findTemplate('no-such-program')).toBeUndefined();
  });

  it('rejects a template with duplicate phase keys and names the offending path', () => {
    const broken = { ...skolaForstTemplate, phases: [skolaForstTemplate.phases[0], skolaForstTemplate.phases[0]] };
    const error = catchError(() => parseProgramTemplate(broken));
    expect(error).toBeInstanceOf(TemplateValidationError);
    expect((error as TemplateValidationError).issues).toEqual([
      { path: 'phases.1.key', message: "duplicate phase key 'needs-analysis'" },
    ]);
  });

  it('rejects unknown properties and missing labels', () => {
    expect(() => parseProgramTemplate({ ...skolaForstTemplate, colour: 'red' })).toThrow(/Unrecognized key/);
    expect(() => parseProgramTemplate({ ...skolaForstTemplate, name: { sv: 'Skola först' } })).toThrow(/name\.en/);
  });
});
