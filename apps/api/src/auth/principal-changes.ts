import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/**
 * Persons whose credentials or standing changed — a token revoked, expired early or deleted, the
 * person removed, erased, given another role or organization — so that open event streams check
 * their caller again at once. Announced in this process by the services that make those changes,
 * and from every process by PostgreSQL (`principal_changes`, relayed by the change feed).
 */
@Injectable()
export class PrincipalChanges {
  private readonly changes = new Subject<string>();

  announce(personId: string): void {
    this.changes.next(personId);
  }

  /** The ids of persons whose credentials changed. */
  stream(): Observable<string> {
    return this.changes.asObservable();
  }
}
