import {
  AssertionError,
  CaptureTag,
  Context,
  Liquid,
  type LiquidOptions,
  type Template,
  toPromise,
  toValue,
} from 'liquidjs';

/**
 * The resource limits of a template a user writes (mail templates, reminders' mail). A template is
 * code run on the server: without limits, 107 bytes of three nested loops held the whole process for
 * 19 s. The same limits apply to the preview rendered when a template is saved (a template that
 * exceeds them is refused there) and to every render at send time (which then fails with a clear
 * error instead of hanging). Documented in README, "Limits".
 */
export const TEMPLATE_LIMITS = {
  /** Characters of template source one engine parses per render (LiquidJS `parseLimit`). */
  parseChars: 100_000,
  /**
   * Milliseconds a render may take (LiquidJS `renderLimit`, checked between template nodes). A mail
   * template renders in well under a millisecond; 100 ms leaves a wide margin on a loaded machine while
   * bounding how long one template can hold the event loop.
   */
  renderMs: 100,
  /**
   * Characters and elements a render may allocate (LiquidJS `memoryLimit`: ranges, filters' strings),
   * plus here every character written to the output and every captured string.
   */
  memory: 1_000_000,
} as const;

export type TemplateLimit = 'parse' | 'render' | 'memory';

/** `{% capture %}` renders into a string of its own, which LiquidJS does not count: count it. */
class CountedCapture extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, string> {
    yield* super.render(ctx);
    const value = ctx.bottom()[this.variable];
    if (typeof value === 'string') ctx.memoryLimit.use(value.length);
  }
}

/**
 * A LiquidJS engine for user-written templates: no file system (`templates: {}`, so `include` and
 * `render` read nothing), strict variables and filters, own properties only, and the limits above.
 * Render with `renderBounded`, which also counts the output.
 */
export function createTemplateEngine(options: LiquidOptions = {}): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    templates: {},
    ...options,
    parseLimit: TEMPLATE_LIMITS.parseChars,
    renderLimit: TEMPLATE_LIMITS.renderMs,
    memoryLimit: TEMPLATE_LIMITS.memory,
  });
  engine.registerTag('capture', CountedCapture);
  return engine;
}

/** LiquidJS's own string conversion of an output value (its `stringify`, which it does not export). */
function text(value: unknown): string {
  const v = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join('');
  return String(v);
}

const PARSED_KEPT = 200;
const parsedBy = new WeakMap<Liquid, Map<string, Template[]>>();

/**
 * The parsed form of `source` (parsing costs more than rendering a mail: the reminder run renders the
 * same few templates thousands of times). Parsed templates are not changed by rendering; the cache is
 * bounded, and emptied when full. A source past the parse limit still throws on every call.
 */
function parsed(engine: Liquid, source: string): Template[] {
  let cache = parsedBy.get(engine);
  if (!cache) {
    cache = new Map();
    parsedBy.set(engine, cache);
  }
  const hit = cache.get(source);
  if (hit) return hit;
  const templates: Template[] = engine.parse(source);
  if (cache.size >= PARSED_KEPT) cache.clear();
  cache.set(source, templates);
  return templates;
}

/**
 * Parses and renders `source` with `vars` under the engine's limits, every character written to the
 * output counted against the memory limit (LiquidJS counts only what filters and ranges allocate, so
 * a loop printing plain text could otherwise grow the output for the whole time budget).
 */
export async function renderBounded(engine: Liquid, source: string, vars: object): Promise<string> {
  const templates = parsed(engine, source);
  const ctx = new Context(vars, engine.options, {}, { liquid: engine });
  const emitter = {
    buffer: '',
    write(html: unknown) {
      const s = text(html);
      ctx.memoryLimit.use(s.length);
      this.buffer += s;
    },
  };
  await toPromise(engine.renderer.renderTemplates(templates, ctx, emitter));
  return emitter.buffer;
}

/** Which limit an error of `renderBounded` reports, or null for any other error (syntax, variable…). */
export function exceededLimit(err: unknown): TemplateLimit | null {
  const e = err instanceof Error ? ((err as { originalError?: Error }).originalError ?? err) : null;
  if (!e) return null;
  if (e instanceof AssertionError || e.name === 'AssertionError') {
    if (e.message.startsWith('parse length limit')) return 'parse';
    if (e.message.startsWith('template render limit')) return 'render';
    if (e.message.startsWith('memory alloc limit')) return 'memory';
  }
  // A string past V8's maximum length: the memory limit, reached faster than it could count.
  if (e instanceof RangeError && /Invalid (string|array) length/.test(e.message)) return 'memory';
  return null;
}

/** The catalogued message (src/shared/messages.ts) for a template past a limit. */
export const LIMIT_MESSAGES: Record<TemplateLimit, string> = {
  parse: 'The template is too long',
  render: 'The template takes too long to render: simplify its loops',
  memory: 'The template produces too much text: simplify its loops',
};
