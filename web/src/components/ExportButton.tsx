import { Button, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PathParams, type QueryParams, routeUrl } from '../lib/api/client';
import type { RoutesWith } from '../lib/api/types';
import { currentLanguage } from '../lib/i18n';

interface ExportButtonProps<P extends RoutesWith<'get'>> {
  /** The list's route, as the OpenAPI document names it, and its path parameters. */
  route: P;
  params: PathParams<P>;
  /** The list's current filters; empty values are left out. */
  query: QueryParams<P>;
}

/**
 * Downloads the whole filtered list as CSV through a plain link (`?format=csv`): the browser streams
 * it to disk, however long the list. Semicolons for the French and Dutch spreadsheets of BE/FR/NL.
 */
export function ExportButton<P extends RoutesWith<'get'>>({ route, params, query }: ExportButtonProps<P>) {
  const { t } = useTranslation();
  const href = routeUrl(route, params, query, {
    format: 'csv',
    ...(currentLanguage() !== 'en' ? { delimiter: 'semicolon' } : {}),
  });
  return (
    <Tooltip label={t('common.exportCsvHint')}>
      <Button
        component="a"
        href={href}
        download
        variant="default"
        leftSection={<IconDownload size={18} aria-hidden />}
      >
        {t('common.exportCsv')}
      </Button>
    </Tooltip>
  );
}
