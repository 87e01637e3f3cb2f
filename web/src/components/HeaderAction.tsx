import { ActionIcon, Button, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIsPhone } from '../lib/media';

interface HeaderActionProps {
  /** The action's name: the button's text, and on a phone its accessible name and tooltip. */
  label: string;
  /** A longer explanation, shown as a tooltip on wide screens. */
  hint?: string;
  icon: ReactNode;
  /** A download or a page: the button is a link. */
  href?: string;
  download?: boolean;
  onClick?: () => void;
  /** A destructive action (delete) is red, and quieter than the others. */
  danger?: boolean;
  loading?: boolean;
}

/**
 * A page header's secondary action (export, import): a labelled button on wide screens, an icon
 * button of the same height on a phone, so the header's actions stay on one line beside the
 * primary one ("Nouveau …", "Modifier"), which keeps its words.
 */
export function HeaderAction({
  label,
  hint,
  icon,
  href,
  download,
  onClick,
  danger,
  loading,
}: HeaderActionProps) {
  const phone = useIsPhone();
  const link = href ? { component: 'a' as const, href, download } : {};
  const look = danger ? { variant: 'subtle', color: 'red' } : { variant: 'default' };
  if (phone)
    return (
      <Tooltip label={label}>
        <ActionIcon
          {...look}
          size="input-sm"
          aria-label={label}
          loading={loading}
          onClick={onClick}
          {...link}
        >
          {icon}
        </ActionIcon>
      </Tooltip>
    );
  const button = (
    <Button {...look} leftSection={icon} loading={loading} onClick={onClick} {...link}>
      {label}
    </Button>
  );
  return hint ? <Tooltip label={hint}>{button}</Tooltip> : button;
}
