import { Anchor, Badge, Button, Group, SegmentedControl, Switch, Text, Tooltip } from '@mantine/core';
import { IconAddressBook, IconBuilding, IconMail, IconMapPin, IconPlus, IconUser } from '@tabler/icons-react';
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
import { regionName } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { ImportButton } from '../imports/ImportButton';
import { contactsPath } from './paths';
import { CONTACT_PERMISSIONS, type Contact, type ContactRole, ROLE_COLORS } from './types';

type RoleFilter = 'all' | ContactRole;
type SortKey = 'name' | '-name';

const MAX_TAGS = 3;

function readRole(value: string | null): RoleFilter {
  return value === 'customer' || value === 'supplier' ? value : 'all';
}

export function ContactsListPage() {
  const { t } = useTranslation();
  const { companyId, membership, can } = useCompany();
  const canWrite = can(CONTACT_PERMISSIONS.write);

  const listParams = useListParams();
  const { params, q, update } = listParams;
  const role = readRole(params.get('role'));
  const showArchived = params.get('archived') === 'all';
  const sort: SortKey = params.get('sort') === '-name' ? '-name' : 'name';

  const query: ApiQuery<'/api/v1/companies/{companyId}/contacts'> = {
    q: q || undefined,
    role: role === 'all' ? undefined : role,
    archived: showArchived ? 'all' : 'false',
    sort,
  };
  const list = useCursorRoute('/api/v1/companies/{companyId}/contacts', { companyId }, 50, query);

  const newContactPath = (r?: ContactRole) =>
    `${contactsPath(companyId)}/new${r && r !== 'customer' ? `?role=${r}` : ''}`;
  const href = (contact: Contact) => contactsPath(companyId, contact.id);

  const columns: ListColumn<Contact>[] = [
    {
      key: 'name',
      header: t('contacts.list.columns.name'),
      sort: { asc: 'name', desc: '-name', ascLabel: 'A → Z', descLabel: 'Z → A' },
      cell: (contact) => <NameCell contact={contact} to={href(contact)} />,
    },
    {
      key: 'vatNumber',
      header: t('contacts.list.columns.vatNumber'),
      nowrap: true,
      cell: (contact) =>
        contact.vatNumber ? (
          <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {contact.vatNumber}
          </Text>
        ) : (
          <Dash />
        ),
    },
    {
      key: 'email',
      header: t('contacts.list.columns.email'),
      cell: (contact) => <EmailCell contact={contact} />,
    },
    {
      key: 'location',
      header: t('contacts.list.columns.location'),
      cell: (contact) => <LocationCell contact={contact} />,
    },
    {
      key: 'tags',
      header: t('contacts.list.columns.tags'),
      visibleFrom: 'md',
      cell: (contact) => <TagsCell tags={contact.tags} />,
    },
  ];

  return (
    <>
      <PageHeader
        eyebrow={membership.companyName}
        title={t('contacts.title')}
        description={t('contacts.description')}
        actions={
          <>
            <ExportButton
              route="/api/v1/companies/{companyId}/contacts"
              params={{ companyId }}
              query={query}
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
          </>
        }
      />

      <ListView
        label={t('contacts.title')}
        list={list}
        columns={columns}
        getKey={(contact) => contact.id}
        href={href}
        card={(contact) => <ContactCard contact={contact} to={href(contact)} />}
        params={listParams}
        search={{ label: t('contacts.list.searchLabel'), placeholder: t('contacts.list.searchPlaceholder') }}
        sort={{ value: sort, onChange: (value) => update({ sort: value === 'name' ? null : value }) }}
        activeFilters={(role !== 'all' ? 1 : 0) + (showArchived ? 1 : 0)}
        onClearFilters={() => listParams.clear(['role', 'archived'])}
        filters={(where) => (
          <>
            <SegmentedControl
              aria-label={t('contacts.list.roleFilter')}
              value={role}
              onChange={(value) => update({ role: value === 'all' ? null : value })}
              fullWidth={where === 'drawer'}
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
              mb={where === 'bar' ? 8 : 0}
            />
          </>
        )}
        noMatch={{
          title: t('contacts.list.noMatchTitle'),
          description: t('contacts.list.noMatchDescription'),
        }}
        empty={
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
        }
      />
    </>
  );
}

