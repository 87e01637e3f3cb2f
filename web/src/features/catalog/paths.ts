import { companyPath } from '../companies/company-context';

/** `/c/:companyId/products[/new | /:productId/edit]` */
export function productsPath(companyId: string, productId?: string | 'new'): string {
  if (!productId) return companyPath(companyId, 'products');
  if (productId === 'new') return companyPath(companyId, 'products/new');
  return companyPath(companyId, `products/${encodeURIComponent(productId)}/edit`);
}
