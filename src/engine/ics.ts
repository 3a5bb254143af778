/**
 * A minimal iCalendar (RFC 5545) writer for events with a reminder: CRLF line ends,
 * TEXT escaping (§3.3.11) and lines folded at 75 octets (§3.1) without splitting a character.
 */

export type ReminderEvent = {
  /** Globally unique and stable, so downloading the same reminder again updates it. */
  readonly uid: string;
  /** When the file was made. */
  readonly stamp: Date;
  /** Local ("floating") date and time of the event: "YYYY-MM-DD", "HH:MM". */
  readonly date: string;
  readonly time: string;
  readonly durationMinutes: number;
  readonly summary: string;
  readonly description: string;
  /** Each alarm fires this many minutes before the start; at least one. */
  readonly alarmsMinutesBefore: readonly number[];
};

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets; continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** UTC date-time form, e.g. 20261127T220000Z. */
function utcStamp(date: Date): string {
  return (
    `${String(date.getUTCFullYear())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** A calendar file of one event with a display alarm. */
export const writeReminder = (event: ReminderEvent): string => writeCalendar([event]);

/** A calendar file: each event a VEVENT with a display VALARM. */
export function writeCalendar(events: readonly ReminderEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//its-termination//Otkluchenie soprovozhdeniya 1C//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(event: ReminderEvent): string[] {
  const start = `${event.date.replace(/-/g, '')}T${event.time.replace(':', '')}00`;
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART:${start}`,
    `DURATION:PT${String(event.durationMinutes)}M`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    ...event.alarmsMinutesBefore.flatMap((minutes) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-${duration(minutes)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** An RFC 5545 duration: whole days as "P3D", anything else in minutes, "PT15M". */
const duration = (minutes: number) =>
  minutes > 0 && minutes % 1440 === 0 ? `P${String(minutes / 1440)}D` : `PT${String(minutes)}M`;
