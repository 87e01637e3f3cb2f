import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { allPages, sendCsv, wantsCsv } from '../../platform/http/csv.js';
import { NoContent } from '../../platform/http/openapi.js';
import type { App } from '../../platform/http/types.js';
import { UNITS } from '../../shared/units.js';
import { requireUser } from '../auth/index.js';
import { type Permission, requireCompany } from '../companies/index.js';
import {
  CategoryOut,
  CategoryParams,
  CompanyParams,
  CreateCategoryBody,
  CreateProductBody,
  LangQuery,
  ProductListQuery,
  ProductOut,
  ProductPage,
  ProductParams,
  PutVatRatesBody,
  UnitOut,
  UpdateCategoryBody,
  UpdateProductBody,
  VatRatesOut,
} from './catalog.schema.js';
import * as categories from './categories.service.js';
import { PRODUCT_CSV_COLUMNS } from './products.csv.js';
import * as products from './products.service.js';
import * as vatRates from './vat-rates.service.js';

const perm = (permission: Permission) => ({ permission });

export function registerCatalogRoutes(app: App, ctx: AppContext): void {
  const tags = ['catalog'];
  const base = '/api/v1/companies/:companyId';

  app.get(
    '/api/v1/units',
    { schema: { tags, response: { 200: z.object({ items: z.array(UnitOut) }) } } },
    async (req) => {
      requireUser(req);
      return { items: [...UNITS] };
    },
  );

  // ── VAT rates ─────────────────────────────────────────────────────────────────────────────────
  app.get(
    `${base}/vat-rates`,
    { config: perm('catalog.read'), schema: { tags, params: CompanyParams, response: { 200: VatRatesOut } } },
    async (req) => vatRates.getVatRates(ctx, requireCompany(req).companyId),
  );

  app.put(
    `${base}/vat-rates`,
    {
      config: perm('settings.manage'),
      schema: { tags, params: CompanyParams, body: PutVatRatesBody, response: { 200: VatRatesOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return vatRates.setVatRates(ctx, c, c.companyId, req.body);
    },
  );

  // ── Categories ────────────────────────────────────────────────────────────────────────────────
  app.get(
    `${base}/categories`,
    {
      config: perm('catalog.read'),
      schema: { tags, params: CompanyParams, response: { 200: z.object({ items: z.array(CategoryOut) }) } },
    },
    async (req) => ({ items: await categories.listCategories(ctx, requireCompany(req).companyId) }),
  );

  app.post(
    `${base}/categories`,
    {
      config: perm('catalog.write'),
      schema: { tags, params: CompanyParams, body: CreateCategoryBody, response: { 201: CategoryOut } },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      return reply.code(201).send(await categories.createCategory(ctx, c, c.companyId, req.body));
    },
  );

  app.patch(
    `${base}/categories/:categoryId`,
    {
      config: perm('catalog.write'),
      schema: { tags, params: CategoryParams, body: UpdateCategoryBody, response: { 200: CategoryOut } },
    },
    async (req) => {
      const c = requireCompany(req);
      return categories.updateCategory(ctx, c, c.companyId, req.params.categoryId, req.body);
    },
  );

  app.delete(
    `${base}/categories/:categoryId`,
    { config: perm('catalog.write'), schema: { tags, params: CategoryParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await categories.deleteCategory(ctx, c, c.companyId, req.params.categoryId);
      return reply.code(204).send();
    },
  );

  // ── Products and services ─────────────────────────────────────────────────────────────────────
  app.get(
    `${base}/products`,
    {
      config: perm('catalog.read'),
      schema: { tags, params: CompanyParams, querystring: ProductListQuery, response: { 200: ProductPage } },
    },
    async (req, reply) => {
      const { companyId } = requireCompany(req);
      if (!wantsCsv(req)) return products.listProducts(ctx, companyId, req.query);
      return sendCsv(reply, {
        filename: 'products.csv',
        delimiter: req.query.delimiter,
        columns: PRODUCT_CSV_COLUMNS,
        rows: allPages((cursor) =>
          products.listProducts(ctx, companyId, { ...req.query, limit: 200, cursor }),
        ),
      });
    },
  );

  app.post(
    `${base}/products`,
    {
      config: perm('catalog.write'),
      schema: {
        tags,
        params: CompanyParams,
        querystring: LangQuery,
        body: CreateProductBody,
        response: { 201: ProductOut },
      },
    },
    async (req, reply) => {
      const c = requireCompany(req);
      const created = await products.createProduct(ctx, c, c.companyId, req.body, req.query.lang);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/products/:productId`,
    {
      config: perm('catalog.read'),
      schema: { tags, params: ProductParams, querystring: LangQuery, response: { 200: ProductOut } },
    },
    async (req) =>
      products.getProduct(ctx, requireCompany(req).companyId, req.params.productId, req.query.lang),
  );

  app.patch(
    `${base}/products/:productId`,
    {
      config: perm('catalog.write'),
      schema: {
        tags,
        params: ProductParams,
        querystring: LangQuery,
        body: UpdateProductBody,
        response: { 200: ProductOut },
      },
    },
    async (req) => {
      const c = requireCompany(req);
      return products.updateProduct(ctx, c, c.companyId, req.params.productId, req.body, req.query.lang);
    },
  );

  app.delete(
    `${base}/products/:productId`,
    { config: perm('catalog.write'), schema: { tags, params: ProductParams, response: { 204: NoContent } } },
    async (req, reply) => {
      const c = requireCompany(req);
      await products.deleteProduct(ctx, c, c.companyId, req.params.productId);
      return reply.code(204).send();
    },
  );
}
