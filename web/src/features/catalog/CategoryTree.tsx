import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Modal,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  IconArrowsMove,
  IconDots,
  IconFolder,
  IconFolderPlus,
  IconPackages,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { lengthCounter } from '../../components/LengthCounter';
import { type ApiError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { applyApiError, errorMessage, notifySuccess } from '../../lib/errors';
import classes from './CategoryTree.module.css';
import { type CategoryNode, flattenCategories, PATH_SEPARATOR, subtreeIds } from './category-tree';
import type { Category } from './types';

interface CategoryTreeProps {
  companyId: string;
  categories: Category[] | undefined;
  error: ApiError | undefined;
  onRetry: () => void;
  /** Called after a create, rename, move or delete, to reload the list. */
  onChanged: () => void;
  selectedId: string | null;
  onSelect: (categoryId: string | null) => void;
  canWrite: boolean;
}

type Dialog =
  | { type: 'create'; parent: Category | null }
  | { type: 'rename'; category: Category }
  | { type: 'move'; category: Category }
  | { type: 'delete'; category: Category }
  | null;

/** The category tree of the catalogue: pick one to filter the list, and manage them. */
export function CategoryTree(props: CategoryTreeProps) {
  const { t } = useTranslation();
  const { categories, selectedId, onSelect, canWrite } = props;
  const [dialog, setDialog] = useState<Dialog>(null);
  const nodes = useMemo(() => flattenCategories(categories ?? []), [categories]);

  if (props.error && !categories) return <ErrorState error={props.error} onRetry={props.onRetry} />;

  return (
    <Stack gap={4}>
      <nav aria-label={t('catalog.categories.navLabel')}>
        <ul className={classes.list}>
          <li>
            <TreeButton
              label={t('catalog.categories.all')}
              icon={<IconPackages size={16} aria-hidden />}
              selected={selectedId === null}
              depth={0}
              onClick={() => onSelect(null)}
            />
          </li>
          {!categories
            ? [0, 1, 2].map((i) => (
                <li key={i}>
                  <Skeleton height={28} my={4} />
                </li>
              ))
            : nodes.map((node) => (
                <li key={node.category.id}>
                  <Group gap={0} wrap="nowrap" className={classes.row}>
                    <TreeButton
                      label={node.category.name}
                      icon={<IconFolder size={16} aria-hidden />}
                      count={node.category.productCount}
                      selected={selectedId === node.category.id}
                      depth={node.depth}
                      onClick={() => onSelect(node.category.id)}
                    />
                    {canWrite && <CategoryMenu node={node} onAction={setDialog} />}
                  </Group>
                </li>
              ))}
        </ul>
      </nav>
      {categories && nodes.length === 0 && (
        <Text size="sm" c="dimmed" px="xs">
          {t('catalog.categories.empty')}
        </Text>
      )}
      {canWrite && (
        <Button
          variant="subtle"
          size="compact-sm"
          justify="flex-start"
          leftSection={<IconFolderPlus size={16} aria-hidden />}
          onClick={() => setDialog({ type: 'create', parent: null })}
          mt={4}
        >
          {t('catalog.categories.new')}
        </Button>
      )}

      {(dialog?.type === 'create' || dialog?.type === 'rename') && (
        <NameDialog
          key={dialog.type === 'create' ? `c-${dialog.parent?.id}` : `r-${dialog.category.id}`}
          companyId={props.companyId}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onDone={(category) => {
            setDialog(null);
            props.onChanged();
            if (dialog.type === 'create') onSelect(category.id);
          }}
        />
      )}
      {dialog?.type === 'move' && (
        <MoveDialog
          companyId={props.companyId}
          category={dialog.category}
          nodes={nodes}
          categories={categories ?? []}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            props.onChanged();
          }}
        />
      )}
      {dialog?.type === 'delete' && (
        <DeleteDialog
          companyId={props.companyId}
          category={dialog.category}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            if (selectedId && subtreeIds(categories ?? [], dialog.category.id).has(selectedId)) {
              onSelect(null);
            }
            props.onChanged();
          }}
        />
      )}
    </Stack>
  );
}

interface TreeButtonProps {
  label: string;
  icon: React.ReactNode;
  count?: number;
  selected: boolean;
  depth: number;
  onClick: () => void;
}

