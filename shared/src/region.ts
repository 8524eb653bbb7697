import { z } from './zodLocale';
import { regionLevelOf, REGION_LEVELS, VILLAGE_KINDS } from './regionCode';

export * from './regionCode';

export const ZRegionCode = z.string().check((ctx) => {
  if (regionLevelOf(ctx.value) !== null) return;
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    message: /^\d{12}$/.test(ctx.value) ? '不是有效的统计用区划代码' : '区划代码应为 12 位数字',
  });
});
export type TRegionCode = z.infer<typeof ZRegionCode>;

export const ZVillageKind = z.enum(VILLAGE_KINDS);

export const ZRegion = z.object({
  code: ZRegionCode,
  name: z.string().min(1),
  level: z.enum(REGION_LEVELS),
  parentCode: ZRegionCode.nullable(),
  /** Only for the village level. */
  kind: ZVillageKind.optional(),
});
export type TRegion = z.infer<typeof ZRegion>;
