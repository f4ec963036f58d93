// Cloudflare Pages' own local server (`wrangler pages dev`) over a built folder: it applies
// `_headers` and `_redirects` as the host does, so checks that depend on the host run against
// what readers will get. It runs offline; the lookups it tries for metadata fail quietly.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { root } from './temp-site.ts';

/** A port the OS has free right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Serves `dist` with `wrangler pages dev`; resolves once it answers, with its URL and a stop. */
export async function servePages(dist: string): Promise<{ url: string; close: () => void }> {
  const [port, inspector] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/wrangler/bin/wrangler.js'),
      'pages',
      'dev',
      dist,
      '--ip=127.0.0.1',
      `--port=${port}`,
      `--inspector-port=${inspector}`,
      '--compatibility-date=2026-11-01',
      '--show-interactive-dev-session=false',
      '--log-level=warn',
    ],
    // Its state folder (.wrangler/) goes beside the build, never into the project.
    {
      cwd: dirname(dist),
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = () => void child.kill();
  // Waits on the server answering, however long a busy machine takes; stops if it exits.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited:\n${output.slice(-3000)}`);
    const ok = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, close };
    await new Promise((done) => setTimeout(done, 200));
  }
}
