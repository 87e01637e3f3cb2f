import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Drawer,
  Group,
  type MantineBreakpoint,
  Paper,
  Select,
  Stack,
  Table,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustmentsHorizontal,
  IconChevronDown,
  IconChevronUp,
  IconFilterOff,
  IconSearch,
} from '@tabler/icons-react';
import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useIsPhone } from '../../lib/media';
import type { CursorListResult } from '../../lib/use-api';
import { EmptyBlock } from '../EmptyBlock';
import { ErrorState } from '../ErrorState';
import { LoadMore } from '../LoadMore';
import { TableSkeleton } from '../TableSkeleton';
import classes from './ListView.module.css';
import type { ListParams } from './use-list-params';

export interface ListColumn<T> {
  key: string;
  /** The column's name, also used for the sort choices on phones. */
  header: string;
  /** Shown in the header cell instead of `header` (e.g. an abbreviation). */
  headerContent?: ReactNode;
  cell: (item: T) => ReactNode;
  /** Amounts and numbers: right-aligned, tabular figures, never wrapped. */
  numeric?: boolean;
  nowrap?: boolean;
  /** The column appears from this breakpoint up (its content should then show elsewhere below). */
  visibleFrom?: MantineBreakpoint;
  /** Sortable: the `sort` values for ascending and descending order. */
  sort?: { asc: string; desc: string; ascLabel?: string; descLabel?: string };
  width?: number;
}

export interface ListSelection<T> {
  /** Whether the list shows a selection column at all. */
  enabled: boolean;
  selectable: (item: T) => boolean;
  selected: (item: T) => boolean;
  /** Marks an item that an action stumbled on. */
  failed?: (item: T) => boolean;
  toggle: (item: T) => void;
  allSelected: boolean;
  someSelected: boolean;
  toggleAll: () => void;
  allLabel: string;
  itemLabel: (item: T) => string;
}

interface ListViewProps<T> {
  /** Names the table or the list of cards for assistive technologies. */
  label: string;
  list: CursorListResult<T>;
  columns: ListColumn<T>[];
  getKey: (item: T) => string;
  /** Where a row or card leads; clicking anywhere on it opens it (links inside keep theirs). */
  href?: (item: T) => string | undefined;
  /** The card shown for an item on a phone. */
  card: (item: T) => ReactNode;
  params: ListParams;
  /** The search field (`?q=`); left out for a list whose API has no search. */
  search?: { label: string; placeholder: string };
  /** Filters beside the search (wide screens) or in the drawer (phones). */
  filters?: (where: 'bar' | 'drawer') => ReactNode;
  /** How many filters (other than the search) are active: counted on the drawer's button. */
  activeFilters: number;
  onClearFilters: () => void;
  sort?: { value: string; onChange: (value: string) => void };
  /** Above the filter bar, inside the panel (e.g. the list's own title). */
  header?: ReactNode;
  /** The id of the heading in `header` that names the panel (instead of `label`). */
  labelledBy?: string;
  /** Between the filters and the items (e.g. totals, a selection bar). */
  beforeItems?: ReactNode;
  selection?: ListSelection<T>;
  /** A row or card's background, e.g. for a selected or failed item. */
  tone?: (item: T) => 'selected' | 'failed' | undefined;
  /** The list is empty without filters: the invitation to create the first item. */
  empty: ReactNode;
  noMatch: { title: string; description: string };
  headingOrder?: 2 | 3;
  minTableWidth?: number;
}

const NUM: CSSProperties = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' };
const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };
const TONES = { selected: 'var(--mantine-color-brand-0)', failed: 'var(--mantine-color-red-0)' } as const;

/**
 * A list page's list as one piece (used by the contacts, products and documents lists): search and filters kept in the
 * URL, a table with sortable columns on wide screens and cards on phones, filters in a drawer on
 * phones, selection for bulk actions, and the loading, failed, empty, no-match and "load more" states.
 */
export function ListView<T>(props: ListViewProps<T>) {
  const { t } = useTranslation();
  const { list, params, activeFilters, onClearFilters, headingOrder = 2 } = props;
  const phone = useIsPhone();
  const filtered = params.q !== '' || activeFilters > 0;

  return (
    <Paper
      withBorder
      radius="md"
      component="section"
      aria-label={props.labelledBy ? undefined : props.label}
      aria-labelledby={props.labelledBy}
    >
      {props.header}
      <FilterBar {...props} phone={phone} filtered={filtered} />
      {props.beforeItems}
      <div aria-live="polite">
        {list.loading ? (
          <TableSkeleton rows={6} />
        ) : list.error && list.items.length === 0 ? (
          <Stack p="md">
            <ErrorState error={list.error} onRetry={list.reload} />
          </Stack>
        ) : list.items.length === 0 ? (
          filtered ? (
            <EmptyBlock
              size="sm"
              headingOrder={headingOrder}
              icon={<IconSearch size={24} />}
              title={props.noMatch.title}
              description={props.noMatch.description}
              action={
                <Button
                  variant="light"
                  leftSection={<IconFilterOff size={16} aria-hidden />}
                  onClick={onClearFilters}
                >
                  {t('list.clearFilters')}
                </Button>
              }
            />
          ) : (
            props.empty
          )
        ) : (
          <>
            {phone ? <Cards {...props} /> : <ItemsTable {...props} />}
            {list.error && (
              <Stack p="md">
                <ErrorState error={list.error} onRetry={list.loadMore} />
              </Stack>
            )}
            <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.loadMore} />
          </>
        )}
      </div>
    </Paper>
  );
}

