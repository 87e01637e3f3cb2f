import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Code,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconArrowDown,
  IconArrowUp,
  IconDeviceFloppy,
  IconEye,
  IconLock,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { applyApiError, notifySuccess } from '../../../lib/errors';
import { templateVariables } from '../../mail/template-preview';
import { ReminderPreviewPanel } from './ReminderPreviewPanel';
import {
  DAMAGES,
  type LevelForm,
  move,
  newLevel,
  type ReminderRules,
  RULE_LANGUAGES,
  type RuleLanguage,
  type RulesBody,
  type RulesForm,
  toRulesBody,
  toRulesForm,
} from './rules-form';

const MAX_LEVELS = 20;

interface Props {
  companyId: string;
  /** The rules to start from (remount with another `key` to start over, e.g. after a preset). */
  rules: ReminderRules;
  canEdit: boolean;
  /** A customer's own rules: the preview picks among their invoices. */
  contactId?: string;
  onSave: (body: RulesBody) => Promise<ReminderRules>;
  /** Beside "Save" (e.g. "Use the company's rules"). */
  extraActions?: ReactNode;
}

/**
 * The reminder rules editor, for the company's rules and a customer's own: the automatic run's
 * switch, the ordered levels (added, removed, moved with buttons, so the keyboard does it all), each
 * level's charges, attachments and message per language, the repetition of the last level, and a
 * preview of each level for a real invoice from the form as it is (unsaved). The server checks on
 * save and its problems are shown at the field they name.
 */
