import { useTranslation } from 'react-i18next';
import type { ImportKind } from './types';

/** The translated label of an import field; its key when a newer server sends a field we do not know. */
export function useFieldLabels(kind: ImportKind): (key: string) => string {
  const { t } = useTranslation();
  const labels = t(`imports.fields.${kind}`, { returnObjects: true }) as Record<string, string>;
  return (key) => labels[key] ?? key;
}
