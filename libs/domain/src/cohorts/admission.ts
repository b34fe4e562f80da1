/**
 * Admission to a cohort (Fast Track): up to its capacity; everyone else waits on one of three lists.
 * When a place frees up it is offered to the next person — the waiting list first, then the active
 * interest list, then the passive one — with a deadline; a declined or expired offer moves on.
 */
export const LIST_KINDS = ['waiting', 'active-interest', 'passive-interest'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export interface ListEntry {
  personId: string;
  list: ListKind;
  /** Order of joining the list (lower first). */
  position: number;
}

export interface OfferState {
  personId: string;
  status: 'open' | 'accepted' | 'declined' | 'expired';
}

/**
 * Who gets an offer now: as many people as there are free places not already covered by an open
 * offer, in list order, never someone who has (or had) an offer. Pure and total, so a workflow
 * that applies it after every change can never offer one place twice or leave one unoffered.
 */
export function offersToMake(freePlaces: number, lists: readonly ListEntry[], offers: readonly OfferState[], order: readonly ListKind[] = LIST_KINDS): string[] {
  const open = offers.filter((o) => o.status === 'open').length;
  const wanted = Math.max(0, freePlaces - open);
  const offered = new Set(offers.map((o) => o.personId));
  return [...lists]
    .filter((e) => !offered.has(e.personId))
    .sort((a, b) => order.indexOf(a.list) - order.indexOf(b.list) || a.position - b.position)
    .slice(0, wanted)
    .map((e) => e.personId);
}

/** Why a person cannot be admitted now, or null. */
export function admissionRefusal(admitted: number, capacity: number, alreadyAdmitted: boolean): string | null {
  if (alreadyAdmitted) return 'This person is already admitted.';
  if (admitted >= capacity) return `The cohort is full: ${admitted} of ${capacity} places are taken. Put the person on a list instead.`;
  return null;
}
