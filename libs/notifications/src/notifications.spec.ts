import { describe, expect, it } from '@jest/globals';
import { nextDigestAt, renderDigest } from './digest.js';
import { signWebhook, verifyWebhook } from './webhook-signature.js';
import { renderTaskNotice } from './task-notice.templates.js';

describe('daily digest moment (Europe/Stockholm)', () => {
  it('is later the same day when the time has not come yet, else the next day', () => {
    // 05:30 UTC = 06:30 in Stockholm in winter (CET, UTC+1)
    expect(nextDigestAt(new Date('2026-01-15T05:30:00Z'), '07:00').toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(nextDigestAt(new Date('2026-01-15T06:00:00Z'), '07:00').toISOString()).toBe('2026-01-16T06:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    // Summer (CEST, UTC+2)
    expect(nextDigestAt(new Date('2026-07-01T03:00:00Z'), '07:00').toISOString()).toBe('2026-07-01T05:00:00.000Z');
    // The night clocks go forward (29 March 2026): 07:00 that morning is already CEST.
    expect(nextDigestAt(new Date('2026-03-28T20:00:00Z'), '07:00').toISOString()).toBe('2026-03-29T05:00:00.000Z');
    // …and back (25 October 2026).
    expect(nextDigestAt(new Date('2026-10-24T20:00:00Z'), '07:00').toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('lists each reminder with its link, in the person’s language', () => {
    const mail = renderDigest('en', 'Erik', [{ subject: 'Reminder: A', link: 'https://x/tasks/1' }, { subject: 'Reminder: <B>', link: null }], new Date('2026-01-15T06:00:00Z'));
    expect(mail.subject).toBe('Daily digest: 2 reminders');
    expect(mail.text).toContain('- Reminder: A\n  https://x/tasks/1');
    expect(mail.html).toContain('<li>Reminder: &lt;B&gt;</li>');
    expect(renderDigest('sv', 'Anna', [{ subject: 'P', link: null }], new Date()).subject).toBe('Dagens sammanfattning: 1 påminnelse');
  });
});

describe('webhook signatures', () => {
  const body = JSON.stringify({ type: 'task.completed', data: { taskId: 'x' } });

  it('verifies what it signed, within the tolerance', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    const header = signWebhook('whsec_a', body, now / 1000);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('whsec_a', body, header, 300, now)).toBe(true);
    expect(verifyWebhook('whsec_a', body, header, 300, now + 301_000)).toBe(false);
  });

  it('refuses another secret, a changed body, and malformed headers', () => {
    const header = signWebhook('whsec_a', body);
    expect(verifyWebhook('whsec_b', body, header)).toBe(false);
    expect(verifyWebhook('whsec_a', body.replace('x', 'y'), header)).toBe(false);
    for (const bad of [undefined, '', 't=abc,v1=00', `t=${Math.floor(Date.now() / 1000)}`, `t=${Math.floor(Date.now() / 1000)},v1=zz`]) {
      expect(verifyWebhook('whsec_a', body, bad)).toBe(false);
    }
  });
});

describe('task notice mail', () => {
  it('escapes what people typed in the HTML part', () => {
    const mail = renderTaskNotice({
      kind: 'reminder',
      number: 1,
      locale: 'sv',
      title: '<script>alert(1)</script>',
      dueAt: new Date('2026-12-03T12:00:00Z'),
      taskUrl: 'https://x/tasks/1',
      recipientName: 'Anna & Bo',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Anna &amp; Bo');
    expect(mail.subject).toBe('Påminnelse: <script>alert(1)</script> (senast 3 december 2026 kl. 13:00)');
  });
});
