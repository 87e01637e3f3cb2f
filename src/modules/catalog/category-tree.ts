export interface CategoryLink {
  id: string;
  parent_id: string | null;
}

/** The category and all its descendants. */
export function subtreeIds(links: readonly CategoryLink[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const l of links) {
    if (l.parent_id === null) continue;
    const list = children.get(l.parent_id) ?? [];
    list.push(l.id);
    children.set(l.parent_id, list);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Moving `id` under `newParentId` would make it its own ancestor (itself or a descendant). */
export function wouldCycle(links: readonly CategoryLink[], id: string, newParentId: string): boolean {
  const parent = new Map(links.map((l) => [l.id, l.parent_id]));
  const seen = new Set<string>();
  for (let cur: string | null | undefined = newParentId; cur; cur = parent.get(cur)) {
    if (cur === id) return true;
    if (seen.has(cur)) return true; // a corrupt tree: refuse rather than loop
    seen.add(cur);
  }
  return false;
}

/**
 * New sibling order after placing `id` at `position` (clamped) among `siblingIds` (without `id`):
 * positions are rewritten 0..n so the order stays dense and unambiguous.
 */
export function placeAt(siblingIds: readonly string[], id: string, position: number): string[] {
  const others = siblingIds.filter((s) => s !== id);
  const at = Math.max(0, Math.min(position, others.length));
  return [...others.slice(0, at), id, ...others.slice(at)];
}
