const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** YYYY-MM-DD in China time, whatever the phone's time zone. */
export function formatDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso.slice(0, 10);
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
