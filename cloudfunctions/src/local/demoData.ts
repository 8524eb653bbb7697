import { idNumberCheckChar, type TAdminRole, type TCreateDisclosureRequest, type TDepartment } from '@sunshine/shared';

/** Demo villages are real units of 法库县, 沈阳市 in the 2023 division list. */
export const DEMO_REGIONS = {
  province: '210000000000',
  city: '210100000000',
  county: '210124000000',
  township: '210124101000',
  otherTownship: '210124102000',
  village: '210124101200',
  neighbourVillage: '210124101201',
  community: '210124001001',
} as const;

export const DEMO_PASSWORD = 'Sunshine@2026';

export const DEMO_ADMINS: { username: string; displayName: string; role: TAdminRole; regionCode: string; department?: TDepartment }[] = [
  { username: 'dagujiazi', displayName: '大孤家子村 村务录入员', role: 'village_admin', regionCode: DEMO_REGIONS.village },
  { username: 'lamaqiao', displayName: '拉马桥村 村务录入员', role: 'village_admin', regionCode: DEMO_REGIONS.neighbourVillage },
  { username: 'jixiang', displayName: '吉祥社区 居务录入员', role: 'village_admin', regionCode: DEMO_REGIONS.community },
  { username: 'dagujiazi_zhen', displayName: '大孤家子镇 审核员', role: 'township_reviewer', regionCode: DEMO_REGIONS.township },
  { username: 'sanmianchuan_zhen', displayName: '三面船镇 审核员', role: 'township_reviewer', regionCode: DEMO_REGIONS.otherTownship },
  { username: 'faku_jiwei', displayName: '法库县纪委监委 督导员', role: 'county_supervisor', regionCode: DEMO_REGIONS.county },
  { username: 'shenyang_jiwei', displayName: '沈阳市纪委监委 督导员', role: 'city_supervisor', regionCode: DEMO_REGIONS.city },
  { username: 'liaoning_jiwei', displayName: '辽宁省纪委监委 督导员', role: 'province_supervisor', regionCode: DEMO_REGIONS.province },
  { username: 'faku_zuzhibu', displayName: '法库县委组织部', role: 'county_department', regionCode: DEMO_REGIONS.county, department: 'organization' },
  { username: 'faku_minzheng', displayName: '法库县民政局', role: 'county_department', regionCode: DEMO_REGIONS.county, department: 'civilAffairs' },
  { username: 'faku_nongye', displayName: '法库县农业农村局', role: 'county_department', regionCode: DEMO_REGIONS.county, department: 'agriculture' },
];

/** A valid ID number (GB 11643 check digit) born on `birth` in 法库县. */
export function demoIdNumber(birth: string, sequence: number): string {
  const first17 = `210124${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

type TDemoDisclosure = Omit<TCreateDisclosureRequest, 'villageCode'> & { username: string };

export const DEMO_DISCLOSURES: TDemoDisclosure[] = [
  {
    username: 'dagujiazi',
    requestId: 'demo-party-organization',
    catalogItemId: 'party-organization',
    title: '大孤家子村党支部班子成员及分工',
    body: '党支部书记：负责全面工作。\n副书记：负责组织、宣传和党员教育。\n组织委员：负责发展党员、党费收缴。\n监督电话：024-87000000',
  },
  {
    username: 'dagujiazi',
    requestId: 'demo-subsistence-2026q3',
    catalogItemId: 'village-subsistence-allowance',
    period: '2026-Q3',
    title: '2026 年第三季度低保、特困人员名单',
    body: '经村民代表会议评议、镇政府审核、县民政局审批，现将 2026 年第三季度享受低保、特困供养人员名单公示如下。如有异议，请于公示之日起 7 日内向村委会或镇政府反映。',
    rows: [
      { cells: { name: '张桂兰', idNumber: demoIdNumber('19480312', 22), amount: '1380.00' } },
      { cells: { name: '李德福', idNumber: demoIdNumber('19520907', 11), amount: '1380.00' } },
      { cells: { name: '王秀英', idNumber: demoIdNumber('19610115', 44), amount: '960.50' } },
    ],
  },
  {
    username: 'dagujiazi',
    requestId: 'demo-finance-2026q1',
    catalogItemId: 'finance-income-expenditure',
    period: '2026-Q1',
    title: '2026 年第一季度村集体财务收支公开',
    body: '本季度收入合计 68,200.00 元：土地发包收入 44,200.00 元，上级转移支付 24,000.00 元。\n本季度支出合计 59,900.00 元：村干部报酬 27,000.00 元，冬季清雪 26,500.00 元，办公费 6,400.00 元。\n已经民主理财小组审核。',
    finance: { income: '68200.00', expense: '59900.00' },
  },
  {
    username: 'dagujiazi',
    requestId: 'demo-finance-2026q2',
    catalogItemId: 'finance-income-expenditure',
    period: '2026-Q2',
    title: '2026 年第二季度村集体财务收支公开',
    body: '本季度收入合计 79,000.00 元：土地发包收入 55,000.00 元，上级转移支付 24,000.00 元。\n本季度支出合计 63,330.00 元：农田水利 30,000.00 元，村干部报酬 27,000.00 元，办公费 6,330.00 元。\n已经民主理财小组审核。',
    finance: { income: '79000.00', expense: '63330.00' },
  },
  {
    username: 'dagujiazi',
    requestId: 'demo-finance-2026q3',
    catalogItemId: 'finance-income-expenditure',
    period: '2026-Q3',
    title: '2026 年第三季度村集体财务收支公开',
    body: '本季度收入合计 86,400.00 元：土地发包收入 62,000.00 元，上级转移支付 24,400.00 元。\n本季度支出合计 71,250.00 元：道路维修 38,000.00 元，村干部报酬 27,000.00 元，办公费 6,250.00 元。\n已经民主理财小组审核。',
    finance: { income: '86400.00', expense: '71250.00' },
  },
  {
    username: 'jixiang',
    requestId: 'demo-heating-2026',
    catalogItemId: 'heating-fees',
    title: '2026—2027 年度供暖收费标准及服务承诺',
    body: '供暖期：2026 年 11 月 1 日至 2027 年 3 月 31 日。\n收费标准：住宅 26 元/平方米·采暖期。\n室温不低于 18℃；报修电话 024-87111111，24 小时受理。',
  },
];
