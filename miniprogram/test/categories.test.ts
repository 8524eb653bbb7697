import { CATEGORIES, CATEGORY_NAMES } from '@sunshine/shared';
import { categoryName, isCategory } from '../src/services/categories';

describe('category names kept in the client', () => {
  it('match the shared catalog word for word', () => {
    for (const category of CATEGORIES) expect(categoryName(category)).toBe(CATEGORY_NAMES[category]);
  });

  it('accept only the known categories from a URL', () => {
    expect(CATEGORIES.every((category) => isCategory(category))).toBe(true);
    for (const value of [undefined, '', 'Party', 'toString', '__proto__']) expect(isCategory(value)).toBe(false);
  });
});
