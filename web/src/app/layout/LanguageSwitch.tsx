import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/session';
import { currentLanguage, LANGUAGES } from '../../lib/i18n';

/**
 * The public pages' language choice: "FR NL EN" side by side, one click, as Belgian sites show it.
 * Lighter than the signed-in header's menu (no popover code on the sign-in page).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { changeLanguage } = useSession();
  const active = currentLanguage();
  return (
    <Group gap={2} role="group" aria-label={t('language.title')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          lang={language}
          variant={language === active ? 'light' : 'subtle'}
          color="gray"
          size="compact-sm"
          aria-pressed={language === active}
          onClick={() => void changeLanguage(language)}
        >
          {/* Named "FR Français": what is seen, then what it means. */}
          {language.toUpperCase()}
          <span className="visually-hidden"> {t(`language.names.${language}`)}</span>
        </Button>
      ))}
    </Group>
  );
}
