import {
  Alert,
  Badge,
  Box,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { FormSkeleton } from '../../components/FormSkeleton';
import { SectionCard } from '../../components/SectionCard';
import { toApiError } from '../../lib/api';
import { callApi, useApiRoute } from '../../lib/api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { DOCUMENT_KIND_LIST, KINDS } from '../documents/kinds';
import classes from './mail.module.css';
import { previewTemplate, templateVariables } from './template-preview';
import { MAIL_LANGUAGES, type MailKind, type MailLanguage } from './types';

/** Every kind of document, then payment reminders. */
const MAIL_KINDS: readonly MailKind[] = [...DOCUMENT_KIND_LIST, 'reminder'];

type Field = 'subject' | 'body';
interface Draft {
  subject: string;
  body: string;
}
type FieldErrors = Partial<Record<Field, string>>;

const keyOf = (kind: MailKind, language: MailLanguage) => `${kind}:${language}`;

/**
 * Settings › E-mail › templates: one subject and body per kind of document and language, with the
 * variables to insert and a preview with example values. The server checks the template on save
 * (syntax and unknown variables, with the line) and its messages are shown under the field.
 */
export function TemplatesSection({ companyId, canEdit }: { companyId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useApiRoute('/api/v1/companies/{companyId}/mail-templates', { companyId });
  const [kind, setKind] = useState<MailKind>('invoice');
  const [language, setLanguage] = useState<MailLanguage>(() => {
    const current = document.documentElement.lang.slice(0, 2);
    return (MAIL_LANGUAGES as readonly string[]).includes(current) ? (current as MailLanguage) : 'fr';
  });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({});
  const [saving, setSaving] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetting, setResetting] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<Field>('body');

  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;

  const key = keyOf(kind, language);
  const template = query.data?.items.find((i) => i.kind === kind && i.language === language);
  const draft: Draft | undefined = drafts[key] ?? template;
  const dirty =
    template !== undefined &&
    drafts[key] !== undefined &&
    (drafts[key].subject !== template.subject || drafts[key].body !== template.body);
  const fieldErrors = errors[key] ?? {};
  const isDirty = (k: MailKind, l: MailLanguage) => {
    const d = drafts[keyOf(k, l)];
    const saved = query.data?.items.find((i) => i.kind === k && i.language === l);
    return d !== undefined && saved !== undefined && (d.subject !== saved.subject || d.body !== saved.body);
  };

  const update = (patch: Partial<Draft>) => {
    if (!draft) return;
    setDrafts((all) => ({ ...all, [key]: { subject: draft.subject, body: draft.body, ...patch } }));
    const cleared = Object.keys(patch) as Field[];
    if (cleared.some((f) => fieldErrors[f]))
      setErrors((all) => ({
        ...all,
        [key]: { ...all[key], ...Object.fromEntries(cleared.map((f) => [f, undefined])) },
      }));
  };

  const insert = (variable: string) => {
    if (!draft || !canEdit) return;
    const field = lastField.current;
    const element = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = `{{ ${variable} }}`;
    const value = draft[field];
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    update({ [field]: value.slice(0, start) + text + value.slice(end) });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      const saved = await callApi('put', '/api/v1/companies/{companyId}/mail-templates/{kind}/{language}', {
        path: { companyId, kind, language },
        body: { subject: draft.subject, body: draft.body },
      });
      query.setData(
        (d) => d && { items: d.items.map((i) => (i.kind === kind && i.language === language ? saved : i)) },
      );
      setDrafts(({ [key]: _, ...rest }) => rest);
      setErrors(({ [key]: _, ...rest }) => rest);
      notifySuccess(t('mail.templates.saved'));
    } catch (error) {
      const err = toApiError(error);
      const found: FieldErrors = {};
      for (const e of err.errors) {
        const field = e.path.replace(/^\/+/, '').split('/')[0];
        if (field === 'subject' || field === 'body') found[field] = found[field] ?? e.message;
      }
      if (Object.keys(found).length > 0) {
        setErrors((all) => ({ ...all, [key]: found }));
        (found.subject ? subjectRef.current : bodyRef.current)?.focus();
      } else notifyError(t, err);
    } finally {
      setSaving(false);
    }
  };

  const reset = async () => {
    setResetting(true);
    try {
      await callApi('delete', '/api/v1/companies/{companyId}/mail-templates/{kind}/{language}', {
        path: { companyId, kind, language },
      });
      setDrafts(({ [key]: _, ...rest }) => rest);
      setErrors(({ [key]: _, ...rest }) => rest);
      setConfirmReset(false);
      query.reload();
      notifySuccess(t('mail.templates.resetDone'));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setResetting(false);
    }
  };

  const kindLabel = (k: MailKind) =>
    k === 'reminder' ? t('reminders.kind') : t(`documents.kinds.${KINDS[k].key}.singular`);
  const subjectPreview = draft ? previewTemplate(kind, draft.subject) : null;
  const bodyPreview = draft ? previewTemplate(kind, draft.body) : null;
  const unknown = [...new Set([...(subjectPreview?.unknown ?? []), ...(bodyPreview?.unknown ?? [])])];

  return (
    <SectionCard
      id="mail-templates"
      title={t('mail.templates.title')}
      description={t('mail.templates.description')}
    >
      {!draft ? (
        <FormSkeleton fields={4} />
      ) : (
        <Stack gap="md">
          <Group gap="md" wrap="wrap" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="mail-template-kind">
                {t('mail.templates.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="mail-template-kind"
                value={kind}
                onChange={(v) => setKind(v as MailKind)}
                data={MAIL_KINDS.map((k) => ({
                  value: k,
                  label: isDirty(k, language) ? `${kindLabel(k)} •` : kindLabel(k),
                }))}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="mail-template-language">
                {t('mail.templates.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="mail-template-language"
                value={language}
                onChange={(v) => setLanguage(v as MailLanguage)}
                data={MAIL_LANGUAGES.map((l) => ({
                  value: l,
                  label: isDirty(kind, l) ? `${l.toUpperCase()} •` : l.toUpperCase(),
                }))}
              />
            </Stack>
            <Badge variant="light" color={template?.custom ? 'brand' : 'gray'} mb={6} ml="auto">
              {template?.custom ? t('mail.templates.custom') : t('mail.templates.default')}
            </Badge>
          </Group>

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="sm">
                <TextInput
                  ref={subjectRef}
                  label={t('mail.templates.subject')}
                  value={draft.subject}
                  maxLength={300}
                  readOnly={!canEdit}
                  onFocus={() => {
                    lastField.current = 'subject';
                  }}
                  onChange={(e) => update({ subject: e.currentTarget.value })}
                  error={fieldErrors.subject}
                  classNames={{ input: classes.code }}
                />
                <Textarea
                  ref={bodyRef}
                  label={t('mail.templates.body')}
                  value={draft.body}
                  maxLength={20_000}
                  readOnly={!canEdit}
                  onFocus={() => {
                    lastField.current = 'body';
                  }}
                  onChange={(e) => update({ body: e.currentTarget.value })}
                  error={fieldErrors.body}
                  autosize
                  minRows={8}
                  maxRows={20}
                  classNames={{ input: classes.code }}
                />
                {canEdit && (
                  <Box>
                    <Text size="sm" fw={500} id="mail-variables">
                      {t('mail.templates.variables')}
                    </Text>
                    <Text size="xs" c="dimmed" mb={6}>
                      {t('mail.templates.variablesHint')}
                    </Text>
                    <Group gap={6} role="group" aria-labelledby="mail-variables">
                      {templateVariables(kind).map((v) => (
                        <Button
                          key={v}
                          size="compact-xs"
                          variant="light"
                          radius="xl"
                          className={classes.chip}
                          onMouseDown={(e) => e.preventDefault()}
                          onClick={() => insert(v)}
                          aria-label={t('mail.templates.insert', { variable: v })}
                        >
                          {v}
                        </Button>
                      ))}
                    </Group>
                  </Box>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap={6}>
                <Text size="sm" fw={500} id="mail-preview-title">
                  {t('mail.templates.preview')}
                </Text>
                <Paper
                  withBorder
                  radius="md"
                  p="md"
                  bg="var(--mantine-color-gray-0)"
                  aria-labelledby="mail-preview-title"
                  component="section"
                >
                  <Text size="xs" c="dimmed">
                    {t('mail.templates.subject')}
                  </Text>
                  <Text fw={600} mb="sm" className={classes.preview}>
                    {subjectPreview?.parts.map((p, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity
                      <PreviewText key={i} {...p} />
                    ))}
                  </Text>
                  <Text size="sm" className={classes.preview}>
                    {bodyPreview?.parts.map((p, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity
                      <PreviewText key={i} {...p} />
                    ))}
                  </Text>
                </Paper>
                <Text size="xs" c="dimmed">
                  {t('mail.templates.previewHint')}
                  {subjectPreview?.hasTags || bodyPreview?.hasTags
                    ? ` ${t('mail.templates.previewTags')}`
                    : ''}
                </Text>
                {unknown.length > 0 && (
                  <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
                    {t('mail.templates.unknown', { names: unknown.join(', ') })}
                  </Alert>
                )}
              </Stack>
            </Grid.Col>
          </Grid>

          {canEdit && (
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm" c="dimmed">
                {dirty ? t('common.unsavedChanges') : t('common.allSaved')}
              </Text>
              <Group gap="sm">
                {template?.custom && (
                  <Button
                    variant="subtle"
                    color="gray"
                    leftSection={<IconRestore size={16} aria-hidden />}
                    onClick={() => setConfirmReset(true)}
                  >
                    {t('mail.templates.reset')}
                  </Button>
                )}
                <Button
                  variant="default"
                  disabled={!dirty}
                  onClick={() => {
                    setDrafts(({ [key]: _, ...rest }) => rest);
                    setErrors(({ [key]: _, ...rest }) => rest);
                  }}
                >
                  {t('common.discard')}
                </Button>
                <Button
                  loading={saving}
                  disabled={!dirty}
                  leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                  onClick={() => void save()}
                >
                  {t('mail.templates.save')}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirmReset}
        title={t('mail.templates.resetTitle')}
        message={t('mail.templates.resetMessage', {
          kind: kindLabel(kind),
          language: language.toUpperCase(),
        })}
        confirmLabel={t('mail.templates.reset')}
        loading={resetting}
        onConfirm={() => void reset()}
        onClose={() => setConfirmReset(false)}
      />
    </SectionCard>
  );
}

function PreviewText({ text, value, unknown }: { text: string; value?: boolean; unknown?: boolean }) {
  if (unknown) return <mark className={classes.unknown}>{text}</mark>;
  if (value) return <span className={classes.value}>{text}</span>;
  return <>{text}</>;
}
