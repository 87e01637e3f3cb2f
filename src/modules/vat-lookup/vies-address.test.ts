import { describe, expect, it } from 'vitest';
import { parseViesAddress } from './vies-address.js';

describe('VIES addresses', () => {
  it.each([
    ['RUE DE LA LOI 16\n1000 BRUXELLES', 'RUE DE LA LOI 16', null, '1000', 'BRUXELLES'],
    ['Avenue Louise  120\nbte 5\n1050   Ixelles', 'Avenue Louise 120', 'bte 5', '1050', 'Ixelles'],
    ['\nGUSTAV MAHLERLAAN 00010\n1082PP AMSTERDAM\n', 'GUSTAV MAHLERLAAN 00010', null, '1082PP', 'AMSTERDAM'],
    ['Oudegracht 10\n3511 AP Utrecht', 'Oudegracht 10', null, '3511 AP', 'Utrecht'],
    ['RUA DA ROSA 57\n1200-384 LISBOA', 'RUA DA ROSA 57', null, '1200-384', 'LISBOA'],
    ['UL. MARSZAŁKOWSKA 1\n00-950 WARSZAWA', 'UL. MARSZAŁKOWSKA 1', null, '00-950', 'WARSZAWA'],
    ['SVEAVÄGEN 1\n114 55 STOCKHOLM', 'SVEAVÄGEN 1', null, '114 55', 'STOCKHOLM'],
    ['12 RUE ERASME\nL-1468 LUXEMBOURG', '12 RUE ERASME', null, 'L-1468', 'LUXEMBOURG'],
    ['VIA ROMA 1, 00100 ROMA RM', 'VIA ROMA 1', null, '00100', 'ROMA RM'],
    ['TRIQ IL-KBIRA\nVLT 1117 VALLETTA', 'TRIQ IL-KBIRA', null, 'VLT 1117', 'VALLETTA'],
  ])('reads %j', (text, line1, line2, postalCode, city) => {
    expect(parseViesAddress(text)).toEqual({ line1, line2, postalCode, city });
  });

  it('keeps an address without a postcode line in the street lines', () => {
    expect(parseViesAddress('SOMEWHERE\nNOWHERE')).toEqual({
      line1: 'SOMEWHERE',
      line2: 'NOWHERE',
      postalCode: null,
      city: null,
    });
  });

  it('has nothing to read in an empty address', () => {
    expect(parseViesAddress(null)).toBeNull();
    expect(parseViesAddress(' \n ')).toBeNull();
  });
});
