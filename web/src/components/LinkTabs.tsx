import { Box, ScrollArea, UnstyledButton } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import classes from './LinkTabs.module.css';

export interface LinkTab {
  to: string;
  label: string;
}

/** Route-driven tabs: a labelled nav of links, the current one marked with aria-current. */
export function LinkTabs({ tabs, label }: { tabs: LinkTab[]; label: string }) {
  const { pathname } = useLocation();
  return (
    <Box component="nav" aria-label={label} className={classes.root}>
      {/* Too many tabs for a tablet's width scroll sideways, with a thin visible bar as the hint. */}
      <ScrollArea type="auto" scrollbarSize={4} offsetScrollbars="x">
        <div className={classes.list}>
          {tabs.map((tab) => {
            const active = pathname === tab.to || pathname.startsWith(`${tab.to}/`);
            return (
              <UnstyledButton
                key={tab.to}
                component={Link}
                to={tab.to}
                className={classes.tab}
                aria-current={active ? 'page' : undefined}
              >
                {tab.label}
              </UnstyledButton>
            );
          })}
        </div>
      </ScrollArea>
    </Box>
  );
}
