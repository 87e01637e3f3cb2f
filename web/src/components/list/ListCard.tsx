import { Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './ListView.module.css';

interface ListCardProps {
  /** The item's name, as a link to it. */
  title: ReactNode;
  /** Small marks beside the title (status, role, archived). */
  badges?: ReactNode;
  /** At the right of the title: an amount, a price. */
  aside?: ReactNode;
  /** Lines under the title: what tells items apart at a glance. */
  children?: ReactNode;
}

/** The shape of an item on a phone: title and amount on top, a few details below. */
export function ListCard({ title, badges, aside, children }: ListCardProps) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
          {title}
          {badges}
        </Group>
        {aside && (
          <div style={{ flex: 'none', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{aside}</div>
        )}
      </Group>
      {children}
    </Stack>
  );
}

/** A plain list of cards (for short lists outside `ListView`, e.g. a contact's latest documents). */
export function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className={classes.cards} aria-label={label}>
      {children}
    </ul>
  );
}

export function CardItem({ children }: { children: ReactNode }) {
  return (
    <li className={classes.card}>
      <div className={classes.cardBody}>{children}</div>
    </li>
  );
}
