import { useCallback, useRef } from 'react';
import type { SearchOption } from '../../components/SearchSelect';
import { callApi } from '../../lib/api/client';
import { regionName } from '../../lib/format';
import { PRODUCT_LANGUAGES, type Product } from '../catalog/types';
import type { Contact } from '../contacts/types';

export function contactOption(c: Pick<Contact, 'id' | 'name'> & Partial<Contact>): SearchOption {
  const place = [c.address?.city, c.address?.country ? regionName(c.address.country) : null]
    .filter(Boolean)
    .join(', ');
  return { value: c.id, label: c.name, description: c.vatNumber ?? (place || undefined) };
}

/** Server-side contact search for pickers; remembers the contacts it found (for their defaults). */
export function useContactSearch(companyId: string) {
  const found = useRef(new Map<string, Contact>());
  const search = useCallback(
    async (q: string, signal: AbortSignal) => {
      const page = await callApi('get', '/api/v1/companies/{companyId}/contacts', {
        path: { companyId },
        query: { q: q || undefined, archived: 'false', limit: 20 },
        signal,
      });
      for (const c of page.items) found.current.set(c.id, c);
      return page.items.map(contactOption);
    },
    [companyId],
  );
  const get = useCallback((id: string) => found.current.get(id), []);
  return { search, get };
}

/** Products matching `q`, named in the document's language. */
export async function searchProducts(
  companyId: string,
  q: string,
  lang: string,
  signal: AbortSignal,
): Promise<Product[]> {
  const page = await callApi('get', '/api/v1/companies/{companyId}/products', {
    path: { companyId },
    query: { q, archived: 'false', limit: 8, lang: PRODUCT_LANGUAGES.find((l) => l === lang) },
    signal,
  });
  return page.items;
}
