/** When a team's texts may go out: from `start` to `end` (`HH:MM`, 24 h) in the team's time zone. */
export interface SmsSendingWindow {
  /** An IANA time zone, e.g. `America/New_York`. */
  timeZone: string;
  start: string;
  end: string;
}

const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The wall-clock minute of the day at `at` in `timeZone`. */
function localMinute(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

function inWindow(minute: number, start: number, end: number): boolean {
  // A window may run past midnight (22:00–02:00); start equal to end means always open.
  if (start === end) return true;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When a text due at `at` may be sent: `at` itself inside the window, otherwise the next minute the
 * window opens (found by stepping through the local clock, so daylight-saving changes are honoured).
 *
 * @example
 * smsWindowOpening(new Date('2030-01-15T03:00:00Z'), { timeZone: 'UTC', start: '08:00', end: '21:00' })
 * // 2030-01-15T08:00:00.000Z
 */
export function smsWindowOpening(at: Date, window: SmsSendingWindow): Date {
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const minute = localMinute(at, window.timeZone);
  if (inWindow(minute, start, end)) return at;
  // Jump close in one step, then walk the last minutes: offsets move by at most a few hours.
  const ahead = (start - minute + 1440) % 1440;
  let candidate = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + ahead * 60_000);
  for (
    let step = 0;
    step < 1440 && !inWindow(localMinute(candidate, window.timeZone), start, end);
    step++
  ) {
    candidate = new Date(candidate.getTime() + 60_000);
  }
  // Walk back to the first open minute in case the jump overshot around a clock change.
  while (
    inWindow(localMinute(new Date(candidate.getTime() - 60_000), window.timeZone), start, end) &&
    candidate.getTime() - 60_000 > at.getTime()
  ) {
    candidate = new Date(candidate.getTime() - 60_000);
  }
  return candidate;
}

/** A valid IANA time zone name (as the runtime's Intl knows them). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
