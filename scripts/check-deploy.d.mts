// Types for check-deploy.mjs, which the end-to-end tests import.
export function checkDeploy(
  pageUrl: string,
  frameAncestors?: string,
): Promise<{ name: string; ok: boolean; got: string | undefined }[]>;
