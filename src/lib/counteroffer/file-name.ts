/** The download’s file name: "counteroffer-<company>.txt" ("Acme, Inc." → "counteroffer-acme-inc.txt"), or "counteroffer.txt". */
export function downloadName(company: string): string {
  const slug = company
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-|-$/g, '');
  return slug ? `counteroffer-${slug}.txt` : 'counteroffer.txt';
}
