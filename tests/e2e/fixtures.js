// The one place the end-to-end tests get `test` and `expect` from. Every page runs with its
// clock pinned, so the slider's span, the "today" line and the default timeline range are known
// in advance: no test reads the machine's date, time zone or locale.
//
// - `fixedDay` (an option, `test.use({ fixedDay: '2031-03-01' })`) is the reader's civil date.
// - `clockTime` is the local time of day on it ('12:00' unless a test asks for another).
// The clock is set on the browser context before any page loads, in the context's own time
// zone (`timezoneId` from playwright.config.js), so every zone sees the same civil day.
const base = require('@playwright/test');

// The day the tests are set on: after the last event in the data and distinct from the data's
// own date, so a view that confused "today" with "the data's date" would show.
const FIXED_DAY = '2026-12-15';

/** The instant at which the wall clock in `timeZone` reads `day` at `time` (HH:MM). */
function localInstant(day, time, timeZone) {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, date, hour, minute);
  // Read the zone's wall clock at `wanted` and correct by the difference; twice, in case
  // the first correction crosses a daylight-saving change.
  let instant = wanted;
  for (let i = 0; i < 2; i++) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      }).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
    );
    const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    instant += wanted - shown;
  }
  return instant;
}

/** `day` plus `years` as an ISO date (the day of month kept: none of the fixed days is 29 Feb). */
function addYears(day, years) {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  return `${year + years}${rest}`;
}

/** An ISO date in the words the app uses in English ("December 27, 2025"), time-zone free. */
function longDate(day) {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const test = base.test.extend({
  fixedDay: [FIXED_DAY, { option: true }],
  clockTime: ['12:00', { option: true }],
  context: async ({ context, fixedDay, clockTime, timezoneId }, use) => {
    await context.clock.setFixedTime(localInstant(fixedDay, clockTime, timezoneId || 'UTC'));
    await use(context);
  },
});

module.exports = { test, expect: base.expect, FIXED_DAY, addYears, longDate, localInstant };
