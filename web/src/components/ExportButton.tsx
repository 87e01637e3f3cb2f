import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../lib/api';
import { currentLanguage } from '../lib/i18n';
import { HeaderAction } from './HeaderAction';

interface ExportButtonProps {
  /** API path of the list, without the `/api/v1` base. */
  path: string;
  /** The list's current filters; empty values are left out. */
  query: Record<string, string | undefined>;
}

/**
 * Downloads the whole filtered list as CSV through a plain link (`?format=csv`): the browser streams
 * it to disk, however long the list. Semicolons for the French and Dutch spreadsheets of BE/FR/NL.
 */
export function ExportButton({ path, query }: ExportButtonProps) {
  const { t } = useTranslation();
  const params = new URLSearchParams({ format: 'csv' });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (currentLanguage() !== 'en') params.set('delimiter', 'semicolon');
  return (
    <HeaderAction
      label={t('common.exportCsv')}
      hint={t('common.exportCsvHint')}
      icon={<IconDownload size={18} aria-hidden />}
      href={`${API_BASE}${path}?${params.toString()}`}
      download
    />
  );
}
