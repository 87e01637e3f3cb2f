import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyBlockProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  /** The one primary action that gets the user going. */
  action?: ReactNode;
  /** Heading level of the title, to keep the page outline right. */
  headingOrder?: 1 | 2 | 3 | 4;
  size?: 'sm' | 'md' | 'lg';
}

/** An empty state that guides: icon, one sentence, one primary action. */
export function EmptyBlock({
  icon,
  title,
  description,
  action,
  headingOrder = 2,
  size = 'md',
}: EmptyBlockProps) {
  return (
    <EmptyState variant="light" size={size} py="xl" px="md">
      <EmptyState.Indicator aria-hidden>{icon}</EmptyState.Indicator>
      <EmptyState.Title order={headingOrder}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
