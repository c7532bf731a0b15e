/**
 * Runs one SQL statement against an embedded (PGlite) data directory and prints the rows as JSON.
 * A separate process because PGlite loads its WebAssembly with dynamic import(), which Jest's module
 * sandbox refuses. Usage: node run-embedded-sql.cjs <dataDir> <sql>
 */
const { PGlite } = require('@electric-sql/pglite');

async function main() {
  const [dataDir, sql] = process.argv.slice(2);
  const db = new PGlite(dataDir);
  try {
    const result = await db.query(sql);
    process.stdout.write(JSON.stringify(result.rows));
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
