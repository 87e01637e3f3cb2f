import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/** A calm blue, readable on white at AA contrast from shade 6 up. */
const brand: MantineColorsTuple = [
  '#e8f3ff',
  '#d2e3fb',
  '#a3c4f3',
  '#71a4ec',
  '#4889e6',
  '#2e78e3',
  '#1f6fe2',
  '#115ec9',
  '#0353b5',
  '#004891',
];

/**
 * Light variants (badges, soft buttons, alerts) keep their tint but get a darker text, so that
 * small labels in any colour pass WCAG AA contrast.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const palette = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  // Filled buttons in a named colour (teal "Accept", red "Delete") default to shade 6, too light for
  // white text (teal 8 still gives 3.9:1); shade 9 passes AA. An explicit shade ("red.8") and the
  // brand colour are left as asked.
  if (
    input.variant === 'filled' &&
    palette &&
    parsed.color !== 'brand' &&
    input.color &&
    !input.color.includes('.')
  ) {
    const fill = palette[9];
    if (fill)
      return { ...colors, background: fill, hover: darken(fill, 0.1), color: 'var(--mantine-color-white)' };
  }
  if (input.variant !== 'light') return colors;
  const strong = palette?.[9];
  if (!strong) return colors;
  // Yellow's darkest shade is still an orange-yellow: it needs more darkening to reach 4.5:1 on its tint
  // (the "partially paid" badge).
  const text = darken(strong, parsed.color === 'yellow' ? 0.4 : 0.25);
  return { ...colors, color: text, hoverColor: text };
};

export const theme = createTheme({
  primaryColor: 'brand',
  variantColorResolver,
  primaryShade: { light: 7, dark: 5 },
  colors: { brand },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.125rem', lineHeight: '1.35' },
    },
  },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    // Hints go under the field so that inputs of a row stay aligned.
    TextInput: {
      defaultProps: { radius: 'md', inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    },
    PasswordInput: {
      defaultProps: { radius: 'md', inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    },
    Select: {
      defaultProps: {
        radius: 'md',
        allowDeselect: false,
        inputWrapperOrder: ['label', 'input', 'description', 'error'],
      },
    },
    Paper: { defaultProps: { shadow: 'xs' } },
    Badge: { styles: { root: { textTransform: 'none', minWidth: 'max-content', fontWeight: 600 } } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'lg', highlightOnHover: true } },
    // A table wider than a phone scrolls sideways in its frame; the keyboard must be able to scroll it
    // too (WCAG 2.1.1, axe "scrollable-region-focusable").
    // Mantine's focus placeholder (role="presentation" with a tabindex) is a child a menu may not
    // have (ARIA: axe "aria-required-children"); the dropdown takes the focus itself instead.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // Under a title Mantine greys a notification's text to gray-6 (3.3:1 on white, below AA).
    Notification: {
      styles: (_theme: unknown, props: { title?: unknown }) =>
        props.title ? { description: { color: 'var(--mantine-color-dimmed)' } } : {},
    },
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

/** Colours Mantine ships that miss WCAG AA contrast on white and on the page background. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Mantine's default dimmed grey and error red (red-6, 3.3:1 on white) are too faint for small text.
  light: { '--mantine-color-dimmed': '#5c6570', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});
