import { companyApiPath, companyPath } from '../companies/company-context';

export const UNITS_API_PATH = '/units';

export function vatRatesApiPath(companyId: string): string {
  return companyApiPath(companyId, '/vat-rates');
}

export function categoriesApiPath(companyId: string, categoryId?: string): string {
  return companyApiPath(
    companyId,
    categoryId ? `/categories/${encodeURIComponent(categoryId)}` : '/categories',
  );
}

export function productsApiPath(companyId: string, productId?: string): string {
  return companyApiPath(companyId, productId ? `/products/${encodeURIComponent(productId)}` : '/products');
}

/** `/c/:companyId/products[/new | /:productId/edit]` */
export function productsPath(companyId: string, productId?: string | 'new'): string {
  if (!productId) return companyPath(companyId, 'products');
  if (productId === 'new') return companyPath(companyId, 'products/new');
  return companyPath(companyId, `products/${encodeURIComponent(productId)}/edit`);
}
