import { Button, Grid, Select, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { IconSend } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, toApiError } from '../../lib/api';
import { applyApiError, errorMessage, notifySuccess } from '../../lib/errors';
import type { Role } from '../auth/types';
import { companyApiPath } from '../companies/company-context';
import { ROLES } from './roles';

interface InviteFormProps {
  companyId: string;
  onInvited: () => void;
  canGrantOwner: boolean;
  emailRef?: Ref<HTMLInputElement>;
}

export function InviteForm({ companyId, onInvited, canGrantOwner, emailRef }: InviteFormProps) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const form = useForm<{ email: string; role: Role }>({
    initialValues: { email: '', role: 'sales' },
    validate: { email: isEmail(t('validation.email')) },
  });

  const submit = form.onSubmit(async (values) => {
    setSending(true);
    try {
      await api(companyApiPath(companyId, '/invitations'), {
        method: 'POST',
        body: { email: values.email.trim(), role: values.role },
      });
      notifySuccess(t('members.invite.sent', { email: values.email.trim() }));
      form.reset();
      onInvited();
    } catch (error) {
      const err = toApiError(error);
      if (err.code === 'already_member' && err.errors.length === 0) {
        form.setFieldError('email', errorMessage(t, err));
      } else {
        applyApiError(t, form, err);
      }
    } finally {
      setSending(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="md" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            ref={emailRef}
            label={t('fields.email')}
            type="email"
            placeholder={t('members.invite.emailPlaceholder')}
            required
            {...form.getInputProps('email')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label={t('fields.role')}
            data={ROLES.map((role) => ({
              value: role,
              label: t(`roles.${role}.label`),
              disabled: role === 'owner' && !canGrantOwner,
            }))}
            required
            {...form.getInputProps('role')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Button type="submit" fullWidth loading={sending} leftSection={<IconSend size={16} aria-hidden />}>
            {t('members.invite.submit')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}
