/**
 * The key that makes a create idempotent, made once per opened form.
 * getRandomValues works on plain http too, where randomUUID does not.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
