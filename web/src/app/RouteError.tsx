import { Button, Center, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last resort when rendering throws: say so plainly and offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : String(error);
  // A page's code that no longer exists (a new version was deployed while this tab was open): loading
  // the same address again fetches the new version's chunks.
  const staleChunk = /dynamically imported module|Importing a module script failed/i.test(detail);
  return (
    <Center h="100vh" component="main">
      <Container size={520}>
        <Stack align="center" ta="center" gap="sm">
          <Title order={1} fz={24}>
            {t('errors.crashTitle')}
          </Title>
          <Text c="dimmed">{t('errors.crashDescription')}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {detail}
          </Text>
          <Button onClick={() => (staleChunk ? window.location.reload() : window.location.assign('/'))}>
            {t('common.reloadPage')}
          </Button>
        </Stack>
      </Container>
    </Center>
  );
}
