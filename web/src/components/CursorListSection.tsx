import { Button, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorListResult } from '../lib/use-api';
import { EmptyBlock, type EmptyBlockProps } from './EmptyBlock';
import { ErrorState } from './ErrorState';
import { LoadMore } from './LoadMore';
import { SectionCard } from './SectionCard';
import { TableSkeleton } from './TableSkeleton';

interface CursorListSectionProps<T> {
  id: string;
  title: string;
  description?: ReactNode;
  /** The state returned by `useCursorList`. */
  list: CursorListResult<T>;
  /** What to show when the list has no items; `action` defaults to a Refresh button. */
  empty: Omit<EmptyBlockProps, 'size' | 'headingOrder'>;
  /** Renders the loaded items (a table); "Load more" and its errors are added below. */
  children: (items: T[]) => ReactNode;
}

/**
 * A titled panel around a cursor-paginated list, with a Refresh button and the
 * loading, failed, empty and "Load more" states handled.
 */
export function CursorListSection<T>({
  id,
  title,
  description,
  list,
  empty,
  children,
}: CursorListSectionProps<T>) {
  const { t } = useTranslation();
  return (
    <SectionCard
      id={id}
      title={title}
      description={description}
      flush
      actions={
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={list.reload}
        >
          {t('common.refresh')}
        </Button>
      }
    >
      {list.loading ? (
        <TableSkeleton />
      ) : list.error && list.items.length === 0 ? (
        <Stack p="md">
          <ErrorState error={list.error} onRetry={list.reload} />
        </Stack>
      ) : list.items.length === 0 ? (
        <EmptyBlock
          size="sm"
          headingOrder={3}
          action={
            <Button variant="light" onClick={list.reload} leftSection={<IconRefresh size={16} aria-hidden />}>
              {t('common.refresh')}
            </Button>
          }
          {...empty}
        />
      ) : (
        <>
          {children(list.items)}
          {list.error && (
            <Stack p="md">
              <ErrorState error={list.error} onRetry={list.loadMore} />
            </Stack>
          )}
          <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
        </>
      )}
    </SectionCard>
  );
}
