import {
  Alert,
  Anchor,
  Badge,
  Button,
  DataList,
  Grid,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconBuilding,
  IconHistory,
  IconPencil,
  IconTrash,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { HeaderAction } from '../../components/HeaderAction';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { Timeline } from '../../components/Timeline';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { currencyName, formatDateTime, regionName } from '../../lib/format';
import { useCompany } from '../companies/company-context';
import { groupIban } from '../companies/company-form';
import { ContactDocumentsSection, useContactDocuments } from '../documents/ContactDocuments';
import { ReminderPauseControl } from '../reminders/ReminderPause';
import { CustomerReminderRules } from '../reminders/rules/CustomerReminderRules';
import { ContactsBreadcrumb } from './ContactsBreadcrumb';
import { contactsPath } from './paths';
import { CONTACT_PERMISSIONS, type Contact, type ContactAddress, ROLE_COLORS } from './types';

function Empty() {
  return (
    <Text span c="dimmed">
      —
    </Text>
  );
}

function value(content: ReactNode | null | undefined): ReactNode {
  return content === null || content === undefined || content === '' ? <Empty /> : content;
}

function AddressLines({ address }: { address: ContactAddress }) {
  const lines = [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.country ? regionName(address.country) : null,
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return <Empty />;
  return (
    <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
      {lines.map((line) => (
        <span key={line} style={{ display: 'block' }}>
          {line}
        </span>
      ))}
    </Text>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value(children)}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** A web address as typed ("example.be") made into a link. */
function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

export function ContactDetailPage() {
  const { t } = useTranslation();
  const { contactId = '' } = useParams();
  const { companyId, can } = useCompany();
  const query = useApiRoute('/api/v1/companies/{companyId}/contacts/{contactId}', { companyId, contactId });

  if (query.error) {
    return (
      <>
        <PageHeader
          eyebrow={<ContactsBreadcrumb companyId={companyId} />}
          title={t('contacts.detail.title')}
        />
        <ErrorState error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (!query.data) {
    return (
      <Stack gap="lg" aria-busy="true">
        <span className="visually-hidden">{t('common.loading')}</span>
        <Skeleton height={36} width="40%" />
        <Grid gap="lg">
          {[0, 1, 2, 3].map((i) => (
            <Grid.Col key={i} span={{ base: 12, md: 6 }}>
              <Skeleton height={180} radius="md" />
            </Grid.Col>
          ))}
        </Grid>
      </Stack>
    );
  }
  return (
    <ContactDetail
      contact={query.data}
      canWrite={can(CONTACT_PERMISSIONS.write)}
      companyId={companyId}
      onChange={(contact) => query.setData(() => contact)}
    />
  );
}

interface ContactDetailProps {
  contact: Contact;
  companyId: string;
  canWrite: boolean;
  onChange: (contact: Contact) => void;
}

function ContactDetail({ contact, companyId, canWrite, onChange }: ContactDetailProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [archiving, setArchiving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const path = { companyId, contactId: contact.id };
  const documents = useContactDocuments(companyId, contact.id);

  const toggleArchived = async () => {
    setArchiving(true);
    try {
      const updated = await callApi('patch', '/api/v1/companies/{companyId}/contacts/{contactId}', {
        path,
        body: { archived: !contact.archived },
      });
      onChange(updated);
      notifySuccess(
        updated.archived
          ? t('contacts.detail.archivedDone', { name: contact.name })
          : t('contacts.detail.unarchivedDone', { name: contact.name }),
      );
    } catch (error) {
      notifyError(t, error);
    } finally {
      setArchiving(false);
    }
  };

  const remove = async () => {
    setDeleting(true);
    try {
      await callApi('delete', '/api/v1/companies/{companyId}/contacts/{contactId}', { path });
      notifySuccess(t('contacts.detail.deleted', { name: contact.name }));
      navigate(contactsPath(companyId), { replace: true });
    } catch (error) {
      notifyError(t, error);
      setDeleting(false);
      setConfirmDelete(false);
    }
  };

  const TypeIcon = contact.type === 'person' ? IconUser : IconBuilding;

  return (
    <>
      <PageHeader
        eyebrow={<ContactsBreadcrumb companyId={companyId} />}
        title={contact.name}
        actions={
          canWrite && (
            <>
              <Button
                component={Link}
                to={contactsPath(companyId, contact.id, 'edit')}
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                {t('contacts.detail.edit')}
              </Button>
              <HeaderAction
                label={contact.archived ? t('contacts.detail.unarchive') : t('contacts.detail.archive')}
                loading={archiving}
                onClick={() => void toggleArchived()}
                icon={
                  contact.archived ? (
                    <IconArchiveOff size={16} aria-hidden />
                  ) : (
                    <IconArchive size={16} aria-hidden />
                  )
                }
              />
              <HeaderAction
                label={t('contacts.detail.delete')}
                danger
                onClick={() => setConfirmDelete(true)}
                icon={<IconTrash size={16} aria-hidden />}
              />
            </>
          )
        }
      />
      <Group gap="xs" mt={-8} mb="lg">
        <Badge variant="default" leftSection={<TypeIcon size={12} aria-hidden />} tt="none">
          {t(`contacts.types.${contact.type}`)}
        </Badge>
        {contact.roles.map((role) => (
          <Badge key={role} variant="light" color={ROLE_COLORS[role]}>
            {t(`contacts.roles.${role}`)}
          </Badge>
        ))}
        {contact.archived && (
          <Badge variant="outline" color="gray">
            {t('contacts.archived')}
          </Badge>
        )}
      </Group>

      <Stack gap="lg">
        {contact.archived && (
          <Alert color="gray" variant="light" icon={<IconArchive size={18} aria-hidden />}>
            {t('contacts.detail.archivedNotice')}
          </Alert>
        )}

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard id="identity" title={t('contacts.detail.sections.identity')}>
              <DataList labelWidth={200}>
                <Field label={t('contacts.fields.legalName')}>{contact.legalName}</Field>
                <Field label={t('contacts.fields.vatNumber')}>
                  {contact.vatNumber && (
                    <Text ff="monospace" size="sm" span>
                      {contact.vatNumber}
                    </Text>
                  )}
                </Field>
                <Field label={t('contacts.fields.enterpriseNumber')}>
                  {contact.enterpriseNumber && (
                    <Text ff="monospace" size="sm" span>
                      {contact.enterpriseNumber}
                    </Text>
                  )}
                </Field>
                <Field label={t('contacts.fields.emails')}>
                  {contact.emails.length > 0 && (
                    <Stack gap={2}>
                      {contact.emails.map((email) => (
                        <Anchor key={email} href={`mailto:${email}`} size="sm">
                          {email}
                        </Anchor>
                      ))}
                    </Stack>
                  )}
                </Field>
                <Field label={t('contacts.fields.phone')}>
                  {contact.phone && (
                    <Anchor href={`tel:${contact.phone.replace(/\s+/g, '')}`} size="sm">
                      {contact.phone}
                    </Anchor>
                  )}
                </Field>
                <Field label={t('contacts.fields.website')}>
                  {contact.website && (
                    <Anchor
                      href={websiteHref(contact.website)}
                      target="_blank"
                      rel="noopener noreferrer"
                      size="sm"
                    >
                      {contact.website}
                    </Anchor>
                  )}
                </Field>
                <Field label={t('contacts.fields.language')}>
                  {t(`contacts.languages.${contact.language}`)}
                </Field>
              </DataList>
            </SectionCard>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="lg">
              <SectionCard id="billing" title={t('contacts.detail.sections.billing')}>
                <DataList labelWidth={200}>
                  <Field label={t('contacts.fields.paymentTermsDays')}>
                    {contact.paymentTermsDays === null
                      ? t('contacts.fields.companyDefault')
                      : t('contacts.detail.days', { count: contact.paymentTermsDays })}
                  </Field>
                  <Field label={t('contacts.fields.currency')}>
                    {contact.currency
                      ? `${contact.currency} — ${currencyName(contact.currency)}`
                      : t('contacts.fields.companyDefault')}
                  </Field>
                  <Field label={t('contacts.fields.iban')}>
                    {contact.iban && (
                      <Text ff="monospace" size="sm" span>
                        {groupIban(contact.iban)}
                      </Text>
                    )}
                  </Field>
                  <Field label={t('contacts.fields.bic')}>{contact.bic}</Field>
                  <Field label={t('contacts.fields.peppolId')}>
                    {contact.peppolId && (
                      <Text ff="monospace" size="sm" span>
                        {contact.peppolId}
                      </Text>
                    )}
                  </Field>
                  <Field label={t('contacts.fields.deliveryPreference')}>
                    {t(`contacts.deliveryPreferences.${contact.deliveryPreference}`)}
                  </Field>
                </DataList>
              </SectionCard>
            </Stack>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard id="addresses" title={t('contacts.detail.sections.addresses')}>
              <DataList labelWidth={200}>
                <Field label={t('contacts.detail.billingAddress')}>
                  <AddressLines address={contact.address} />
                </Field>
                <Field label={t('contacts.fields.deliveryAddress')}>
                  {contact.deliveryAddress ? (
                    <AddressLines address={contact.deliveryAddress} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('contacts.detail.sameAsBilling')}
                    </Text>
                  )}
                </Field>
              </DataList>
            </SectionCard>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard id="organisation" title={t('contacts.detail.sections.organisation')}>
              <DataList labelWidth={200}>
                <Field label={t('contacts.fields.tags')}>
                  {contact.tags.length > 0 && (
                    <Group gap={4}>
                      {contact.tags.map((tag) => (
                        <Badge key={tag} variant="light" color="gray" tt="none">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Field>
                <Field label={t('contacts.fields.notes')}>
                  {contact.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {contact.notes}
                    </Text>
                  )}
                </Field>
                <Field label={t('contacts.detail.createdAt')}>{formatDateTime(contact.createdAt)}</Field>
                <Field label={t('contacts.detail.updatedAt')}>{formatDateTime(contact.updatedAt)}</Field>
              </DataList>
            </SectionCard>
          </Grid.Col>
        </Grid>

        <Anchor component={Link} to={contactsPath(companyId, contact.id, 'statement')} fw={600}>
          {t('statement.link')}
        </Anchor>
        <ContactDocumentsSection companyId={companyId} contactId={contact.id} documents={documents} />
        {contact.roles.includes('customer') && (
          <CustomerReminderRules contactId={contact.id}>
            <ReminderPauseControl target={{ contactId: contact.id }} />
          </CustomerReminderRules>
        )}

        <SectionCard
          id="persons"
          title={t('contacts.detail.sections.persons')}
          flush={contact.persons.length > 0}
        >
          {contact.persons.length === 0 ? (
            <EmptyBlock
              size="sm"
              headingOrder={3}
              icon={<IconUsers size={24} />}
              title={t('contacts.detail.noPersonsTitle')}
              description={t('contacts.detail.noPersonsDescription')}
              action={
                canWrite && (
                  <Button
                    variant="light"
                    component={Link}
                    to={contactsPath(companyId, contact.id, 'edit')}
                    leftSection={<IconPencil size={16} aria-hidden />}
                  >
                    {t('contacts.form.addPerson')}
                  </Button>
                )
              }
            />
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('contacts.fields.personName')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.fields.personRole')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.fields.personEmail')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.fields.personPhone')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contact.persons.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {person.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{value(person.role)}</Text>
                      </Table.Td>
                      <Table.Td>
                        {person.email ? (
                          <Anchor href={`mailto:${person.email}`} size="sm">
                            {person.email}
                          </Anchor>
                        ) : (
                          <Empty />
                        )}
                      </Table.Td>
                      <Table.Td>
                        {person.phone ? (
                          <Anchor href={`tel:${person.phone.replace(/\s+/g, '')}`} size="sm">
                            {person.phone}
                          </Anchor>
                        ) : (
                          <Empty />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </SectionCard>

        <SectionCard
          id="timeline"
          title={t('contacts.detail.sections.timeline')}
          description={t('contacts.detail.timelineDescription')}
        >
          <Timeline
            items={documents.timeline}
            empty={{
              icon: <IconHistory size={24} />,
              title: t('contacts.detail.timelineEmptyTitle'),
              description: t('contacts.detail.timelineEmptyDescription'),
            }}
          />
        </SectionCard>
      </Stack>

      <ConfirmDialog
        opened={confirmDelete}
        onClose={() => !deleting && setConfirmDelete(false)}
        loading={deleting}
        danger
        title={t('contacts.detail.deleteTitle')}
        message={t('contacts.detail.deleteConfirm', { name: contact.name })}
        confirmLabel={t('contacts.detail.delete')}
        onConfirm={() => void remove()}
      />
    </>
  );
}
