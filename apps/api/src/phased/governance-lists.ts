import type { Labelled } from '@gov/domain';
import type { FieldError } from '../common/problem-details.filter.js';

// Phase I of a phased program (Skola först's needs analysis): its data, its steps and its gate.
// Its services (needs gathering, focus areas, collaboration model, communication plan) check
// their input against the program's governance lists with these.

/** The keys of a governance list. */
export const keysOf = (items: Labelled[]) => items.map((i) => i.key);
/** The field's value is not one of the list's keys. */
export const unknown = (field: string, value: string, allowed: string[]): FieldError => ({ field, message: `'${value}' is not one of: ${allowed.join(', ')}` });
