/** Where a resident lands after scanning: the resident app's pages, served at /app/ by the same origin. */
export const disclosureUrl = (id: string) => `${window.location.origin}/app/pages/disclosure/index?id=${encodeURIComponent(id)}`;
export const villageUrl = (code: string) => `${window.location.origin}/app/pages/village/index?code=${code}`;
