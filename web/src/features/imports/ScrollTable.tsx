import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways (or down) inside its own region: the region is focusable and named,
 * so keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
 */
export function ScrollTable(p: { label: string; minWidth: number; maxHeight?: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer
      minWidth={p.minWidth}
      maxHeight={p.maxHeight}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': p.label } }}
    >
      {p.children}
    </Table.ScrollContainer>
  );
}
