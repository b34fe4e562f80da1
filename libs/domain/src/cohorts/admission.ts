/**
 * Admission to a cohort: up to its capacity; everyone else waits on one of the lists its template
 * declares. When a place frees up it is offered to the next person — from the lists in the
 * template's order (Fast Track: the waiting list first, then the active interest list, then the
 * passive one) — with a deadline; a declined or expired offer moves on.
 */

/** The key of one of the lists a cohort's template declares. */
export type ListKind = string;

/**
 * Fast Track's three lists in its offer order: the lists of cohorts stored (and workflows started)
 * before templates declared their own.
 */
export const LIST_KINDS: readonly ListKind[] = ['waiting', 'active-interest', 'passive-interest'];

/** A person's statuses in a cohort beside the lists (and the interview outcome "admit"): no list may take these keys. */
export const RESERVED_LIST_KEYS: readonly string[] = ['admit', 'admitted', 'attendee', 'registered', 'withdrawn', 'not-suitable', 'listed'];

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
 * offer, in list order (`order`: the list keys, first offered first), never someone who has (or had) an offer. Pure and total, so a workflow
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
