// Lighthouse and its tree weigh about 160 MB, for the benchmark alone: they are not among the
// project's dependencies, and `npm run bench -- --lighthouse` loads them only when asked.

/** The two calls the benchmark makes, typed here since the packages may be absent. */
interface Chrome {
  port: number;
  kill(): void;
}
interface LighthouseModules {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<Chrome>;
  lighthouse(
    url: string,
    flags: { port: number; output: 'json'; logLevel: 'error' },
  ): Promise<{ lhr: LighthouseResult } | undefined>;
}
interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

/** The command that installs what `--lighthouse` needs, without recording it in package.json. */
export const LIGHTHOUSE_INSTALL = 'npm install --no-save lighthouse@13 chrome-launcher@1';

/** Lighthouse and chrome-launcher, or an error saying how to install them. */
export async function loadLighthouse(): Promise<LighthouseModules> {
  // Names in variables, so the type checker does not look for packages that are not installed.
  const names = ['lighthouse', 'chrome-launcher'];
  try {
    const [lighthouse, chromeLauncher] = (await Promise.all(names.map((name) => import(name)))) as [
      { default: LighthouseModules['lighthouse'] },
      { launch: LighthouseModules['launch'] },
    ];
    return { lighthouse: lighthouse.default, launch: chromeLauncher.launch };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      `--lighthouse needs Lighthouse, which the project does not install (about 160 MB). Run\n  ${LIGHTHOUSE_INSTALL}\nthen the benchmark again.`,
      { cause: error },
    );
  }
}

/** Lighthouse's verdict on one page (mobile preset). */
export interface LighthouseScore {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  kb: number;
}

/** Runs Lighthouse (its default mobile preset) on each page with the system Chromium. */
export async function measureLighthouse(
  { launch, lighthouse }: LighthouseModules,
  siteUrl: string,
  paths: string[],
): Promise<LighthouseScore[]> {
  const chrome = await launch({
    chromePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const scores: LighthouseScore[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${siteUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      scores.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
        kb: Math.round(audit('total-byte-weight') / 102.4) / 10,
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
