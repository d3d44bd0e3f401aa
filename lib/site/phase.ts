// The site's "today": where an entry stands on that day is the lifecycle module's answer (lib/lifecycle/, phaseOn).

/** Today's date in the jurisdiction's time zone (China has one). */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
