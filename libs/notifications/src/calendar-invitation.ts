import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import type { Meeting } from '@gov/domain';

export interface InvitationInput {
  /** Stable per meeting, so a later update or cancellation replaces the same calendar entry. */
  uid: string;
  title: string;
  description: string;
  meeting: Meeting;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  url: string;
}

/** An iCalendar REQUEST (RFC 5546) for one meeting, as Outlook and other calendars expect in a mail. */
export function meetingInvitation(input: InvitationInput): string {
  const calendar = ical({ prodId: { company: 'Projektkontoret', product: 'governance-engine', language: 'SV' }, method: ICalCalendarMethod.REQUEST });
  calendar.createEvent({
    id: input.uid,
    start: new Date(input.meeting.startsAt),
    end: new Date(input.meeting.endsAt),
    // UTC times (…Z): every calendar shows them in its own zone, with no VTIMEZONE block to get wrong.
    summary: input.title,
    description: input.description,
    location: input.meeting.location,
    url: input.url,
    organizer: input.organizer,
    attendees: [{ ...input.attendee, rsvp: true, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }],
  });
  return calendar.toString();
}
