const VILLAGE_CODE = /^\d{12}$/;

export function isVillageCode(value: string): boolean {
  return VILLAGE_CODE.test(value);
}

/**
 * The village a page was opened for. WeChat QR codes put the 12-digit code in
 * `scene`, URL-encoded; links and the browser use `code`.
 */
export function villageCodeFromParams(params: Partial<Record<string, string>>): string | null {
  for (const raw of [params.scene, params.code]) {
    if (!raw) continue;
    const value = safeDecode(raw).trim();
    if (isVillageCode(value)) return value;
  }
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
