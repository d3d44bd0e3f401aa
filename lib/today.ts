// Today's date where the lists apply: the day the site, the checklist and the governance check of a working tree read.

/** Today's date in the jurisdiction's time zone (China has one). */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
