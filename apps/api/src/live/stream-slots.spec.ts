import { describe, expect, it } from '@jest/globals';
import { StreamSlots } from './stream-slots.js';

describe('StreamSlots', () => {
  it('gives each person their share, and refuses beyond it until one is given back', () => {
    const slots = new StreamSlots({ perPerson: 2, max: 10 });
    const first = slots.take('anna');
    const second = slots.take('anna');
    expect(typeof first).toBe('function');
    expect(typeof second).toBe('function');
    expect(slots.take('anna')).toBe('person');
    expect(typeof slots.take('erik')).toBe('function');
    (first as () => void)();
    expect(slots.open('anna')).toBe(1);
    expect(typeof slots.take('anna')).toBe('function');
  });

  it('refuses everybody once the process holds its maximum', () => {
    const slots = new StreamSlots({ perPerson: 5, max: 2 });
    const a = slots.take('anna') as () => void;
    slots.take('erik');
    expect(slots.take('sara')).toBe('total');
    a();
    expect(typeof slots.take('sara')).toBe('function');
    expect(slots.open()).toBe(2);
  });

  it('counts a slot given back twice only once', () => {
    const slots = new StreamSlots({ perPerson: 1, max: 5 });
    const release = slots.take('anna') as () => void;
    const other = slots.take('erik') as () => void;
    release();
    release();
    expect(slots.open()).toBe(1);
    expect(slots.open('erik')).toBe(1);
    other();
    expect(slots.open()).toBe(0);
  });
});
