import { useMemo } from 'react';
import { useApiQuery } from '../../lib/use-api';
import { flattenCategories, PATH_SEPARATOR } from './category-tree';
import { categoriesApiPath, UNITS_API_PATH, vatRatesApiPath } from './paths';
import type { Category, Unit, VatRates } from './types';

export function useUnits() {
  return useApiQuery<{ items: Unit[] }>(UNITS_API_PATH);
}

export function useVatRates(companyId: string) {
  return useApiQuery<VatRates>(vatRatesApiPath(companyId));
}

export function useCategories(companyId: string) {
  return useApiQuery<{ items: Category[] }>(categoriesApiPath(companyId));
}

/** id → "Services › Conseil" */
export function useCategoryPaths(categories: readonly Category[] | undefined): Map<string, string> {
  return useMemo(
    () =>
      new Map(flattenCategories(categories ?? []).map((n) => [n.category.id, n.path.join(PATH_SEPARATOR)])),
    [categories],
  );
}
