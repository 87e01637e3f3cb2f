import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';
import classes from './NavigationProgress.module.css';

/**
 * While the next page's code (a lazy route) or data loads, the current page stays on screen and this
 * bar runs along the top edge; assistive technologies hear "Loading…". It appears after a short
 * delay (CSS), so a page already in the cache does not flash it.
 */
export function NavigationProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div className={classes.bar} role="status" data-testid="navigation-progress">
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
