import { Alert, Button, Flex, Grid, Select, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { IconLink, IconSend } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValueButton } from '../../components/CopyValueButton';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError, errorMessage, notifySuccess } from '../../lib/errors';
import { currentLanguage, LANGUAGES, type Language } from '../../lib/i18n';
import type { Role } from '../auth/types';
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
  /**
   * The link of the invitation just made, shown to its inviter only (the server answers it to this
   * request alone): to hand over when the mail cannot leave (no SMTP server), or to send another way.
   */
  const [handOver, setHandOver] = useState<{ email: string; link: string; mailed: boolean } | null>(null);
  const form = useForm<{ email: string; role: Role; language: Language }>({
    // The invitee's language is a guess: the inviter's own, which they can change.
    initialValues: { email: '', role: 'sales', language: currentLanguage() },
    validate: { email: isEmail(t('validation.email')) },
  });

  const submit = form.onSubmit(async (values) => {
    setSending(true);
    try {
      const email = values.email.trim();
      const created = await callApi('post', '/api/v1/companies/{companyId}/invitations', {
        path: { companyId },
        body: { email, role: values.role, language: values.language },
      });
      setHandOver({ email, link: created.link, mailed: created.mailed });
      notifySuccess(t(created.mailed ? 'members.invite.sent' : 'members.invite.created', { email }));
      form.reset();
      form.setFieldValue('language', values.language);
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
    <Stack gap="md">
      <form onSubmit={submit} noValidate>
        <Grid gap="md" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <TextInput
              ref={emailRef}
              label={t('fields.email')}
              type="email"
              placeholder={t('members.invite.emailPlaceholder')}
              required
              {...form.getInputProps('email')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
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
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Select
              label={t('members.invite.language')}
              data={LANGUAGES.map((language) => ({
                value: language,
                label: t(`contacts.languages.${language}`),
              }))}
              allowDeselect={false}
              required
              {...form.getInputProps('language')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
            <Button
              type="submit"
              fullWidth
              loading={sending}
              leftSection={<IconSend size={16} aria-hidden />}
            >
              {t('members.invite.submit')}
            </Button>
          </Grid.Col>
        </Grid>
      </form>
      {handOver && (
        <Alert
          variant="light"
          color="blue"
          icon={<IconLink size={18} aria-hidden />}
          title={t(handOver.mailed ? 'members.invite.linkTitle' : 'members.invite.handOverTitle')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setHandOver(null)}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t(handOver.mailed ? 'members.invite.mailedLink' : 'members.invite.handOver', {
                email: handOver.email,
              })}
            </Text>
            {/* On a phone the link takes the whole width, the button below it. */}
            <Flex
              gap="xs"
              direction={{ base: 'column', xs: 'row' }}
              align={{ base: 'stretch', xs: 'flex-end' }}
            >
              <TextInput
                aria-label={t('members.invite.link')}
                value={handOver.link}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1, minWidth: 0 }}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
              />
              <CopyValueButton value={handOver.link} label={t('members.invite.copy')} />
            </Flex>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