function TypeIcon({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const Icon = contact.type === 'person' ? IconUser : IconBuilding;
  return (
    <Tooltip label={t(`contacts.types.${contact.type}`)}>
      <Icon
        size={18}
        stroke={1.6}
        style={{ flex: 'none', marginTop: 2, color: 'var(--mantine-color-dimmed)' }}
        aria-label={t(`contacts.types.${contact.type}`)}
        role="img"
      />
    </Tooltip>
  );
}

function Badges({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

function NameCell({ contact, to }: { contact: Contact; to: string }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <TypeIcon contact={contact} />
      <div style={{ minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
            {contact.name}
          </Anchor>
          <Badges contact={contact} />
        </Group>
        {contact.legalName && contact.legalName !== contact.name && (
          <Text size="xs" c="dimmed" truncate="end">
            {contact.legalName}
          </Text>
        )}
      </div>
    </Group>
  );
}

function EmailCell({ contact }: { contact: Contact }) {
  const [firstEmail, ...otherEmails] = contact.emails;
  if (!firstEmail) return <Dash />;
  return (
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
  );
}

function LocationCell({ contact }: { contact: Contact }) {
  const city = contact.address?.city;
  const country = contact.address?.country;
  if (!city && !country) return <Dash />;
  return (
    <>
      <Text size="sm">{city || regionName(country ?? '')}</Text>
      {city && country && (
        <Text size="xs" c="dimmed">
          {regionName(country)}
        </Text>
      )}
    </>
  );
}

function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <Dash />;
  const extraTags = tags.length - MAX_TAGS;
  return (
    <Group gap={4} wrap="wrap" miw={160}>
      {tags.slice(0, MAX_TAGS).map((tag) => (
        <Badge key={tag} size="sm" variant="light" color="gray" tt="none">
          {tag}
        </Badge>
      ))}
      {extraTags > 0 && (
        <Tooltip label={tags.slice(MAX_TAGS).join(', ')}>
          <Badge size="sm" variant="default" tt="none">
            +{extraTags}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

/** On a phone: name and roles, then the e-mail and the place on one line each. */
function ContactCard({ contact, to }: { contact: Contact; to: string }) {
  const firstEmail = contact.emails[0];
  const city = contact.address?.city;
  const country = contact.address?.country;
  const place = [city, country ? regionName(country) : null].filter(Boolean).join(', ');
  return (
    <ListCard
      title={
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <TypeIcon contact={contact} />
          <Anchor component={Link} to={to} fw={600} size="sm" c="inherit">
            {contact.name}
          </Anchor>
        </Group>
      }
      badges={<Badges contact={contact} />}
    >
      {contact.vatNumber && (
        <Text size="xs" c="dimmed" ff="monospace">
          {contact.vatNumber}
        </Text>
      )}
      {(firstEmail || place) && (
        <Group gap="md" wrap="wrap" c="dimmed">
          {firstEmail && (
            <Group gap={4} wrap="nowrap" style={{ minWidth: 0, maxWidth: '100%' }}>
              <IconMail size={14} aria-hidden style={{ flex: 'none' }} />
              <Text size="xs" truncate="end">
                {firstEmail}
              </Text>
            </Group>
          )}
          {place && (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={14} aria-hidden style={{ flex: 'none' }} />
              <Text size="xs">{place}</Text>
            </Group>
          )}
        </Group>
      )}
    </ListCard>
  );
}

function Dash() {
  return (
    <Text span c="dimmed" size="sm" aria-hidden>
      —
    </Text>
  );
}