export function ReminderRulesEditor({ companyId, rules, canEdit, contactId, onSave, extraActions }: Props) {
  // Inside the contact page's "Reminders" panel, the editor's panels are its subsections.
  const headingOrder = contactId ? 3 : 2;
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [languages, setLanguages] = useState<Record<string, RuleLanguage>>({});
  const [previewing, setPreviewing] = useState<Record<string, boolean>>({});
  const form = useForm<RulesForm>({ initialValues: toRulesForm(rules) });
  const values = form.values;
  const body = toRulesBody(values);
  const languageOf = (key: string): RuleLanguage => {
    const chosen = languages[key];
    if (chosen) return chosen;
    const current = document.documentElement.lang.slice(0, 2);
    return (RULE_LANGUAGES as readonly string[]).includes(current) ? (current as RuleLanguage) : 'fr';
  };

  /** Focuses the first element found by the selectors, tried in order, once React has rendered. */
  const focusAfter = (...selectors: string[]) =>
    requestAnimationFrame(() => {
      for (const s of selectors) {
        const el = document.querySelector<HTMLElement>(s);
        if (el) return el.focus();
      }
    });

  const moveLevel = (from: number, to: number, key: string, direction: 'up' | 'down') => {
    form.clearErrors();
    form.setFieldValue('levels', move(values.levels, from, to));
    // The button may be gone at the new place (first or last): focus the other one then.
    const other = direction === 'up' ? 'down' : 'up';
    focusAfter(`[data-move="${key}-${direction}"]:not(:disabled)`, `[data-move="${key}-${other}"]`);
  };
  const removeLevel = (index: number) => {
    form.clearErrors();
    form.setFieldValue(
      'levels',
      values.levels.filter((_, i) => i !== index),
    );
    focusAfter('[data-add-level]');
  };
  const addLevel = () => {
    const level = newLevel(values.levels.at(-1));
    form.setFieldValue('levels', [...values.levels, level]);
    focusAfter(`[data-level-days="${level.key}"]`);
  };

  const submit = form.onSubmit(async (v) => {
    setSaving(true);
    try {
      const saved = await onSave(toRulesBody(v));
      const next = toRulesForm(saved);
      // Keep the keys of the levels shown, so open previews and chosen languages stay.
      next.levels = next.levels.map((l, i) => ({ ...l, key: v.levels[i]?.key ?? l.key }));
      form.setInitialValues(next);
      form.setValues(next);
      notifySuccess(t('reminderRules.saved'));
    } catch (error) {
      const err = applyApiError(t, form, error);
      // A message problem is on a language tab: show that tab, then focus the first field at fault.
      for (const e of err.errors) {
        const m = /^levels\/(\d+)\/templates\/(fr|nl|en)\//.exec(e.path.replace(/^\/+/, ''));
        const key = m ? v.levels[Number(m[1])]?.key : undefined;
        if (m && key) setLanguages((all) => ({ ...all, [key]: m[2] as RuleLanguage }));
      }
      focusAfter('[aria-invalid="true"]');
    } finally {
      setSaving(false);
    }
  });

  const days = (
    <Text size="xs" c="dimmed" aria-hidden>
      {t('reminderRules.daysUnit')}
    </Text>
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {!canEdit && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
            {t('reminderRules.readOnly')}
          </Alert>
        )}
        <SectionCard
          headingOrder={headingOrder}
          id={`${contactId ?? 'company'}-rules-general`}
          title={t('reminderRules.general')}
        >
          <Stack gap="md">
            <Switch
              label={t('reminderRules.enabled')}
              description={t('reminderRules.enabledHint')}
              disabled={!canEdit}
              {...form.getInputProps('enabled', { type: 'checkbox' })}
            />
            <Switch
              label={t('reminderRules.consumerCaps')}
              description={t('reminderRules.consumerCapsHint')}
              disabled={!canEdit}
              {...form.getInputProps('consumerCaps', { type: 'checkbox' })}
            />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <NumberInput
                  label={t('reminderRules.payWithinDays')}
                  description={t('reminderRules.payWithinDaysHint')}
                  min={1}
                  max={365}
                  allowDecimal={false}
                  allowNegative={false}
                  readOnly={!canEdit}
                  rightSection={days}
                  rightSectionWidth={56}
                  {...form.getInputProps('payWithinDays')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Stack gap={6}>
                  <Checkbox
                    label={t('reminderRules.repeat')}
                    disabled={!canEdit}
                    {...form.getInputProps('repeat', { type: 'checkbox' })}
                  />
                  {values.repeat && (
                    <NumberInput
                      label={t('reminderRules.repeatEveryDays')}
                      min={1}
                      max={365}
                      allowDecimal={false}
                      allowNegative={false}
                      readOnly={!canEdit}
                      rightSection={days}
                      rightSectionWidth={56}
                      {...form.getInputProps('repeatEveryDays')}
                    />
                  )}
                </Stack>
              </Grid.Col>
            </Grid>
          </Stack>
        </SectionCard>

        <SectionCard
          headingOrder={headingOrder}
          id={`${contactId ?? 'company'}-rules-levels`}
          title={t('reminderRules.levels')}
          description={t('reminderRules.levelsHint')}
        >
          <Stack gap="md">
            {values.levels.map((level, index) => (
              <LevelCard
                key={level.key}
                headingOrder={headingOrder === 2 ? 3 : 4}
                level={level}
                index={index}
                count={values.levels.length}
                canEdit={canEdit}
                form={form}
                language={languageOf(level.key)}
                onLanguage={(l) => setLanguages((all) => ({ ...all, [level.key]: l }))}
                onMove={(to, direction) => moveLevel(index, to, level.key, direction)}
                onRemove={() => removeLevel(index)}
                preview={
                  previewing[level.key] ? (
                    <ReminderPreviewPanel
                      companyId={companyId}
                      contactId={contactId}
                      body={body}
                      level={index + 1}
                    />
                  ) : null
                }
                previewOpen={previewing[level.key] === true}
                onPreview={() => setPreviewing((all) => ({ ...all, [level.key]: !all[level.key] }))}
              />
            ))}
            {canEdit && (
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={addLevel}
                  disabled={values.levels.length >= MAX_LEVELS}
                  data-add-level
                >
                  {t('reminderRules.addLevel')}
                </Button>
              </Group>
            )}
          </Stack>
        </SectionCard>

        {canEdit && (
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed" role="status">
              {form.isDirty() ? t('common.unsavedChanges') : t('common.allSaved')}
            </Text>
            <Group gap="sm">
              {extraActions}
              <Button
                type="submit"
                loading={saving}
                disabled={!form.isDirty()}
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              >
                {t('reminderRules.save')}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </form>
  );
}

interface LevelCardProps {
  headingOrder: 3 | 4;
  level: LevelForm;
  index: number;
  count: number;
  canEdit: boolean;
  form: ReturnType<typeof useForm<RulesForm>>;
  language: RuleLanguage;
  onLanguage: (l: RuleLanguage) => void;
  onMove: (to: number, direction: 'up' | 'down') => void;
  onRemove: () => void;
  preview: ReactNode;
  previewOpen: boolean;
  onPreview: () => void;
}

function LevelCard(p: LevelCardProps) {
  const { t } = useTranslation();
  const { level, index, form, canEdit, language } = p;
  const n = index + 1;
  const path = `levels.${index}`;
  const headingId = `${level.key}-title`;
  const hasError = (lang: RuleLanguage) =>
    Boolean(
      form.errors[`${path}.templates.${lang}.subject`] || form.errors[`${path}.templates.${lang}.body`],
    );
  const custom = (lang: RuleLanguage) =>
    level.templates[lang].subject !== '' || level.templates[lang].body !== '';
  const previewId = `${level.key}-preview`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Box style={{ minWidth: 0 }}>
            <Title order={p.headingOrder} fz="md" id={headingId}>
              {t('reminderRules.level', { n })}
            </Title>
            <Text size="sm" c="dimmed">
              {n === p.count && p.count >= 3
                ? t('reminderRules.toneFormal')
                : n === 1
                  ? t('reminderRules.toneFirst')
                  : t('reminderRules.toneSecond')}
            </Text>
          </Box>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('reminderRules.moveUp', { n })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('reminderRules.moveUp', { n })}
                  disabled={index === 0}
                  data-move={`${level.key}-up`}
                  onClick={() => p.onMove(index - 1, 'up')}
                >
                  <IconArrowUp size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('reminderRules.moveDown', { n })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('reminderRules.moveDown', { n })}
                  disabled={index === p.count - 1}
                  data-move={`${level.key}-down`}
                  onClick={() => p.onMove(index + 1, 'down')}
                >
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('reminderRules.remove', { n })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('reminderRules.remove', { n })}
                  disabled={p.count === 1}
                  onClick={p.onRemove}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>

        <Grid gap="md">
          <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
            <NumberInput
              label={t('reminderRules.days')}
              min={0}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              readOnly={!canEdit}
              data-level-days={level.key}
              {...form.getInputProps(`${path}.days`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
            <TextInput
              label={t('reminderRules.fee')}
              inputMode="decimal"
              readOnly={!canEdit}
              {...form.getInputProps(`${path}.fee`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
            <TextInput
              label={t('reminderRules.interestRate')}
              inputMode="decimal"
              readOnly={!canEdit}
              rightSection={
                <Text size="xs" c="dimmed" aria-hidden>
                  %
                </Text>
              }
              {...form.getInputProps(`${path}.interestRate`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
            <Select
              label={t('reminderRules.damages')}
              readOnly={!canEdit}
              allowDeselect={false}
              data={DAMAGES.map((d) => ({ value: d, label: t(`reminderRules.damagesKinds.${d}`) }))}
              {...form.getInputProps(`${path}.damages`)}
            />
          </Grid.Col>
        </Grid>
        <Group gap="lg">
          <Checkbox
            label={t('reminderRules.attachInvoicePdf')}
            disabled={!canEdit}
            {...form.getInputProps(`${path}.attachInvoicePdf`, { type: 'checkbox' })}
          />
          <Checkbox
            label={t('reminderRules.attachStatement')}
            disabled={!canEdit}
            {...form.getInputProps(`${path}.attachStatement`, { type: 'checkbox' })}
          />
        </Group>

        <Stack gap="xs">
          <Group gap="sm" wrap="wrap" align="center">
            <Text size="sm" fw={500} id={`${level.key}-message`}>
              {t('reminderRules.message')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={`${level.key}-message`}
              value={language}
              onChange={(v) => p.onLanguage(v as RuleLanguage)}
              data={RULE_LANGUAGES.map((l) => ({
                value: l,
                label: `${l.toUpperCase()}${hasError(l) ? ' !' : custom(l) ? ' •' : ''}`,
              }))}
            />
            {!custom(language) && (
              <Badge variant="light" color="gray">
                {t('reminderRules.companyTemplate')}
              </Badge>
            )}
          </Group>
          <TextInput
            label={t('reminderRules.subject', { language: t(`language.names.${language}`) })}
            maxLength={500}
            readOnly={!canEdit}
            placeholder={t('reminderRules.templatePlaceholder')}
            {...form.getInputProps(`${path}.templates.${language}.subject`)}
          />
          <Textarea
            label={t('reminderRules.body', { language: t(`language.names.${language}`) })}
            maxLength={20_000}
            readOnly={!canEdit}
            autosize
            minRows={3}
            maxRows={12}
            placeholder={t('reminderRules.templatePlaceholder')}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps(`${path}.templates.${language}.body`)}
          />
          <Text size="xs" c="dimmed">
            {t('reminderRules.variables')}{' '}
            {templateVariables('reminder').map((v) => (
              <Code key={v} mr={4} style={{ whiteSpace: 'nowrap' }}>{`{{ ${v} }}`}</Code>
            ))}
          </Text>
        </Stack>

        {/* The preview takes reminders.manage, as editing does. */}
        {canEdit && (
          <Box>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconEye size={16} aria-hidden />}
              aria-expanded={p.previewOpen}
              aria-controls={previewId}
              onClick={p.onPreview}
            >
              {p.previewOpen ? t('reminderRules.hidePreview') : t('reminderRules.preview')}
            </Button>
            <div id={previewId}>{p.preview}</div>
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
