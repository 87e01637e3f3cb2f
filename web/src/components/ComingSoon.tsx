import { Badge, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ComingSoonProps {
  icon: ReactNode;
  badge: string;
  heading: string;
  description: string;
  highlights: string[];
  action?: ReactNode;
}

/** A module that is planned but not built yet: what it will do, and where to go meanwhile. */
export function ComingSoon({ icon, badge, heading, description, highlights, action }: ComingSoonProps) {
  return (
    <Paper withBorder radius="md" p={{ base: 'lg', sm: 40 }}>
      <Stack align="center" gap="md" maw={560} mx="auto" ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Badge variant="light" color="grape" size="lg">
          {badge}
        </Badge>
        <Title order={2} fz="xl">
          {heading}
        </Title>
        <Text c="dimmed">{description}</Text>
        <List
          spacing="xs"
          size="sm"
          ta="left"
          center
          icon={
            <ThemeIcon size={20} radius="xl" color="teal" variant="light" aria-hidden>
              <IconCircleCheck size={14} />
            </ThemeIcon>
          }
        >
          {highlights.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        {action}
      </Stack>
    </Paper>
  );
}
