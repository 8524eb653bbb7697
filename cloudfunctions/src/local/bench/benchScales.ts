/**
 * How much data each benchmark scale generates. Villages are taken from
 * Liaoning's real division list, 法库县 first, so the demo township's review
 * queue and the demo county's lists hold generated data.
 */
export interface TBenchScale {
  name: string;
  villages: number;
  disclosuresPerVillage: number;
  rowsPerDisclosure: number;
  /** Every n-th disclosure stays submitted, so the township review queue has work. */
  unreviewedEvery: number;
  /** The dashboard's generated records (benchDashboard): over the demo county's villages or the whole province. */
  dashboard: { villages: 'county' | 'province'; disclosures: number };
}

export const BENCH_SCALES: Record<string, TBenchScale> = {
  tiny: { name: 'tiny', villages: 2, disclosuresPerVillage: 4, rowsPerDisclosure: 5, unreviewedEvery: 4, dashboard: { villages: 'county', disclosures: 2_000 } },
  small: { name: 'small', villages: 20, disclosuresPerVillage: 50, rowsPerDisclosure: 20, unreviewedEvery: 10, dashboard: { villages: 'province', disclosures: 100_000 } },
  // ≥1,000 villages and ≥1,000,000 disclosures with their rows and seals (issue 14).
  city: { name: 'city', villages: 1000, disclosuresPerVillage: 1000, rowsPerDisclosure: 10, unreviewedEvery: 10, dashboard: { villages: 'province', disclosures: 0 } },
  // All 16,727 village-level units of Liaoning, ≥9,000,000 list rows.
  province: { name: 'province', villages: 16_727, disclosuresPerVillage: 30, rowsPerDisclosure: 20, unreviewedEvery: 10, dashboard: { villages: 'province', disclosures: 1_050_000 } },
  // The dashboard over all of Liaoning with ≥1,000,000 disclosures (issue 11), beside small HTTP data.
  dashboard: { name: 'dashboard', villages: 20, disclosuresPerVillage: 20, rowsPerDisclosure: 5, unreviewedEvery: 10, dashboard: { villages: 'province', disclosures: 1_050_000 } },
};

export function benchScale(name: string): TBenchScale {
  const scale = BENCH_SCALES[name];
  if (!scale) throw new Error(`unknown scale ${name}; one of ${Object.keys(BENCH_SCALES).join(', ')}`);
  return scale;
}
