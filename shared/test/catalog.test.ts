import { CATALOG, CATALOG_VERSION, findCatalogItem, PERIODIC_RHYTHMS, ZCatalogItem } from '@sunshine/shared';

describe('the province catalog', () => {
  it('has at least 60 valid items with unique ids, each traceable to a source', () => {
    expect(CATALOG_VERSION).toBeGreaterThanOrEqual(2);
    expect(CATALOG.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOG.map((i) => i.id)).size).toBe(CATALOG.length);
    for (const item of CATALOG) {
      expect(() => ZCatalogItem.parse(item)).not.toThrow();
      expect(item.source.length).toBeGreaterThan(3);
    }
  });

  it('keeps the ids that records and tests already use', () => {
    for (const id of ['party-organization', 'village-subsistence-allowance', 'village-relief-funds', 'finance-income-expenditure', 'heating-fees']) {
      expect(findCatalogItem(id)).toBeDefined();
    }
  });

  it('covers every category, with the eight 阳光物业 items and the nine 制度 items', () => {
    const count = (pred: (i: (typeof CATALOG)[number]) => boolean) => CATALOG.filter(pred).length;
    for (const category of ['party', 'village', 'finance', 'property', 'heating'] as const) expect(count((i) => i.category === category)).toBeGreaterThan(0);
    expect(count((i) => i.category === 'property')).toBe(8);
    expect(count((i) => i.domain === '制度建设')).toBe(9);
    expect(CATALOG.filter((i) => i.category === 'property' || i.category === 'heating').every((i) => i.appliesTo === 'community')).toBe(true);
  });

  it('gives every list item with ID numbers a personal-data flag, and every periodic item a due day', () => {
    for (const item of CATALOG) {
      if (item.tableColumns?.some((c) => c.type === 'idNumber')) expect(item.hasPersonalData).toBe(true);
      if ((PERIODIC_RHYTHMS as readonly string[]).includes(item.rhythm.kind)) expect('dueDay' in item.rhythm).toBe(true);
    }
  });
});
