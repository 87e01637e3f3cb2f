import { useDisclosure } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HeaderAction } from '../../components/HeaderAction';
import { ImportWizard } from './ImportWizard';
import type { ImportKind } from './types';

/** "Import" beside a list's Export button: opens the CSV import wizard for that list. */
export function ImportButton({ kind, onImported }: { kind: ImportKind; onImported: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <HeaderAction
        label={t('imports.button')}
        hint={t('imports.buttonHint')}
        icon={<IconFileImport size={18} aria-hidden />}
        onClick={open}
      />
      <ImportWizard kind={kind} opened={opened} onClose={close} onImported={onImported} />
    </>
  );
}