function FilterBar<T>({
  params,
  search,
  filters,
  activeFilters,
  onClearFilters,
  sort,
  columns,
  phone,
  filtered,
}: ListViewProps<T> & { phone: boolean; filtered: boolean }) {
  const { t } = useTranslation();
  const [drawerOpened, drawer] = useDisclosure(false);
  const searchField = search && (
    <TextInput
      type="search"
      aria-label={search.label}
      placeholder={search.placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        params.search ? (
          <CloseButton
            size="sm"
            aria-label={t('list.clearSearch')}
            onClick={() => {
              params.setSearch('');
              params.update({ q: null });
            }}
          />
        ) : null
      }
      value={params.search}
      onChange={(event) => params.setSearch(event.currentTarget.value)}
      onKeyDown={(event) => {
        // Enter searches at once, without waiting for the debounce.
        if (event.key === 'Enter') params.submitSearch();
      }}
      style={{ flex: '1 1 220px', minWidth: 0 }}
    />
  );

  // A whole list without search or filters (e.g. a short queue) shows no empty bar.
  if (!searchField && !filters && !sort && activeFilters === 0) return null;
  if (!phone) {
    return (
      <Group p="md" gap="md" wrap="wrap" align="flex-end">
        {searchField}
        {filters?.('bar')}
        {activeFilters > 0 && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={onClearFilters}
            mb={2}
          >
            {t('list.clearFilters')}
          </Button>
        )}
      </Group>
    );
  }

  // On a phone, sorting joins the filters in the drawer: the column headers are gone.
  const sortOptions = sort
    ? columns.flatMap((c) =>
        c.sort
          ? [
              { value: c.sort.asc, label: `${c.header} — ${c.sort.ascLabel ?? t('list.ascending')}` },
              { value: c.sort.desc, label: `${c.header} — ${c.sort.descLabel ?? t('list.descending')}` },
            ]
          : [],
      )
    : [];
  const hasDrawer = Boolean(filters) || sortOptions.length > 0;

  return (
    <>
      <Group p="sm" gap="sm" wrap="nowrap">
        {searchField}
        {hasDrawer && (
          <Button
            variant={activeFilters > 0 ? 'light' : 'default'}
            onClick={drawer.open}
            leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
            rightSection={
              activeFilters > 0 ? (
                <Badge size="sm" circle variant="filled" aria-hidden>
                  {activeFilters}
                </Badge>
              ) : undefined
            }
            style={{ flex: 'none' }}
            aria-haspopup="dialog"
          >
            {t('list.filters')}
            {activeFilters > 0 && (
              <VisuallyHidden>{` (${t('list.activeFilters', { count: activeFilters })})`}</VisuallyHidden>
            )}
          </Button>
        )}
      </Group>
      {hasDrawer && (
        <Drawer
          opened={drawerOpened}
          onClose={drawer.close}
          title={t('list.filters')}
          position="bottom"
          radius="md"
          // A sheet as tall as its content, never taller than most of the screen.
          styles={{ content: { height: 'auto', maxHeight: '90dvh' } }}
          closeButtonProps={{ 'aria-label': t('common.close') }}
          classNames={{ title: classes.drawerTitle }}
        >
          <Stack gap="md" pb="xs">
            {filters?.('drawer')}
            {sort && sortOptions.length > 0 && (
              <Select
                label={t('list.sortBy')}
                data={sortOptions}
                value={sort.value}
                onChange={(value) => value && sort.onChange(value)}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <Stack gap="xs" mt="xs">
              <Button fullWidth onClick={drawer.close}>
                {t('list.showResults')}
              </Button>
              {filtered && (
                <Button
                  fullWidth
                  variant="subtle"
                  leftSection={<IconFilterOff size={16} aria-hidden />}
                  onClick={onClearFilters}
                >
                  {t('list.clearFilters')}
                </Button>
              )}
            </Stack>
          </Stack>
        </Drawer>
      )}
    </>
  );
}

function useOpen<T>(href: ((item: T) => string | undefined) | undefined) {
  const navigate = useNavigate();
  return (item: T) => {
    const to = href?.(item);
    if (!to) return undefined;
    return (event: MouseEvent<HTMLElement>) => {
      // Links, boxes and buttons inside keep their own behaviour (new tab, mailto, selection…).
      if ((event.target as HTMLElement).closest('a, button, input, label')) return;
      if (window.getSelection()?.toString()) return;
      navigate(to);
    };
  };
}

function SortHeader<T>({
  column,
  sort,
}: {
  column: ListColumn<T>;
  sort: NonNullable<ListViewProps<T>['sort']>;
}) {
  const { t } = useTranslation();
  const spec = column.sort;
  if (!spec) return null;
  const active = sort.value === spec.asc || sort.value === spec.desc;
  const ascending = sort.value === spec.asc;
  const SortIcon = ascending ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      scope="col"
      style={column.numeric ? NUM : NO_WRAP}
      visibleFrom={column.visibleFrom}
      aria-sort={active ? (ascending ? 'ascending' : 'descending') : undefined}
      w={column.width}
    >
      <UnstyledButton
        onClick={() => sort.onChange(sort.value === spec.desc ? spec.asc : spec.desc)}
        fw={700}
        fz="sm"
      >
        <Group gap={4} wrap="nowrap">
          {column.headerContent ?? column.header}
          {active && <SortIcon size={14} aria-hidden />}
          {active && (
            <VisuallyHidden>
              {ascending ? t('list.sortedAscending') : t('list.sortedDescending')}
            </VisuallyHidden>
          )}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function ItemsTable<T>({
  label,
  list,
  columns,
  getKey,
  href,
  sort,
  selection,
  tone,
  minTableWidth = 600,
}: ListViewProps<T>) {
  const open = useOpen(href);
  const withSelection = selection?.enabled === true;
  return (
    <Table.ScrollContainer minWidth={minTableWidth}>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {withSelection && (
              <Table.Th scope="col" w={48} pr={0}>
                <Checkbox
                  aria-label={selection.allLabel}
                  checked={selection.allSelected}
                  indeterminate={selection.someSelected && !selection.allSelected}
                  onChange={selection.toggleAll}
                />
              </Table.Th>
            )}
            {columns.map((column) =>
              column.sort && sort ? (
                <SortHeader key={column.key} column={column} sort={sort} />
              ) : (
                <Table.Th
                  key={column.key}
                  scope="col"
                  style={column.numeric ? NUM : column.nowrap ? NO_WRAP : undefined}
                  visibleFrom={column.visibleFrom}
                  w={column.width}
                >
                  {column.headerContent ?? column.header}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((item) => {
            const onClick = open(item);
            const itemTone = tone?.(item);
            return (
              <Table.Tr
                key={getKey(item)}
                onClick={onClick}
                style={onClick ? { cursor: 'pointer' } : undefined}
                bg={itemTone ? TONES[itemTone] : undefined}
              >
                {withSelection && (
                  <Table.Td
                    pr={0}
                    // The whole cell toggles, a larger target than the box on a touch screen; it never opens the row.
                    onClick={(event) => {
                      event.stopPropagation();
                      if (selection.selectable(item) && !(event.target as HTMLElement).closest('input'))
                        selection.toggle(item);
                    }}
                    style={selection.selectable(item) ? undefined : { cursor: 'default' }}
                  >
                    {selection.selectable(item) && (
                      <Checkbox
                        aria-label={selection.itemLabel(item)}
                        checked={selection.selected(item)}
                        onChange={() => selection.toggle(item)}
                      />
                    )}
                  </Table.Td>
                )}
                {columns.map((column) => (
                  <Table.Td
                    key={column.key}
                    style={column.numeric ? NUM : column.nowrap ? NO_WRAP : undefined}
                    visibleFrom={column.visibleFrom}
                  >
                    {column.cell(item)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Cards<T>({ label, list, getKey, href, card, selection, tone }: ListViewProps<T>) {
  const open = useOpen(href);
  const withSelection = selection?.enabled === true;
  return (
    <>
      {withSelection && (
        <Group px="md" py="xs" className={classes.selectAll}>
          <Checkbox
            label={selection.allLabel}
            checked={selection.allSelected}
            indeterminate={selection.someSelected && !selection.allSelected}
            onChange={selection.toggleAll}
          />
        </Group>
      )}
      <ul className={classes.cards} aria-label={label}>
        {list.items.map((item) => {
          const onClick = open(item);
          const itemTone = tone?.(item);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the card's own link is the keyboard's way in
            <li
              key={getKey(item)}
              className={classes.card}
              onClick={onClick}
              data-clickable={onClick ? true : undefined}
              style={itemTone ? { background: TONES[itemTone] } : undefined}
            >
              {withSelection && selection.selectable(item) && (
                <Checkbox
                  className={classes.cardCheck}
                  aria-label={selection.itemLabel(item)}
                  checked={selection.selected(item)}
                  onChange={() => selection.toggle(item)}
                />
              )}
              <div className={classes.cardBody}>{card(item)}</div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
