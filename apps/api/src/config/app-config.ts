import { type Environment, loadEnvironment } from './environment';

/** The API's settings, typed and derived once from the validated environment. */
export class AppConfig {
  readonly nodeEnv: Environment['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  /** Unset: the API starts the embedded PostgreSQL (PGlite) and keeps its data in `embeddedDataDir`. */
  readonly databaseUrl?: string;
  readonly embeddedDataDir: string;
  readonly redisUrl?: string;
  readonly mongodbUri?: string;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  readonly rateLimitPerMinute: number;
  readonly logLevel: string;
  /** Demo data is seeded on an empty database: on the embedded default or with SEED_DEMO=true, never in production. */
  readonly seedDemo: boolean;
  readonly shutdownGraceMs: number;
  readonly cacheNamespace: string;
  readonly cacheTtlSeconds: number;

  constructor(env: Environment) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = env.DATABASE_URL;
    this.embeddedDataDir = env.EMBEDDED_DATA_DIR;
    this.redisUrl = env.REDIS_URL;
    this.mongodbUri = env.MONGODB_URI;
    this.corsOrigins = env.CORS_ORIGINS;
    this.bodyLimit = env.BODY_LIMIT;
    this.rateLimitPerMinute = env.RATE_LIMIT_PER_MINUTE;
    this.logLevel = env.LOG_LEVEL;
    this.seedDemo = env.NODE_ENV !== 'production' && (env.SEED_DEMO ?? !env.DATABASE_URL);
    this.shutdownGraceMs = env.SHUTDOWN_GRACE_MS;
    this.cacheNamespace = env.CACHE_NAMESPACE;
    this.cacheTtlSeconds = env.CACHE_TTL_SECONDS;
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  static fromEnvironment(source: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(loadEnvironment(source));
  }
}
