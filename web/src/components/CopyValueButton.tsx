import { Button, type ButtonProps, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyValueButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  value: string;
  /** What the button copies ("Copy the link"); once copied it says "Copied". */
  label: string;
}

/** A button that copies a value to the clipboard and says so for a moment. */
export function CopyValueButton({ value, label, size = 'sm', variant }: CopyValueButtonProps) {
  const { t } = useTranslation();
  const icon = size === 'xs' ? 14 : 16;
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          size={size}
          variant={variant}
          onClick={copy}
          // teal.9: white on the default shade (teal.6) is below the 4.5:1 contrast of WCAG AA.
          color={copied && variant !== 'default' ? 'teal.9' : undefined}
          leftSection={copied ? <IconCheck size={icon} aria-hidden /> : <IconCopy size={icon} aria-hidden />}
        >
          {copied ? t('common.copied') : label}
        </Button>
      )}
    </CopyButton>
  );
}
