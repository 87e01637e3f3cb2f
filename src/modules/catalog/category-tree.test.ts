import { describe, expect, it } from 'vitest';
import { placeAt, subtreeIds, wouldCycle } from './category-tree.js';

const links = [
  { id: 'a', parent_id: null },
  { id: 'b', parent_id: 'a' },
  { id: 'c', parent_id: 'b' },
  { id: 'd', parent_id: null },
];

describe('category tree', () => {
  it.each([
    ['a', 'a', true],
    ['a', 'b', true],
    ['a', 'c', true],
    ['b', 'd', false],
    ['c', 'a', false],
    ['d', 'c', false],
  ])('moving %s under %s cycles: %s', (id, parent, expected) => {
    expect(wouldCycle(links, id, parent)).toBe(expected);
  });

  it('collects a category and its descendants', () => {
    expect(subtreeIds(links, 'a').sort()).toEqual(['a', 'b', 'c']);
    expect(subtreeIds(links, 'd')).toEqual(['d']);
  });

  it.each([
    [0, ['x', 'p', 'q']],
    [1, ['p', 'x', 'q']],
    [9, ['p', 'q', 'x']],
  ])('places at %s', (position, expected) => {
    expect(placeAt(['p', 'x', 'q'], 'x', position)).toEqual(expected);
  });
});
