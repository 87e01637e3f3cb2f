/**
 * The official rules a refused e-invoice failed, as stored on its timeline: each rule's id and its
 * text in the reader's language when the server's catalogue has it (else the rule's own English).
 */
export function failedRules(errors: unknown, language: string): string[] {
  if (!Array.isArray(errors)) return [];
  const lang = language.slice(0, 2);
  return errors.flatMap((e: unknown) => {
    if (!e || typeof e !== 'object') return [];
    const { path, message, translations } = e as {
      path?: unknown;
      message?: unknown;
      translations?: Record<string, unknown>;
    };
    if (typeof message !== 'string') return [];
    const text = typeof translations?.[lang] === 'string' ? (translations[lang] as string) : message;
    return [typeof path === 'string' && path ? `${path}: ${text}` : text];
  });
}
