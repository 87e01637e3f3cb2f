/**
 * The server's own EN 16931 totals (pure: decimal.js only), bundled into the web app so that the
 * editor's live totals are those the API will store, to the cent, without a round trip.
 */
export {
  computeTotals,
  type Totals,
  type TotalsInput,
  type TotalsLineInput,
  type VatBreakdown,
} from '../../../../src/modules/documents/document-totals';