function TreeButton({ label, icon, count, selected, depth, onClick }: TreeButtonProps) {
  return (
    <UnstyledButton
      className={classes.item}
      data-selected={selected || undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={onClick}
      style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${depth} * 1.1rem)` }}
    >
      <Group gap={8} wrap="nowrap">
        <Box className={classes.icon}>{icon}</Box>
        <Text size="sm" truncate="end" style={{ flex: 1, minWidth: 0 }} fw={selected ? 600 : 400}>
          {label}
        </Text>
        {count !== undefined && count > 0 && (
          <Badge size="xs" variant="light" color="gray" className={classes.count}>
            {count}
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}

function CategoryMenu({ node, onAction }: { node: CategoryNode; onAction: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  const { category } = node;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('catalog.categories.actionsFor', { name: category.name })}
        >
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFolderPlus size={16} aria-hidden />}
          onClick={() => onAction({ type: 'create', parent: category })}
        >
          {t('catalog.categories.addChild')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => onAction({ type: 'rename', category })}
        >
          {t('catalog.categories.rename')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowsMove size={16} aria-hidden />}
          onClick={() => onAction({ type: 'move', category })}
        >
          {t('catalog.categories.move')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => onAction({ type: 'delete', category })}
        >
          {t('catalog.categories.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

interface NameDialogProps {
  companyId: string;
  dialog: { type: 'create'; parent: Category | null } | { type: 'rename'; category: Category };
  onClose: () => void;
  onDone: (category: Category) => void;
}

function NameDialog({ companyId, dialog, onClose, onDone }: NameDialogProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    initialValues: { name: dialog.type === 'rename' ? dialog.category.name : '' },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const submit = form.onSubmit(async ({ name }) => {
    setSaving(true);
    try {
      const category =
        dialog.type === 'create'
          ? await callApi('post', '/api/v1/companies/{companyId}/categories', {
              path: { companyId },
              body: { name: name.trim(), parentId: dialog.parent?.id ?? null },
            })
          : await callApi('patch', '/api/v1/companies/{companyId}/categories/{categoryId}', {
              path: { companyId, categoryId: dialog.category.id },
              body: { name: name.trim() },
            });
      notifySuccess(
        dialog.type === 'create'
          ? t('catalog.categories.created', { name: category.name })
          : t('catalog.categories.renamed', { name: category.name }),
      );
      onDone(category);
    } catch (error) {
      applyApiError(t, form, error);
      setSaving(false);
    }
  });
  const title =
    dialog.type === 'rename'
      ? t('catalog.categories.renameTitle', { name: dialog.category.name })
      : dialog.parent
        ? t('catalog.categories.addChildTitle', { name: dialog.parent.name })
        : t('catalog.categories.newTitle');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <TextInput
          label={t('catalog.categories.name')}
          required
          data-autofocus
          maxLength={200}
          inputContainer={lengthCounter(form.getValues().name, 200)}
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {dialog.type === 'create' ? t('catalog.categories.create') : t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

interface MoveDialogProps {
  companyId: string;
  category: Category;
  nodes: CategoryNode[];
  categories: Category[];
  onClose: () => void;
  onDone: () => void;
}

const TOP_LEVEL = '__top__';

function MoveDialog({ companyId, category, nodes, categories, onClose, onDone }: MoveDialogProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<string | null>(category.parentId ?? TOP_LEVEL);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A category cannot go under itself or one of its descendants (the server refuses it too).
  const excluded = useMemo(() => subtreeIds(categories, category.id), [categories, category.id]);
  const data = [
    { value: TOP_LEVEL, label: t('catalog.categories.topLevel') },
    ...nodes
      .filter((n) => !excluded.has(n.category.id))
      .map((n) => ({ value: n.category.id, label: n.path.join(PATH_SEPARATOR) })),
  ];
  const move = async () => {
    setSaving(true);
    setError(null);
    try {
      await callApi('patch', '/api/v1/companies/{companyId}/categories/{categoryId}', {
        path: { companyId, categoryId: category.id },
        body: { parentId: target === TOP_LEVEL ? null : target },
      });
      notifySuccess(t('catalog.categories.moved', { name: category.name }));
      onDone();
    } catch (err) {
      setError(errorMessage(t, toApiError(err)));
      setSaving(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('catalog.categories.moveTitle', { name: category.name })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Select
          label={t('catalog.categories.moveTo')}
          data={data}
          value={target}
          onChange={setTarget}
          allowDeselect={false}
          searchable
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={saving} onClick={() => void move()}>
            {t('catalog.categories.moveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface DeleteDialogProps {
  companyId: string;
  category: Category;
  onClose: () => void;
  onDone: () => void;
}

function DeleteDialog({ companyId, category, onClose, onDone }: DeleteDialogProps) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setDeleting(true);
    setError(null);
    try {
      await callApi('delete', '/api/v1/companies/{companyId}/categories/{categoryId}', {
        path: { companyId, categoryId: category.id },
      });
      notifySuccess(t('catalog.categories.deleted', { name: category.name }));
      onDone();
    } catch (err) {
      // 409 category_not_empty: the server says why (sub-categories or products left).
      setError(errorMessage(t, toApiError(err)));
      setDeleting(false);
    }
  };
  if (error) {
    return (
      <Modal
        opened
        onClose={onClose}
        title={t('catalog.categories.deleteTitle', { name: category.name })}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Alert color="red" variant="light" role="alert" title={t('catalog.categories.deleteRefused')}>
          {error}
        </Alert>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Modal>
    );
  }
  return (
    <ConfirmDialog
      opened
      title={t('catalog.categories.deleteTitle', { name: category.name })}
      message={t('catalog.categories.deleteMessage')}
      confirmLabel={t('catalog.categories.deleteConfirm')}
      danger
      loading={deleting}
      onConfirm={() => void remove()}
      onClose={onClose}
    />
  );
}
