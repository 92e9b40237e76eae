/** Tags as typed in one field: separated by commas, trimmed, empty ones and repeats dropped. */
export function parseTags(s: string): string[] {
  return [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))];
}
