import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconMailOff, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ErrorState } from '../../components/ErrorState';
import { CardItem, CardList, ListCard } from '../../components/list/ListCard';
import { SectionCard } from '../../components/SectionCard';
import { TableSkeleton } from '../../components/TableSkeleton';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { useIsPhone } from '../../lib/media';
import { useMe, useSession } from '../auth/session';
import type { Role } from '../auth/types';
import { useCompany } from '../companies/company-context';
import { PERMISSIONS } from '../companies/permissions';
import { InviteForm } from './InviteForm';
import { ROLE_COLORS, ROLES } from './roles';
import type { Invitation, Member } from './types';

type PendingAction =
  | { kind: 'removeMember'; member: Member }
  | { kind: 'revokeInvitation'; invitation: Invitation }
  | null;

/** The red trash icon ending a row: `label` is its tooltip, `ariaLabel` also names the row. */
function RemoveRowButton({
  label,
  ariaLabel,
  onClick,
}: {
  label: string;
  ariaLabel: string;
  onClick: () => void;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="red" aria-label={ariaLabel} onClick={onClick}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { companyId, can, membership } = useCompany();
  const { user } = useMe();
  const { refresh } = useSession();
  const canManage = can(PERMISSIONS.membersManage);
  // Only an owner may grant or take away the owner role (the server enforces the same rule).
  const isOwner = membership.role === 'owner';
  const members = useApiRoute('/api/v1/companies/{companyId}/members', { companyId });
  const invitations = useApiRoute(
    '/api/v1/companies/{companyId}/invitations',
    can(PERMISSIONS.membersRead) ? { companyId } : null,
  );
  const [pending, setPending] = useState<PendingAction>(null);
  const [busy, setBusy] = useState(false);
  const [roleSaving, setRoleSaving] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  // On a phone the two lists are cards, not tables scrolling sideways.
  const phone = useIsPhone();

  const changeRole = async (member: Member, role: Role) => {
    if (role === member.role) return;
    setRoleSaving(member.userId);
    try {
      const updated = await callApi('patch', '/api/v1/companies/{companyId}/members/{userId}', {
        path: { companyId, userId: member.userId },
        body: { role },
      });
      members.setData(
        (data) =>
          data && { items: data.items.map((m) => (m.userId === member.userId ? { ...m, ...updated } : m)) },
      );
      notifySuccess(t('members.roleChanged', { name: member.name, role: t(`roles.${role}.label`) }));
      if (member.userId === user.id) void refresh();
    } catch (error) {
      notifyError(t, error);
    } finally {
      setRoleSaving(null);
    }
  };

  const confirmPending = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'removeMember') {
        const { member } = pending;
        await callApi('delete', '/api/v1/companies/{companyId}/members/{userId}', {
          path: { companyId, userId: member.userId },
        });
        notifySuccess(t('members.removed', { name: member.name }));
        if (member.userId === user.id) {
          // Leaving the company: it is no longer reachable.
          await refresh();
          navigate('/', { replace: true });
          return;
        }
        members.setData((data) => data && { items: data.items.filter((m) => m.userId !== member.userId) });
      } else {
        const { invitation } = pending;
        await callApi('delete', '/api/v1/companies/{companyId}/invitations/{invitationId}', {
          path: { companyId, invitationId: invitation.id },
        });
        notifySuccess(t('members.invitations.revoked', { email: invitation.email }));
        invitations.setData((data) => data && { items: data.items.filter((i) => i.id !== invitation.id) });
      }
      setPending(null);
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  };

  const roleOptions = ROLES.map((role) => ({
    value: role,
    label: t(`roles.${role}.label`),
    disabled: role === 'owner' && !isOwner,
  }));

  const memberParts = (member: Member) => {
    const isSelf = member.userId === user.id;
    const editable = canManage && (isOwner || member.role !== 'owner');
    const identity = (
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
        <Avatar name={member.name || member.email} color="initials" radius="xl" size={36} aria-hidden />
        <div style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={500} truncate="end">
              {member.name || member.email}
            </Text>
            {isSelf && (
              <Badge size="xs" variant="light" color="gray">
                {t('members.you')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" truncate="end">
            {member.email}
          </Text>
        </div>
      </Group>
    );
    const role = editable ? (
      <Select
        size="xs"
        data={roleOptions}
        value={member.role}
        onChange={(value) => value && void changeRole(member, value as Role)}
        disabled={roleSaving === member.userId}
        aria-label={t('members.roleFor', { name: member.name || member.email })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    ) : (
      <Badge variant="light" color={ROLE_COLORS[member.role]}>
        {t(`roles.${member.role}.label`)}
      </Badge>
    );
    const remove = editable && (
      <RemoveRowButton
        label={isSelf ? t('members.leave') : t('members.remove')}
        ariaLabel={
          isSelf ? t('members.leave') : t('members.removeNamed', { name: member.name || member.email })
        }
        onClick={() => setPending({ kind: 'removeMember', member })}
      />
    );
    return { identity, role, remove };
  };

  const invitationParts = (invitation: Invitation) => ({
    role: (
      <Badge variant="light" color={ROLE_COLORS[invitation.role]}>
        {t(`roles.${invitation.role}.label`)}
      </Badge>
    ),
    revoke: canManage && (isOwner || invitation.role !== 'owner') && (
      <RemoveRowButton
        label={t('members.invitations.revoke')}
        ariaLabel={t('members.invitations.revokeNamed', { email: invitation.email })}
        onClick={() => setPending({ kind: 'revokeInvitation', invitation })}
      />
    ),
  });

  return (
    <Stack gap="lg">
      {canManage && (
        <SectionCard
          id="invite"
          title={t('members.invite.title')}
          description={t('members.invite.description')}
        >
          <InviteForm
            companyId={companyId}
            canGrantOwner={isOwner}
            onInvited={invitations.reload}
            emailRef={emailRef}
          />
        </SectionCard>
      )}

      <SectionCard
        id="members"
        title={t('members.title')}
        description={t('members.description', { company: membership.companyName })}
        flush
      >
        {members.error ? (
          <Stack p="md">
            <ErrorState error={members.error} onRetry={members.reload} />
          </Stack>
        ) : !members.data ? (
          <TableSkeleton rows={3} />
        ) : phone ? (
          <CardList label={t('members.title')}>
            {members.data.items.map((member) => {
              const parts = memberParts(member);
              return (
                <CardItem key={member.userId}>
                  <ListCard title={parts.identity} aside={parts.remove}>
                    <Group gap="sm" wrap="nowrap" justify="space-between" mt={4}>
                      <div style={{ flex: 1, minWidth: 0, maxWidth: 220 }}>{parts.role}</div>
                      <Text size="xs" c="dimmed">
                        {t('members.columns.joined')} {formatDate(member.joinedAt)}
                      </Text>
                    </Group>
                  </ListCard>
                </CardItem>
              );
            })}
          </CardList>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('members.columns.member')}</Table.Th>
                  <Table.Th scope="col" w={200}>
                    {t('members.columns.role')}
                  </Table.Th>
                  <Table.Th scope="col" w={140}>
                    {t('members.columns.joined')}
                  </Table.Th>
                  <Table.Th scope="col" w={72}>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.items.map((member) => {
                  const parts = memberParts(member);
                  return (
                    <Table.Tr key={member.userId}>
                      <Table.Td>{parts.identity}</Table.Td>
                      <Table.Td>{parts.role}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(member.joinedAt)}</Text>
                      </Table.Td>
                      <Table.Td>{parts.remove}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>

      {can(PERMISSIONS.membersRead) && (
        <SectionCard
          id="invitations"
          title={t('members.invitations.title')}
          description={t('members.invitations.description')}
          flush
        >
          {invitations.error ? (
            <Stack p="md">
              <ErrorState error={invitations.error} onRetry={invitations.reload} />
            </Stack>
          ) : !invitations.data ? (
            <TableSkeleton rows={2} />
          ) : invitations.data.items.length === 0 ? (
            <EmptyBlock
              size="sm"
              headingOrder={3}
              icon={<IconMailOff size={24} />}
              title={t('members.invitations.emptyTitle')}
              description={t('members.invitations.emptyDescription')}
              action={
                canManage && (
                  <Button
                    variant="light"
                    leftSection={<IconUserPlus size={16} aria-hidden />}
                    onClick={() => emailRef.current?.focus()}
                  >
                    {t('members.invitations.emptyAction')}
                  </Button>
                )
              }
            />
          ) : phone ? (
            <CardList label={t('members.invitations.title')}>
              {invitations.data.items.map((invitation) => {
                const parts = invitationParts(invitation);
                return (
                  <CardItem key={invitation.id}>
                    <ListCard
                      title={
                        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {invitation.email}
                        </Text>
                      }
                      aside={parts.revoke}
                    >
                      <Group gap="xs">
                        {parts.role}
                        <Text size="xs" c="dimmed">
                          {t('members.columns.invitedBy')} {invitation.invitedByName} ·{' '}
                          {t('members.columns.expires')} {formatDateTime(invitation.expiresAt)}
                        </Text>
                      </Group>
                    </ListCard>
                  </CardItem>
                );
              })}
            </CardList>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fields.email')}</Table.Th>
                    <Table.Th scope="col" w={150}>
                      {t('members.columns.role')}
                    </Table.Th>
                    <Table.Th scope="col">{t('members.columns.invitedBy')}</Table.Th>
                    <Table.Th scope="col">{t('members.columns.expires')}</Table.Th>
                    <Table.Th scope="col" w={72}>
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {invitations.data.items.map((invitation) => {
                    const parts = invitationParts(invitation);
                    return (
                      <Table.Tr key={invitation.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {invitation.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>{parts.role}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{invitation.invitedByName}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDateTime(invitation.expiresAt)}</Text>
                        </Table.Td>
                        <Table.Td>{parts.revoke}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </SectionCard>
      )}

      <SectionCard id="roles" title={t('members.rolesTitle')} description={t('members.rolesDescription')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {ROLES.map((role) => (
            <Stack key={role} gap={4}>
              <Badge variant="light" color={ROLE_COLORS[role]} w="fit-content">
                {t(`roles.${role}.label`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t(`roles.${role}.description`)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </SectionCard>

      <ConfirmDialog
        opened={pending !== null}
        onClose={() => !busy && setPending(null)}
        loading={busy}
        danger
        title={
          pending?.kind === 'revokeInvitation'
            ? t('members.invitations.revokeTitle')
            : pending?.member.userId === user.id
              ? t('members.leaveTitle')
              : t('members.removeTitle')
        }
        message={
          pending?.kind === 'revokeInvitation'
            ? t('members.invitations.revokeConfirm', { email: pending.invitation.email })
            : pending?.member.userId === user.id
              ? t('members.leaveConfirm', { company: membership.companyName })
              : t('members.removeConfirm', {
                  name: pending?.member.name ?? '',
                  company: membership.companyName,
                })
        }
        confirmLabel={
          pending?.kind === 'revokeInvitation' ? t('members.invitations.revoke') : t('members.remove')
        }
        onConfirm={() => void confirmPending()}
      />
    </Stack>
  );
}
