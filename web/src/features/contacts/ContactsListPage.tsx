import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuilding,
  IconChevronDown,
  IconChevronUp,
  IconFilterOff,
  IconPlus,
  IconSearch,
  IconUser,
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
import { regionName } from '../../lib/format';
import { useCursorList } from '../../lib/use-api';
import { useCompany } from '../companies/company-context';
import { ImportButton } from '../imports/ImportButton';
import { contactsApiPath, contactsPath } from './paths';
import { CONTACT_PERMISSIONS, type Contact, type ContactRole, ROLE_COLORS } from './types';

type RoleFilter = 'all' | ContactRole;
type SortKey = 'name' | '-name';

const MAX_TAGS = 3;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function readRole(value: string | null): RoleFilter {
  return value === 'customer' || value === 'supplier' ? value : 'all';
}

export function ContactsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, membership, can } = useCompany();
  const canWrite = can(CONTACT_PERMISSIONS.write);

  // Filters live in the URL: they survive a visit to a contact and the back button.
  const [params, setParams] = useSearchParams();
  const role = readRole(params.get('role'));
  const showArchived = params.get('archived') === 'all';
  const sort: SortKey = params.get('sort') === '-name' ? '-name' : 'name';
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

  // Runs on the debounced value only; `update` reads the latest params through the setter.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (debouncedSearch !== q) update({ q: debouncedSearch || null });
  }, [debouncedSearch]);

  const list = useCursorList<Contact>(contactsApiPath(companyId), 50, {
    q: q || undefined,
    role: role === 'all' ? undefined : role,
    archived: showArchived ? 'all' : 'false',
    sort,
  });

  const filtered = q !== '' || role !== 'all' || showArchived;
  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const newContactPath = (r?: ContactRole) =>
    `${contactsPath(companyId)}/new${r && r !== 'customer' ? `?role=${r}` : ''}`;

  const SortIcon = sort === 'name' ? IconChevronUp : IconChevronDown;

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('contacts.title')}
        description={t('contacts.description')}
        actions={
          <Group gap="sm">
            <ExportButton
              path={contactsApiPath(companyId)}
              query={{
                q: q || undefined,
                role: role === 'all' ? undefined : role,
                archived: showArchived ? 'all' : 'false',
                sort,
              }}
            />
            {canWrite && <ImportButton kind="contacts" onImported={list.reload} />}
            {canWrite && (
              <Button
                component={Link}
                to={newContactPath(role === 'all' ? undefined : role)}
                leftSection={<IconPlus size={18} aria-hidden />}
              >
                {t('contacts.new')}
              </Button>
            )}
          </Group>
        }
      />

      <Paper withBorder radius="md">
        <Group p="md" gap="md" wrap="wrap" align="center">
          <TextInput
            type="search"
            aria-label={t('contacts.list.searchLabel')}
            placeholder={t('contacts.list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={
              search ? (
                <CloseButton
                  size="sm"
                  aria-label={t('contacts.list.clearSearch')}
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
              // Enter searches at once, without waiting for the debounce.
              if (event.key === 'Enter') update({ q: search.trim() || null });
            }}
            style={{ flex: '1 1 260px' }}
          />
          <SegmentedControl
            aria-label={t('contacts.list.roleFilter')}
            value={role}
            onChange={(value) => update({ role: value === 'all' ? null : value })}
            data={[
              { value: 'all', label: t('contacts.list.filters.all') },
              { value: 'customer', label: t('contacts.list.filters.customers') },
              { value: 'supplier', label: t('contacts.list.filters.suppliers') },
            ]}
          />
          <Switch
            label={t('contacts.list.showArchived')}
            checked={showArchived}
            onChange={(event) => update({ archived: event.currentTarget.checked ? 'all' : null })}
          />
        </Group>

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
                icon={<IconSearch size={24} />}
                title={t('contacts.list.noMatchTitle')}
                description={t('contacts.list.noMatchDescription')}
                action={
                  <Button
                    variant="light"
                    leftSection={<IconFilterOff size={16} aria-hidden />}
                    onClick={clearFilters}
                  >
                    {t('contacts.list.clearFilters')}
                  </Button>
                }
              />
            ) : (
              <EmptyBlock
                icon={<IconAddressBook size={28} />}
                title={t('contacts.list.emptyTitle')}
                description={t('contacts.list.emptyDescription')}
                action={
                  canWrite && (
                    <Button
                      component={Link}
                      to={newContactPath()}
                      leftSection={<IconPlus size={16} aria-hidden />}
                    >
                      {t('contacts.list.emptyAction')}
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
                      <Table.Th scope="col" aria-sort={sort === 'name' ? 'ascending' : 'descending'}>
                        <UnstyledButton
                          onClick={() => update({ sort: sort === 'name' ? '-name' : null })}
                          fw={700}
                          fz="sm"
                        >
                          <Group gap={4} wrap="nowrap">
                            {t('contacts.list.columns.name')}
                            <SortIcon size={14} aria-hidden />
                            <VisuallyHidden>
                              {sort === 'name'
                                ? t('contacts.list.sortedAscending')
                                : t('contacts.list.sortedDescending')}
                            </VisuallyHidden>
                          </Group>
                        </UnstyledButton>
                      </Table.Th>
                      <Table.Th scope="col" style={NO_WRAP}>
                        {t('contacts.list.columns.vatNumber')}
                      </Table.Th>
                      <Table.Th scope="col">{t('contacts.list.columns.email')}</Table.Th>
                      <Table.Th scope="col">{t('contacts.list.columns.location')}</Table.Th>
                      <Table.Th scope="col" visibleFrom="md" miw={160}>
                        {t('contacts.list.columns.tags')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((contact) => (
                      <ContactRow
                        key={contact.id}
                        contact={contact}
                        to={contactsPath(companyId, contact.id)}
                        onOpen={(to) => navigate(to)}
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
    </>
  );
}

function ContactRow({ contact, to, onOpen }: { contact: Contact; to: string; onOpen: (to: string) => void }) {
  const { t } = useTranslation();
  const TypeIcon = contact.type === 'person' ? IconUser : IconBuilding;
  const [firstEmail, ...otherEmails] = contact.emails;
  const city = contact.address?.city;
  const country = contact.address?.country;
  const extraTags = contact.tags.length - MAX_TAGS;
  return (
    <Table.Tr
      onClick={(event) => {
        // Links inside the row keep their own behaviour (new tab, mailto…).
        if ((event.target as HTMLElement).closest('a')) return;
        if (window.getSelection()?.toString()) return;
        onOpen(to);
      }}
      style={{ cursor: 'pointer' }}
    >
      <Table.Td>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Tooltip label={t(`contacts.types.${contact.type}`)}>
            <TypeIcon
              size={18}
              stroke={1.6}
              style={{ flex: 'none', marginTop: 2, color: 'var(--mantine-color-dimmed)' }}
              aria-label={t(`contacts.types.${contact.type}`)}
              role="img"
            />
          </Tooltip>
          <div style={{ minWidth: 0 }}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
                {contact.name}
              </Anchor>
              {contact.roles.map((r) => (
                <Badge key={r} size="xs" variant="light" color={ROLE_COLORS[r]}>
                  {t(`contacts.roles.${r}`)}
                </Badge>
              ))}
              {contact.archived && (
                <Badge size="xs" variant="outline" color="gray">
                  {t('contacts.archived')}
                </Badge>
              )}
            </Group>
            {contact.legalName && contact.legalName !== contact.name && (
              <Text size="xs" c="dimmed" truncate="end">
                {contact.legalName}
              </Text>
            )}
          </div>
        </Group>
      </Table.Td>
      <Table.Td>
        {contact.vatNumber ? (
          <Text size="sm" ff="monospace" style={NO_WRAP}>
            {contact.vatNumber}
          </Text>
        ) : (
          <Dash />
        )}
      </Table.Td>
      <Table.Td>
        {firstEmail ? (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" truncate="end" maw={240}>
              {firstEmail}
            </Text>
            {otherEmails.length > 0 && (
              <Tooltip label={otherEmails.join(', ')}>
                <Badge size="xs" variant="default">
                  +{otherEmails.length}
                </Badge>
              </Tooltip>
            )}
          </Group>
        ) : (
          <Dash />
        )}
      </Table.Td>
      <Table.Td>
        {city || country ? (
          <>
            <Text size="sm">{city || regionName(country ?? '')}</Text>
            {city && country && (
              <Text size="xs" c="dimmed">
                {regionName(country)}
              </Text>
            )}
          </>
        ) : (
          <Dash />
        )}
      </Table.Td>
      <Table.Td visibleFrom="md">
        {contact.tags.length > 0 ? (
          <Group gap={4} wrap="wrap">
            {contact.tags.slice(0, MAX_TAGS).map((tag) => (
              <Badge key={tag} size="sm" variant="light" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
            {extraTags > 0 && (
              <Tooltip label={contact.tags.slice(MAX_TAGS).join(', ')}>
                <Badge size="sm" variant="default" tt="none">
                  +{extraTags}
                </Badge>
              </Tooltip>
            )}
          </Group>
        ) : (
          <Dash />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Dash() {
  return (
    <Text span c="dimmed" size="sm" aria-hidden>
      —
    </Text>
  );
}
