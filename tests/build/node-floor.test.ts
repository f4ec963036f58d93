// package.json's engines.node is a promise: every npm script runs on that Node. .ci/run installs
// exactly that version (NODE_FLOOR names its binary) and this file runs the scripts on it; the
// floor is where Node started stripping TypeScript types by default, which the scripts rely on.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment, makeTempSite, root } from '../support/temp-site.ts';

const floorNode = process.env['NODE_FLOOR'];
const engines = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }
).engines.node;

/** Runs a script of the project on the floor Node, in `cwd`; its status and output. */
function onFloor(cwd: string, ...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(floorNode ?? '', args, {
    cwd,
    env: { ...buildEnvironment(), ISSUES_DIR: 'content/issues', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const site = floorNode ? makeTempSite('node-floor') : '';
afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe.skipIf(!floorNode)(`every npm script on the lowest Node package.json allows (${engines})`, () => {
  it('NODE_FLOOR is exactly that Node', () => {
    expect(onFloor(root, '--version').output.trim()).toBe(`v${engines.replace(/^>=/, '')}`);
  });

  it('builds the site (npm start, npm run build)', () => {
    cpSync(join(root, 'content/issues'), join(site, 'content/issues'), { recursive: true });
    const { status, output } = onFloor(site, 'node_modules/astro/bin/astro.mjs', 'build');
    expect(status, output.slice(-2000)).toBe(0);
  });

  it('writes a new issue (npm run new-issue)', () => {
    const { status, output } = onFloor(site, join(root, 'scripts/new-issue.mjs'), 'On the floor');
    expect(status, output).toBe(0);
    expect(readdirSync(join(site, 'content/issues'))).toContain('058-on-the-floor.mdx');
  });

  // The rest load their whole module graph, then stop on an argument they refuse.
  it.each([
    ['npm run import', ['scripts/import.ts', '/nonexistent'], '/nonexistent does not exist.'],
    ['npm run email', ['scripts/email.mjs', 'fifty-seven'], 'is not an issue number'],
    ['npm run bench', ['bench/run.ts', '--no-such-option'], "Unknown option '--no-such-option'"],
    ['npm run bench:import', ['bench/import.ts', '--no-such-option'], "Unknown option '--no-such-option'"],
    [
      'npm test',
      ['tests/support/prepare-builds.ts', 'no-such-variant'],
      'Unknown build variant no-such-variant',
    ],
  ])('%s starts', (_script, [file = '', ...args], refusal) => {
    const { output } = onFloor(root, join(root, file), ...args);
    expect(output).toContain(refusal);
    expect(output).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|ERR_UNSUPPORTED|SyntaxError/);
  });
});
