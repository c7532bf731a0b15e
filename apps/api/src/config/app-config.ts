import { type DevSecrets, generateDevSecrets, loadOrCreateDevSecrets } from './dev-secrets';
import { type Environment, loadEnvironment } from './environment';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

/** A Twilio-compatible SMS API; present only when URL, account, token and sender are all set. */
export interface SmsSettings {
  apiUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
}

/** Web Push VAPID identity; present only when both keys and the subject are set. */
export interface PushSettings {
  vapidPublicKey: string;
  vapidPrivateKey: string;
  vapidSubject: string;
}

function smsSettings(env: Environment): SmsSettings | undefined {
  const { SMS_API_URL, SMS_ACCOUNT_SID, SMS_AUTH_TOKEN, SMS_FROM } = env;
  if (!SMS_API_URL || !SMS_ACCOUNT_SID || !SMS_AUTH_TOKEN || !SMS_FROM) return undefined;
  return {
    apiUrl: SMS_API_URL.replace(/\/$/, ''),
    accountSid: SMS_ACCOUNT_SID,
    authToken: SMS_AUTH_TOKEN,
    from: SMS_FROM,
  };
}

function pushSettings(env: Environment): PushSettings | undefined {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = env;
  if (!VAPID_PUBLIC_KEY || !VAPID_PRIVATE_KEY || !VAPID_SUBJECT) return undefined;
  return {
    vapidPublicKey: VAPID_PUBLIC_KEY,
    vapidPrivateKey: VAPID_PRIVATE_KEY,
    vapidSubject: VAPID_SUBJECT,
  };
}

/** Configured secrets, or generated ones outside production (kept in memory only under NODE_ENV=test). */
function resolveSecrets(env: Environment): DevSecrets {
  if (env.JWT_SECRET && env.DATA_ENCRYPTION_KEY)
    return { jwtSecret: env.JWT_SECRET, dataEncryptionKey: env.DATA_ENCRYPTION_KEY };
  const generated =
    env.NODE_ENV === 'test' ? generateDevSecrets() : loadOrCreateDevSecrets(env.EMBEDDED_DATA_DIR);
  return {
    jwtSecret: env.JWT_SECRET ?? generated.jwtSecret,
    dataEncryptionKey: env.DATA_ENCRYPTION_KEY ?? generated.dataEncryptionKey,
  };
}

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
  readonly trustedProxies: string;
  readonly bodyLimit: string;
  readonly rateLimitPerMinute: number;
  readonly logLevel: string;
  /** Demo data is seeded on an empty database: on the embedded default or with SEED_DEMO=true, never in production. */
  readonly seedDemo: boolean;
  readonly shutdownGraceMs: number;
  readonly cacheNamespace: string;
  readonly cacheTtlSeconds: number;
  readonly jwtSecret: string;
  readonly dataEncryptionKey: Buffer;
  readonly loginRateLimitPerMinute: number;
  readonly clinicName: string;
  readonly portalUrl: string;
  /** Unset: emails are logged instead of sent (never in production, where SMTP_HOST is then an error at send). */
  readonly smtp?: SmtpSettings;
  readonly mailFrom: string;
  readonly clinicTimeZone: string;
  readonly bookingLeadMinutes: number;
  readonly bookingHorizonDays: number;
  readonly holdLimitPerAddress: number;
  readonly notificationsPollMs: number;
  readonly reminderLeadMinutes: readonly number[];
  /** Unset: the SMS channel fails every delivery permanently ("not configured"). */
  readonly sms?: SmsSettings;
  /** Unset: the push channel fails every delivery permanently ("not configured"). */
  readonly push?: PushSettings;

  constructor(env: Environment) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = env.DATABASE_URL;
    this.embeddedDataDir = env.EMBEDDED_DATA_DIR;
    this.redisUrl = env.REDIS_URL;
    this.mongodbUri = env.MONGODB_URI;
    this.corsOrigins = env.CORS_ORIGINS;
    this.trustedProxies = env.TRUSTED_PROXIES;
    this.bodyLimit = env.BODY_LIMIT;
    this.rateLimitPerMinute = env.RATE_LIMIT_PER_MINUTE;
    this.logLevel = env.LOG_LEVEL;
    this.seedDemo = env.NODE_ENV !== 'production' && (env.SEED_DEMO ?? !env.DATABASE_URL);
    this.shutdownGraceMs = env.SHUTDOWN_GRACE_MS;
    this.cacheNamespace = env.CACHE_NAMESPACE;
    this.cacheTtlSeconds = env.CACHE_TTL_SECONDS;
    const secrets = resolveSecrets(env);
    this.jwtSecret = secrets.jwtSecret;
    this.dataEncryptionKey = Buffer.from(secrets.dataEncryptionKey, 'base64');
    this.loginRateLimitPerMinute = env.LOGIN_RATE_LIMIT_PER_MINUTE;
    this.clinicName = env.CLINIC_NAME;
    this.portalUrl = env.PORTAL_URL.replace(/\/$/, '');
    this.smtp = env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          user: env.SMTP_USER,
          password: env.SMTP_PASSWORD,
        }
      : undefined;
    this.mailFrom = env.MAIL_FROM;
    this.clinicTimeZone = env.CLINIC_TIME_ZONE;
    this.bookingLeadMinutes = env.BOOKING_LEAD_MINUTES;
    this.bookingHorizonDays = env.BOOKING_HORIZON_DAYS;
    this.holdLimitPerAddress = env.HOLD_LIMIT_PER_ADDRESS;
    this.notificationsPollMs = env.NOTIFICATIONS_POLL_MS;
    this.reminderLeadMinutes = env.REMINDER_LEAD_HOURS.map((hours) => Number(hours) * 60).filter(
      (minutes) => minutes > 0,
    );
    this.sms = smsSettings(env);
    this.push = pushSettings(env);
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  static fromEnvironment(source: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(loadEnvironment(source));
  }
}
