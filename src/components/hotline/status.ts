// Whether a hotline answers at a given instant, read on the wall clock of the
// hotline's own time zone (never the reader's), and the instant that changes next.
import { WEEK, type Schedule } from './hours.js';

export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';

export interface HotlineStatus {
  open: boolean;
  /** Minutes since this week's Monday 00:00 (beyond a week for next week) when it closes or opens; none if it never does. */
  change?: number;
  /** Days from today to the day of `change`: 0 today, 1 tomorrow. */
  inDays: number;
  /** Epoch milliseconds of `change`, daylight-saving shifts included: when to look again. */
  changeAt?: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone as this runtime knows it: `Europe/Kyiv`, or `Europe/Kiev` on runtimes
 * whose time-zone data predates the rename (2022); undefined for an unknown zone.
 */
export function resolveTimeZone(zone: string): string | undefined {
  for (const name of zone === DEFAULT_TIME_ZONE ? [zone, 'Europe/Kiev'] : [zone]) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      return name;
    } catch {
      // RangeError: this runtime does not know the zone.
    }
  }
  return undefined;
}

/** The weekday and time on the zone's wall clock, and the zone's UTC offset then, in ms. */
function wallClock(instant: number, zone: string): { minute: number; offset: number } {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = value;
  const hour = Number(part.hour) % 24;
  const wall = Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day), hour, Number(part.minute), Number(part.second));
  return {
    minute: WEEKDAYS.indexOf(part.weekday) * 1440 + hour * 60 + Number(part.minute),
    offset: wall - (instant - (instant % 1000)),
  };
}

/** The status at `now` (epoch ms) of a hotline keeping `schedule` in `zone` (a zone resolveTimeZone() accepted). */
export function hotlineStatus(schedule: Schedule, now: number, zone: string): HotlineStatus {
  const { minute, offset } = wallClock(now, zone);
  const { week } = schedule;
  let open = false;
  let change: number | undefined;
  for (const [start, end] of week) {
    if (start > minute) {
      change = start;
      break;
    }
    if (minute < end) {
      open = true;
      // Open over Sunday midnight: it closes on Monday's end of that range.
      change = end === WEEK && week[0][0] === 0 ? WEEK + week[0][1] : end;
      break;
    }
  }
  if (!open && change === undefined && week.length > 0) change = WEEK + week[0][0];
  // Open around the clock: nothing ever changes.
  if (change !== undefined && change >= 2 * WEEK) change = undefined;
  if (change === undefined) return { open, inDays: 0 };
  // Wall-clock minutes ahead, then corrected by the offset change: a daylight-saving
  // switch in between makes the night one hour shorter or longer.
  const guess = now - (now % 60000) + (change - minute) * 60000;
  let changeAt = guess - (wallClock(guess, zone).offset - offset);
  // A time the clocks skip (03:30 on the last Sunday of March) happens when they jump.
  if (changeAt <= now) changeAt = guess;
  return { open, change, inDays: Math.floor(change / 1440) - Math.floor(minute / 1440), changeAt };
}
