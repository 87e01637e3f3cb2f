import { Anchor, Box, Container, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Brand } from '../../components/Brand';
import classes from './AuthLayout.module.css';
import { LanguageSwitch } from './LanguageSwitch';

/** Public pages (sign in, sign up, password reset, invitation): one centred card. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <div className={classes.root}>
      <Box component="header" className={classes.header}>
        <Group justify="space-between" px={{ base: 'md', sm: 'xl' }} h={64}>
          <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')}>
            <Brand size={28} />
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main-content" size={460} className={classes.main}>
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 36 }}>
          <Outlet />
        </Paper>
        <Text ta="center" size="xs" c="dimmed" mt="lg">
          {t('app.tagline')}
        </Text>
      </Container>
    </div>
  );
}
