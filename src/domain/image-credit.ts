/** Image credit shown as `Name/agency/distributor`, skipping the parts that are missing. */
export interface ImageCredit {
  name?: string | null;
  agency?: string | null;
  distributor?: string | null;
}

export function formatImageCredit(credit: ImageCredit): string {
  return [credit.name, credit.agency, credit.distributor]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join('/');
}
