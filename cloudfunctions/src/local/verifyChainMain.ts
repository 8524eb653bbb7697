import { verifySealChains } from '../services/disclosure/sealing';
import { defaultDataDir, openLocalRuntime } from './localRuntime';

/**
 * `node cloudfunctions/dist-local/verify-chain.js [villageCode]`: recomputes
 * each village's hash chain from the stored disclosures and names every
 * record changed outside the workflow. Exits 1 when anything is wrong.
 */
async function main() {
  const villageCode = process.argv[2];
  if (villageCode && !/^\d{12}$/.test(villageCode)) {
    console.error(`村（社区）代码应为 12 位数字：${villageCode}`);
    process.exit(2);
  }
  const runtime = openLocalRuntime(defaultDataDir());
  try {
    const report = await verifySealChains(runtime.services, villageCode);
    console.log(`核验公开内容封存链：${report.villages} 个村（社区），${report.seals} 条封存记录`);
    if (report.problems.length === 0) {
      console.log('全部一致：没有发现审核流程之外的改动。');
      return;
    }
    console.log(`发现 ${report.problems.length} 处问题：`);
    for (const p of report.problems) console.log(`  [${p.villageCode}] ${p.message}`);
    process.exitCode = 1;
  } finally {
    await runtime.services.store.close();
  }
}

main().catch((error) => {
  console.error('核验失败：', error);
  process.exit(2);
});
