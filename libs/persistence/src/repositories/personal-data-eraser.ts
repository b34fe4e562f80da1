import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiTokenEntity } from '../entities/api-token.entity.js';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity.js';
import { PersonEntity } from '../entities/person.entity.js';

/** Text that stands where an erased person's name or address was. */
export const ERASED = '[raderad]';

/** Tables never scrubbed: the audit trail holds pseudonymous ids only and is append-only. */
const UNTOUCHED = ['audit_events', 'schema_migrations', 'persons', 'api_tokens'];

/**
 * Erasure on request (GDPR art. 17): the person's row keeps only its pseudonymous id (name and
 * address replaced, identity-provider binding and permissions dropped), their tokens and calendar link go, and their
 * name and address are replaced wherever someone wrote them — in every text or JSON column of
 * every table (task titles, minutes, outbox mails …). Audit entries reference the id only, so the
 * chain stays intact and verifiable.
 */
@Injectable()
export class PersonalDataEraser {
  async erase(m: EntityManager, personId: string): Promise<{ rowsChanged: number } | null> {
    const person = await m.findOneBy(PersonEntity, { id: personId });
    if (!person) return null;
    const needles = [person.displayName, person.email].filter((n) => n && n.length >= 3 && n !== ERASED);
    await m.update(PersonEntity, { id: personId }, { displayName: 'Raderad person', email: `erased-${personId}@erased.invalid`, externalSubject: null, permissions: [] });
    await m.delete(ApiTokenEntity, { personId });
    await m.delete(CalendarFeedEntity, { personId });
    const columns: { table_name: string; column_name: string; data_type: string }[] = await m.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json') AND NOT (table_name = ANY($1))`,
      [UNTOUCHED],
    );
    let rowsChanged = 0;
    for (const needle of needles) {
      for (const c of columns) {
        const col = `"${c.column_name}"`;
        const [, count] =
          c.data_type === 'jsonb' || c.data_type === 'json'
            ? await m.query(`UPDATE "${c.table_name}" SET ${col} = replace(${col}::text, $1, $2)::${c.data_type} WHERE strpos(${col}::text, $1) > 0`, [JSON.stringify(needle).slice(1, -1), ERASED])
            : await m.query(`UPDATE "${c.table_name}" SET ${col} = replace(${col}, $1, $2) WHERE strpos(${col}, $1) > 0`, [needle, ERASED]);
        rowsChanged += Number(count ?? 0);
      }
    }
    return { rowsChanged };
  }
}
