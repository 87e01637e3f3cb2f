import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/session';
import { currentLanguage, LANGUAGES } from '../../lib/i18n';

/** Switches the UI language; saved on this device and, when signed in, in the user's profile. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-md"
          leftSection={<IconLanguage size={18} aria-hidden />}
        >
          <span aria-hidden="true">{active.toUpperCase()}</span>
          <span className="visually-hidden">
            {t('language.label', { language: t(`language.names.${active}`) })}
          </span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <LanguageItems />
      </Menu.Dropdown>
    </Menu>
  );
}

/** The language choices, for this menu and for the account menu of the compact (phone) top bar. */
export function LanguageItems() {
  const { t } = useTranslation();
  const { changeLanguage } = useSession();
  const active = currentLanguage();
  return (
    <>
      <Menu.Label>{t('language.title')}</Menu.Label>
      {LANGUAGES.map((language) => (
        <Menu.Item
          key={language}
          lang={language}
          onClick={() => void changeLanguage(language)}
          rightSection={language === active ? <IconCheck size={16} aria-hidden /> : null}
          aria-current={language === active ? 'true' : undefined}
        >
          {t(`language.names.${language}`)}
        </Menu.Item>
      ))}
    </>
  );
}
