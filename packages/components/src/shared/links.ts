/**
 * The URL if it is an absolute https URL, else undefined. Links built from data never carry
 * `javascript:`, `data:` or plain http targets, whatever the data says.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
