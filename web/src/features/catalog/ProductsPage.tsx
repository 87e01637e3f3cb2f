import {
  Anchor,
  Badge,
  Box,
  Button,
  Collapse,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Switch,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconFolder, IconPackage, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ExportButton } from '../../components/ExportButton';
import { ListCard } from '../../components/list/ListCard';
import { type ListColumn, ListView } from '../../components/list/ListView';
import { useListParams } from '../../components/list/use-list-params';
import { PageHeader } from '../../components/PageHeader';
import { useCursorRoute } from '../../lib/api/client';
import type { ApiQuery } from '../../lib/api/types';
import { formatUnitPrice } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useCompany } from '../companies/company-context';
import { ImportButton } from '../imports/ImportButton';
import { CategoryTree } from './CategoryTree';
import { unitName, vatLabel } from './catalog-format';
import { productsPath } from './paths';
import { CATALOG_PERMISSIONS, type Product, type ProductKind, type Unit } from './types';
import { useCategories, useCategoryPaths, useUnits } from './use-catalog-data';

type KindFilter = 'all' | ProductKind;

function readKind(value: string | null): KindFilter {
  return value === 'product' || value === 'service' ? value : 'all';
}

/** `/c/:companyId/products`: the category tree beside the product list. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  const canWrite = can(CATALOG_PERMISSIONS.write);
  // Below `md` the tree sits above the list, folded away until asked for.
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [treeOpened, tree] = useDisclosure(false);

  const listParams = useListParams();
  const { params, q, update } = listParams;
  const kind = readKind(params.get('kind'));
  const showArchived = params.get('archived') === 'all';
  const categoryId = params.get('category');

  const categories = useCategories(companyId);
  const units = useUnits();
  const paths = useCategoryPaths(categories.data?.items);
  const selected = categoryId ? categories.data?.items.find((c) => c.id === categoryId) : undefined;

  const listQuery: ApiQuery<'/api/v1/companies/{companyId}/products'> = {
    q: q || undefined,
    categoryId: categoryId ?? undefined,
    includeSubcategories: categoryId ? 'true' : undefined,
    kind: kind === 'all' ? undefined : kind,
    archived: showArchived ? 'all' : 'false',
    sort: 'name',
    lang: currentLanguage(),
  };
  const list = useCursorRoute('/api/v1/companies/{companyId}/products', { companyId }, 50, listQuery);

  const href = (product: Product) => productsPath(companyId, product.id);
  const columns: ListColumn<Product>[] = [
    {
      key: 'sku',
      header: t('catalog.list.columns.sku'),
      cell: (product) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {product.sku}
        </Text>
      ),
    },
    {
      key: 'name',
      header: t('catalog.list.columns.name'),
      cell: (product) => (
        <NameCell
          product={product}
          categoryPath={product.categoryId ? paths.get(product.categoryId) : undefined}
          to={canWrite ? href(product) : undefined}
        />
      ),
    },
    {
      key: 'unit',
      header: t('catalog.list.columns.unit'),
      cell: (product) => <Text size="sm">{unitName(units.data?.items, product.unitCode)}</Text>,
    },
    {
      key: 'unitPrice',
      header: t('catalog.fields.unitPrice'),
      headerContent: (
        <abbr title={t('catalog.fields.unitPrice')} style={{ textDecoration: 'none' }}>
          {t('catalog.list.columns.unitPrice')}
        </abbr>
      ),
      numeric: true,
      cell: (product) => <Text size="sm">{formatUnitPrice(product.unitPrice, product.currency)}</Text>,
    },
    {
      key: 'vat',
      header: t('catalog.list.columns.vat'),
      numeric: true,
      cell: (product) => <Text size="sm">{vatText(product)}</Text>,
    },
    {
      key: 'category',
      header: t('catalog.list.columns.category'),
      visibleFrom: 'xl',
      cell: (product) => {
        const path = product.categoryId ? paths.get(product.categoryId) : undefined;
        return path ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {path}
          </Text>
        ) : (
          <Text span c="dimmed" size="sm" aria-hidden>
            —
          </Text>
        );
      },
    },
  ];
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
          <>
            <ExportButton
              route="/api/v1/companies/{companyId}/products"
              params={{ companyId }}
              query={listQuery}
            />
            {canWrite && <ImportButton kind="products" onImported={list.reload} />}
            {canWrite && (
              <Button component={Link} to={newProductPath} leftSection={<IconPlus size={18} aria-hidden />}>
                {t('catalog.new')}
              </Button>
            )}
          </>
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
          <ListView
            label={listTitle}
            labelledBy="catalog-list-title"
            header={
              <Title order={2} fz="md" id="catalog-list-title" px="md" pt="md">
                {listTitle}
                {selected && paths.get(selected.id) !== selected.name && (
                  <Text span c="dimmed" fw={400} fz="sm" ml={8}>
                    {paths.get(selected.id)}
                  </Text>
                )}
              </Title>
            }
            headingOrder={3}
            minTableWidth={640}
            list={list}
            columns={columns}
            getKey={(product) => product.id}
            href={canWrite ? href : undefined}
            card={(product) => (
              <ProductCard
                product={product}
                units={units.data?.items}
                categoryPath={product.categoryId ? paths.get(product.categoryId) : undefined}
                to={canWrite ? href(product) : undefined}
              />
            )}
            params={listParams}
            search={{
              label: t('catalog.list.searchLabel'),
              placeholder: t('catalog.list.searchPlaceholder'),
            }}
            activeFilters={(kind !== 'all' ? 1 : 0) + (showArchived ? 1 : 0)}
            onClearFilters={() => listParams.clear(['kind', 'archived'])}
            filters={(where) => (
              <>
                <SegmentedControl
                  aria-label={t('catalog.list.kindFilter')}
                  value={kind}
                  onChange={(value) => update({ kind: value === 'all' ? null : value })}
                  fullWidth={where === 'drawer'}
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
                  mb={where === 'bar' ? 8 : 0}
                />
              </>
            )}
            noMatch={{
              title: t('catalog.list.noMatchTitle'),
              description: t('catalog.list.noMatchDescription'),
            }}
            empty={
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
            }
          />
        </Grid.Col>
      </Grid>
    </>
  );
}

function NameCell({ product, categoryPath, to }: { product: Product; categoryPath?: string; to?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap={6} wrap="wrap">
        <ProductName product={product} to={to} />
        <ProductBadges product={product} />
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
    </>
  );
}

function ProductName({ product, to }: { product: Product; to?: string }) {
  return to ? (
    <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
      {product.name}
    </Anchor>
  ) : (
    <Text fw={600} size="sm">
      {product.name}
    </Text>
  );
}

function ProductBadges({ product }: { product: Product }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

const vatText = (product: Product) => vatLabel({ rate: product.vatRate, category: product.vatCategory });

interface ProductCardProps {
  product: Product;
  units: Unit[] | undefined;
  categoryPath: string | undefined;
  /** Absent without write access (there is no read-only page). */
  to?: string;
}

/** On a phone: name and price, then reference, unit, VAT rate and category. */
function ProductCard({ product, units, categoryPath, to }: ProductCardProps) {
  const { t } = useTranslation();
  return (
    <ListCard
      title={<ProductName product={product} to={to} />}
      badges={<ProductBadges product={product} />}
      aside={
        <Text size="sm" fw={600}>
          {formatUnitPrice(product.unitPrice, product.currency)}
        </Text>
      }
    >
      <Text size="xs" c="dimmed">
        {[product.sku, unitName(units, product.unitCode)].filter(Boolean).join(' · ')}
        {' · '}
        {t('catalog.list.columns.vat')} {vatText(product)}
      </Text>
      {categoryPath && (
        <Group gap={4} wrap="nowrap" c="dimmed">
          <IconFolder size={12} aria-hidden style={{ flex: 'none' }} />
          <Text size="xs" truncate="end">
            <VisuallyHidden>{t('catalog.fields.category')} : </VisuallyHidden>
            {categoryPath}
          </Text>
        </Group>
      )}
    </ListCard>
  );
}
