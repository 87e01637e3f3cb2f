import { useMemo } from 'react';
import { useApiRoute } from '../../lib/api/client';
import { flattenCategories, PATH_SEPARATOR } from './category-tree';
import type { Category } from './types';

export function useUnits() {
  return useApiRoute('/api/v1/units', {});
}

export function useVatRates(companyId: string) {
  return useApiRoute('/api/v1/companies/{companyId}/vat-rates', { companyId });
}

export function useCategories(companyId: string) {
  return useApiRoute('/api/v1/companies/{companyId}/categories', { companyId });
}

/** id → "Services › Conseil" */
export function useCategoryPaths(categories: readonly Category[] | undefined): Map<string, string> {
  return useMemo(
    () =>
      new Map(flattenCategories(categories ?? []).map((n) => [n.category.id, n.path.join(PATH_SEPARATOR)])),
    [categories],
  );
}
