import { describe, expect, it } from 'vitest';
import { createTemplateEngine, exceededLimit, renderBounded, TEMPLATE_LIMITS } from './liquid.js';

const engine = createTemplateEngine();
const limitOf = (source: string) =>
  renderBounded(engine, source, { name: 'Atelier' }).then(
    () => null,
    (e: unknown) => exceededLimit(e) ?? e,
  );

describe('template engine limits', () => {
  it('renders an ordinary template as LiquidJS does', async () => {
    expect(
      await renderBounded(engine, 'Hello {{ name }}{% for i in (1..3) %} {{ i }}{% endfor %}', {
        name: 'Atelier',
      }),
    ).toBe('Hello Atelier 1 2 3');
  });

  it('names the limit a template exceeds', async () => {
    expect(await limitOf('x'.repeat(TEMPLATE_LIMITS.parseChars + 1))).toBe('parse');
    expect(
      await limitOf(
        '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}',
      ),
    ).toBe('render');
    // Plain text printed in a loop, and captured strings: LiquidJS does not count them, we do.
    expect(await limitOf(`{% for a in (1..1000) %}${'x'.repeat(2000)}{% endfor %}`)).toBe('memory');
    expect(
      await limitOf(
        '{% capture x %}ab{% endcapture %}{% for a in (1..20) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}',
      ),
    ).toBe('memory');
  });

  it('leaves other errors alone', async () => {
    const e = await limitOf('{{ nope }}');
    expect(e).toBeInstanceOf(Error);
    expect(exceededLimit(e)).toBeNull();
  });
});
