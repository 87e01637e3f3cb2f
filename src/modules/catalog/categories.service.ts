import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { assertOwned } from '../../platform/db/owned.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Actor } from '../companies/index.js';
import * as repo from './catalog.repository.js';
import type { CategoryOut, CreateCategoryInput, UpdateCategoryInput } from './catalog.schema.js';
import { placeAt, subtreeIds, wouldCycle } from './category-tree.js';

/** A category referenced from a body (parent, product's category): another company's is unknown here. */
export const assertCategoryExists = (db: DbOrTx, companyId: string, categoryId: string, path: string) =>
  assertOwned(db, companyId, 'categories', [{ id: categoryId, path }], 'Category');

export async function listCategories(ctx: AppContext, companyId: string): Promise<CategoryOut[]> {
  const rows = await repo.listCategories(ctx.db, { companyId });
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    position: r.position,
    productCount: Number(r.product_count ?? 0),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

async function getCategory(ctx: AppContext, companyId: string, categoryId: string): Promise<CategoryOut> {
  const found = (await listCategories(ctx, companyId)).find((c) => c.id === categoryId);
  if (!found) throw notFound('Category');
  return found;
}

/** The category and its sub-categories, for "in this category" product filters. */
export async function categorySubtree(db: DbOrTx, companyId: string, categoryId: string): Promise<string[]> {
  const links = await repo.listCategoryLinks(db, { companyId });
  if (!links.some((l) => l.id === categoryId)) return [];
  return subtreeIds(links, categoryId);
}

export async function createCategory(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: CreateCategoryInput,
): Promise<CategoryOut> {
  const now = nowIso(ctx.clock);
  const id = newId();
  const parentId = input.parentId ?? null;
  await ctx.db.transaction().execute(async (trx) => {
    if (parentId) await assertCategoryExists(trx, companyId, parentId, 'parentId');
    const siblings = await repo.listSiblings(trx, { companyId, parentId });
    await repo.insertCategory(trx, {
      id,
      company_id: companyId,
      parent_id: parentId,
      name: input.name,
      position: siblings.length,
      created_at: now,
      updated_at: now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'category.created',
      entityType: 'category',
      entityId: id,
      at: now,
    });
  });
  return getCategory(ctx, companyId, id);
}

export async function updateCategory(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  categoryId: string,
  input: UpdateCategoryInput,
): Promise<CategoryOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findCategory(trx, { companyId, categoryId });
    if (!current) throw notFound('Category');
    const parentId = input.parentId === undefined ? current.parent_id : input.parentId;
    const moved = parentId !== current.parent_id;
    if (parentId && moved) {
      await assertCategoryExists(trx, companyId, parentId, 'parentId');
      const links = await repo.listCategoryLinks(trx, { companyId });
      if (wouldCycle(links, categoryId, parentId)) {
        throw new AppError(
          'rule_violation',
          'A category cannot be moved under itself or one of its sub-categories',
          {
            errors: [
              {
                path: 'parentId',
                message: 'A category cannot be moved under itself or one of its sub-categories',
              },
            ],
          },
        );
      }
    }
    const values: Parameters<typeof repo.updateCategory>[1]['values'] = { updated_at: now };
    if (input.name !== undefined) values.name = input.name;
    if (moved) values.parent_id = parentId;
    await repo.updateCategory(trx, { companyId, categoryId, values });
    if (moved || input.position !== undefined) {
      const siblings = (await repo.listSiblings(trx, { companyId, parentId })).map((s) => s.id);
      const order = placeAt(siblings, categoryId, input.position ?? siblings.length);
      for (const [position, id] of order.entries()) {
        await repo.updateCategory(trx, { companyId, categoryId: id, values: { position } });
      }
      if (moved) {
        // Close the gap left in the old parent.
        const old = await repo.listSiblings(trx, { companyId, parentId: current.parent_id });
        for (const [position, s] of old.entries()) {
          if (s.position !== position) {
            await repo.updateCategory(trx, { companyId, categoryId: s.id, values: { position } });
          }
        }
      }
    }
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'category.updated',
      entityType: 'category',
      entityId: categoryId,
      data: { fields: Object.keys(input) },
      at: now,
    });
  });
  return getCategory(ctx, companyId, categoryId);
}

export async function deleteCategory(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  categoryId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findCategory(trx, { companyId, categoryId });
    if (!current) throw notFound('Category');
    const contents = await repo.countCategoryContents(trx, { companyId, categoryId });
    if (contents.children > 0 || contents.products > 0) {
      throw new AppError('category_not_empty', 'This category still has sub-categories or products');
    }
    await repo.deleteCategory(trx, { companyId, categoryId });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'category.deleted',
      entityType: 'category',
      entityId: categoryId,
      data: { name: current.name },
      at: now,
    });
  });
}
