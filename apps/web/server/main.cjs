'use strict';
/**
 * The portal's server: Next.js behind a plain Node HTTP server that replaces every request's
 * X-Forwarded-For with the one address the portal believes (see client-address.cjs) before Next sees
 * it, so a browser cannot choose the address the API rate-limits and audits.
 * Usage: node apps/web/server/main.cjs [-p PORT] [-H HOST]   (else PORT, 3000 and 0.0.0.0; PORTAL_TRUSTED_PROXIES)
 */
const { createServer } = require('node:http');
const { join } = require('node:path');

const next = require('next');

const { clientAddress, parseTrustedProxies } = require('./client-address.cjs');

function option(flag) {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main() {
  const trusted = parseTrustedProxies(process.env.PORTAL_TRUSTED_PROXIES);
  const port = Number(option('-p') ?? process.env.PORT ?? 3000);
  const hostname = option('-H') ?? '0.0.0.0';
  const app = next({ dev: false, dir: join(__dirname, '..'), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    const forwarded = request.headers['x-forwarded-for'];
    request.headers['x-forwarded-for'] = clientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      trusted,
    );
    handle(request, response).catch((error) => {
      process.stderr.write(`portal request failed: ${error instanceof Error ? error.stack : error}\n`);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.listen(port, hostname, () => process.stdout.write(`Portal listening on ${hostname}:${port}\n`));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
