import { Anchor, Timeline as MantineTimeline, Text, ThemeIcon } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/format';
import { EmptyBlock } from './EmptyBlock';

export interface TimelineItem {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  /** In-app path the title links to. */
  href?: string;
}

interface TimelineProps {
  items: TimelineItem[];
  /** Shown when there are no items yet: what will appear here. */
  empty: { icon: ReactNode; title: string; description: ReactNode; action?: ReactNode };
  /** Heading level of the empty state's title, to keep the page outline right. */
  emptyHeadingOrder?: 2 | 3 | 4;
}

/**
 * A vertical, newest-first activity list (documents, e-mails, payments…) fed by any module, with its
 * own empty state.
 */
export function Timeline({ items, empty, emptyHeadingOrder = 3 }: TimelineProps) {
  if (items.length === 0) {
    return <EmptyBlock size="sm" headingOrder={emptyHeadingOrder} {...empty} />;
  }
  // Items come oldest first; several written at one instant (a document issued and e-mailed in one
  // step) keep that order, reversed with the rest.
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(b.item.at) - Date.parse(a.item.at) || b.index - a.index)
    .map((x) => x.item);
  return (
    <MantineTimeline bulletSize={28} lineWidth={2} component="ol" style={{ listStyle: 'none', padding: 0 }}>
      {sorted.map((item) => (
        <MantineTimeline.Item
          key={item.id}
          component="li"
          bullet={
            <ThemeIcon size={28} radius="xl" variant="light" aria-hidden>
              {item.icon ?? <IconPoint size={16} />}
            </ThemeIcon>
          }
          title={
            item.href ? (
              <Anchor component={Link} to={item.href} fw={600} size="sm">
                {item.title}
              </Anchor>
            ) : (
              item.title
            )
          }
        >
          {item.description && (
            <Text size="sm" c="dimmed">
              {item.description}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4} component="time" dateTime={item.at}>
            {formatDateTime(item.at)}
          </Text>
        </MantineTimeline.Item>
      ))}
    </MantineTimeline>
  );
}
