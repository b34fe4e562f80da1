/** Why a stream was refused: the person has their share open, or the process has all it takes. */
export type SlotRefusal = 'person' | 'total';

/**
 * Counts the open event streams of one API process, per person and in all, so that neither one
 * caller nor everybody together can hold an unbounded number of them.
 */
export class StreamSlots {
  private readonly perPerson = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: { perPerson: number; max: number }) {}

  /** Takes a slot for the person: the function that gives it back (once), or why there is none. */
  take(personId: string): (() => void) | SlotRefusal {
    if (this.total >= this.limits.max) return 'total';
    const held = this.perPerson.get(personId) ?? 0;
    if (held >= this.limits.perPerson) return 'person';
    this.perPerson.set(personId, held + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.perPerson.get(personId) ?? 1) - 1;
      if (left > 0) this.perPerson.set(personId, left);
      else this.perPerson.delete(personId);
    };
  }

  /** Streams open now: in all, or of one person. */
  open(personId?: string): number {
    return personId === undefined ? this.total : (this.perPerson.get(personId) ?? 0);
  }
}
