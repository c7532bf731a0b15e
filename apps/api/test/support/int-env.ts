/** The database the integration run's global setup created and migrated. */
export function integrationDatabaseUrl(): string {
  const url = process.env['INT_DATABASE_URL'];
  if (!url) throw new Error('INT_DATABASE_URL is unset: run integration tests through jest.int.config.cjs');
  return url;
}
