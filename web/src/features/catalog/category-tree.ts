import type { Category } from './types';

export interface CategoryNode {
  category: Category;
  depth: number;
  /** Names from the root down to this category. */
  path: string[];
}

export const PATH_SEPARATOR = ' › ';

/** The flat list in tree order (parents before their children, siblings by position then name). */
export function flattenCategories(categories: readonly Category[]): CategoryNode[] {
  const byParent = new Map<string | null, Category[]>();
  const ids = new Set(categories.map((c) => c.id));
  for (const category of categories) {
    const parent = category.parentId && ids.has(category.parentId) ? category.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(category);
    byParent.set(parent, siblings);
  }
  for (const siblings of byParent.values()) {
    siblings.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  }
  const out: CategoryNode[] = [];
  const visit = (parent: string | null, depth: number, path: string[]) => {
    for (const category of byParent.get(parent) ?? []) {
      const nodePath = [...path, category.name];
      out.push({ category, depth, path: nodePath });
      visit(category.id, depth + 1, nodePath);
    }
  };
  visit(null, 0, []);
  return out;
}

/** The category and all its descendants. */
export function subtreeIds(categories: readonly Category[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const category of categories) {
      if (category.parentId && ids.has(category.parentId) && !ids.has(category.id)) {
        ids.add(category.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Products in the category and its descendants. */
export function subtreeProductCount(categories: readonly Category[], rootId: string): number {
  const ids = subtreeIds(categories, rootId);
  return categories.reduce((sum, c) => (ids.has(c.id) ? sum + c.productCount : sum), 0);
}
