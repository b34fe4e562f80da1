import type { Payload, PayloadCodec } from '@temporalio/common';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** Keys that only ever hold personal data in this system. */
const PERSONAL_KEYS = /"(displayName|email|emailAddress|name|fullName|firstName|lastName|phone)"\s*:/;

export class PersonalDataInPayloadError extends Error {}

/** What in a JSON payload looks like personal data: an email address or a name-like key. */
export function personalDataFindings(json: string): string[] {
  const findings: string[] = [];
  const email = EMAIL.exec(json);
  if (email) findings.push('an email address');
  const key = PERSONAL_KEYS.exec(json);
  if (key) findings.push(`a "${key[1]}" field`);
  return findings;
}

/**
 * Workflow inputs, signals, updates, queries and activity results carry identifiers only; personal
 * data stays in PostgreSQL. This codec refuses, loudly, to let a payload that carries an email
 * address or a name field into Temporal's history. It changes nothing it lets through.
 */
export class PersonalDataGuardCodec implements PayloadCodec {
  async encode(payloads: Payload[]): Promise<Payload[]> {
    for (const payload of payloads) {
      if (!payload.data?.length) continue;
      const findings = personalDataFindings(Buffer.from(payload.data).toString('utf8'));
      if (findings.length) throw new PersonalDataInPayloadError(`Refusing a Temporal payload with personal data: ${findings.join(' and ')}. Pass identifiers; keep personal data in PostgreSQL.`);
    }
    return payloads;
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads;
  }
}

/** The data converter of every client and worker: the guard when it is on. */
export function dataConverter(guard: boolean): { payloadCodecs: PayloadCodec[] } {
  return { payloadCodecs: guard ? [new PersonalDataGuardCodec()] : [] };
}
