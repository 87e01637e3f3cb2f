import {
  Anchor,
  Badge,
  Box,
  Button,
  CloseButton,
  Collapse,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconChevronDown,
  IconChevronUp,
  IconFilterOff,
  IconFolder,
  IconPackage,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useCursorList } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { ImportButton } from '../imports/ImportButton';
import { CategoryTree } from './CategoryTree';
import { unitName, vatLabel } from './catalog-format';
import { productsApiPath, productsPath } from './paths';
import { CATALOG_PERMISSIONS, type Product, type ProductKind, type Unit } from './types';
import { useCategories, useCategoryPaths, useUnits } from './use-catalog-data';

type KindFilter = 'all' | ProductKind;

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function readKind(value: string | null): KindFilter {
  return value === 'product' || value === 'service' ? value : 'all';
}

/** `/c/:companyId/products`: the category tree beside the product list. */
export function ProductsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, membership, can } = useCompany();
  const canWrite = can(CATALOG_PERMISSIONS.write);
  // Below `md` the tree sits above the list, folded away until asked for.
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [treeOpened, tree] = useDisclosure(false);

  // Filters live in the URL: they survive a visit to a product and the back button.
  const [params, setParams] = useSearchParams();
  const kind = readKind(params.get('kind'));
  const showArchived = params.get('archived') === 'all';
  const categoryId = params.get('category');
  const q = params.get('q') ?? '';

  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on the debounced value only
  useEffect(() => {
    if (debouncedSearch !== q) update({ q: debouncedSearch || null });
  }, [debouncedSearch]);

  const categories = useCategories(companyId);
  const units = useUnits();
  const paths = useCategoryPaths(categories.data?.items);
  const selected = categoryId ? categories.data?.items.find((c) => c.id === categoryId) : undefined;

  const listQuery = {
    q: q || undefined,
    categoryId: categoryId ?? undefined,
    includeSubcategories: categoryId ? 'true' : undefined,
    kind: kind === 'all' ? undefined : kind,
    archived: showArchived ? 'all' : 'false',
    sort: 'name',
    lang: currentLanguage(),
  };
  const list = useCursorList<Product>(productsApiPath(companyId), 50, listQuery);

  const filtered = q !== '' || kind !== 'all' || showArchived;
  const clearFilters = () => {
    setSearch('');
    update({ q: null, kind: null, archived: null });
  };
  const newProductPath = `${productsPath(companyId, 'new')}${categoryId ? `?category=${encodeURIComponent(categoryId)}` : ''}`;
  const listTitle = selected ? selected.name : t('catalog.categories.all');

  const treePanel = (
    <CategoryTree
      companyId={companyId}
      categories={categories.data?.items}
      error={categories.error}
      onRetry={categories.reload}
      onChanged={() => {
        categories.reload();
        list.reload();
      }}
      selectedId={categoryId}
      onSelect={(id) => {
        update({ category: id });
        if (!wide) tree.close();
      }}
      canWrite={canWrite}
    />
  );

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('catalog.title')}
        description={t('catalog.description')}
        actions={
          <Group gap="sm">
            <ExportButton path={productsApiPath(companyId)} query={listQuery} />
            {canWrite && <ImportButton kind="products" onImported={list.reload} />}
            {canWrite && (
              <Button component={Link} to={newProductPath} leftSection={<IconPlus size={18} aria-hidden />}>
                {t('catalog.new')}
              </Button>
            )}
          </Group>
        }
      />

      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="catalog-categories-title">
            {wide ? (
              <>
                <Title order={2} fz="md" px="xs" pt={4} pb="xs" id="catalog-categories-title">
                  {t('catalog.categories.title')}
                </Title>
                {treePanel}
              </>
            ) : (
              <>
                <Title order={2} fz="md" id="catalog-categories-title">
                  <UnstyledButton
                    onClick={tree.toggle}
                    aria-expanded={treeOpened}
                    aria-controls="catalog-categories-panel"
                    w="100%"
                    px="xs"
                    py={4}
                  >
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={700} span>
                        {t('catalog.categories.title')}
                        <Text span c="dimmed" fw={400}>
                          {' · '}
                          {selected ? paths.get(selected.id) : t('catalog.categories.all')}
                        </Text>
                      </Text>
                      {treeOpened ? (
                        <IconChevronUp size={16} aria-hidden />
                      ) : (
                        <IconChevronDown size={16} aria-hidden />
                      )}
                    </Group>
                  </UnstyledButton>
                </Title>
                <Collapse expanded={treeOpened} id="catalog-categories-panel">
                  <Box pt="xs">{treePanel}</Box>
                </Collapse>
              </>
            )}
          </Paper>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Paper withBorder radius="md" component="section" aria-labelledby="catalog-list-title">
            <Stack gap="sm" p="md">
              <Title order={2} fz="md" id="catalog-list-title">
                {listTitle}
                {selected && paths.get(selected.id) !== selected.name && (
                  <Text span c="dimmed" fw={400} fz="sm" ml={8}>
                    {paths.get(selected.id)}
                  </Text>
                )}
              </Title>
              <Group gap="md" wrap="wrap" align="center">
                <TextInput
                  type="search"
                  aria-label={t('catalog.list.searchLabel')}
                  placeholder={t('catalog.list.searchPlaceholder')}
                  leftSection={<IconSearch size={16} aria-hidden />}
                  rightSection={
                    search ? (
                      <CloseButton
                        size="sm"
                        aria-label={t('catalog.list.clearSearch')}
                        onClick={() => {
                          setSearch('');
                          update({ q: null });
                        }}
                      />
                    ) : null
                  }
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') update({ q: search.trim() || null });
                  }}
                  style={{ flex: '1 1 220px' }}
                />
                <SegmentedControl
                  aria-label={t('catalog.list.kindFilter')}
                  value={kind}
                  onChange={(value) => update({ kind: value === 'all' ? null : value })}
                  data={[
                    { value: 'all', label: t('catalog.list.filters.all') },
                    { value: 'product', label: t('catalog.list.filters.products') },
                    { value: 'service', label: t('catalog.list.filters.services') },
                  ]}
                />
                <Switch
                  label={t('catalog.list.showArchived')}
                  checked={showArchived}
                  onChange={(event) => update({ archived: event.currentTarget.checked ? 'all' : null })}
                />
              </Group>
            </Stack>

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
                    headingOrder={3}
                    icon={<IconSearch size={24} />}
                    title={t('catalog.list.noMatchTitle')}
                    description={t('catalog.list.noMatchDescription')}
                    action={
                      <Button
                        variant="light"
                        leftSection={<IconFilterOff size={16} aria-hidden />}
                        onClick={clearFilters}
                      >
                        {t('catalog.list.clearFilters')}
                      </Button>
                    }
                  />
                ) : (
                  <EmptyBlock
                    headingOrder={3}
                    icon={<IconPackage size={28} />}
                    title={selected ? t('catalog.list.emptyCategoryTitle') : t('catalog.list.emptyTitle')}
                    description={
                      selected
                        ? t('catalog.list.emptyCategoryDescription', { name: selected.name })
                        : t('catalog.list.emptyDescription')
                    }
                    action={
                      canWrite && (
                        <Button
                          component={Link}
                          to={newProductPath}
                          leftSection={<IconPlus size={16} aria-hidden />}
                        >
                          {selected ? t('catalog.new') : t('catalog.list.emptyAction')}
                        </Button>
                      )
                    }
                  />
                )
              ) : (
                <>
                  <Table.ScrollContainer minWidth={640}>
                    <Table highlightOnHover verticalSpacing="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('catalog.list.columns.sku')}</Table.Th>
                          <Table.Th scope="col">{t('catalog.list.columns.name')}</Table.Th>
                          <Table.Th scope="col">{t('catalog.list.columns.unit')}</Table.Th>
                          <Table.Th scope="col" ta="right" style={NO_WRAP}>
                            <abbr title={t('catalog.fields.unitPrice')} style={{ textDecoration: 'none' }}>
                              {t('catalog.list.columns.unitPrice')}
                            </abbr>
                          </Table.Th>
                          <Table.Th scope="col" ta="right" style={NO_WRAP}>
                            {t('catalog.list.columns.vat')}
                          </Table.Th>
                          <Table.Th scope="col" visibleFrom="xl">
                            {t('catalog.list.columns.category')}
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {list.items.map((product) => (
                          <ProductRow
                            key={product.id}
                            product={product}
                            units={units.data?.items}
                            categoryPath={product.categoryId ? paths.get(product.categoryId) : undefined}
                            to={productsPath(companyId, product.id)}
                            onOpen={canWrite ? (to) => navigate(to) : undefined}
                          />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
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
        </Grid.Col>
      </Grid>
    </>
  );
}

interface ProductRowProps {
  product: Product;
  units: Unit[] | undefined;
  categoryPath: string | undefined;
  to: string;
  /** Opens the product; absent without write access (there is no read-only page). */
  onOpen?: (to: string) => void;
}

function ProductRow({ product, units, categoryPath, to, onOpen }: ProductRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr
      onClick={
        onOpen &&
        ((event) => {
          if ((event.target as HTMLElement).closest('a')) return;
          if (window.getSelection()?.toString()) return;
          onOpen(to);
        })
      }
      style={onOpen ? { cursor: 'pointer' } : undefined}
    >
      <Table.Td>
        <Text size="sm" ff="monospace" style={NO_WRAP}>
          {product.sku}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          {onOpen ? (
            <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
              {product.name}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {product.name}
            </Text>
          )}
          {product.kind === 'service' && (
            <Badge size="xs" variant="light" color="grape">
              {t('catalog.kinds.service')}
            </Badge>
          )}
          {product.archived && (
            <Badge size="xs" variant="outline" color="gray">
              {t('catalog.archived')}
            </Badge>
          )}
        </Group>
        {product.description && (
          <Text size="xs" c="dimmed" lineClamp={1} maw={420}>
            {product.description}
          </Text>
        )}
        {categoryPath && (
          // Narrower screens have no category column: the path goes under the name.
          <Group gap={4} wrap="nowrap" hiddenFrom="xl" c="dimmed" mt={2}>
            <IconFolder size={12} aria-hidden style={{ flex: 'none' }} />
            <Text size="xs" truncate="end">
              <VisuallyHidden>{t('catalog.fields.category')} : </VisuallyHidden>
              {categoryPath}
            </Text>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{unitName(units, product.unitCode)}</Text>
      </Table.Td>
      <Table.Td ta="right" style={NO_WRAP}>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(product.unitPrice, product.currency)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" style={NO_WRAP}>
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {vatLabel({ rate: product.vatRate, category: product.vatCategory })}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="xl">
        {categoryPath ? (
          <Text size="sm" c="dimmed" style={NO_WRAP}>
            {categoryPath}
          </Text>
        ) : (
          <Text span c="dimmed" size="sm" aria-hidden>
            —
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
