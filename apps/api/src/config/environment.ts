import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  getMetadataStorage,
  validateSync,
  type ValidationError,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every environment variable the API reads, with its rules and default. Validated once at boot
 * (`loadEnvironment`); the rest of the code reads the typed `AppConfig`, never `process.env`.
 */
export class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Type(() => Number)
  @Min(1)
  @Max(65535)
  @IsInt()
  PORT = 5000;

  @IsString()
  HOST = '0.0.0.0';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_DATA_DIR = '.data/pglite';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['mongodb', 'mongodb+srv'], require_tld: false, require_protocol: true })
  MONGODB_URI?: string;

  @Transform(toList)
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true })
  CORS_ORIGINS: string[] = ['http://localhost:3000'];

  @IsString()
  @MinLength(2)
  BODY_LIMIT = '1mb';

  @Type(() => Number)
  @Min(1)
  @IsInt()
  RATE_LIMIT_PER_MINUTE = 300;

  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy`): names, addresses or CIDRs. */
  @IsString()
  @MinLength(1)
  TRUSTED_PROXIES = 'loopback';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;

  @Type(() => Number)
  @Min(0)
  @IsInt()
  SHUTDOWN_GRACE_MS = 10_000;

  @IsString()
  @MinLength(1)
  CACHE_NAMESPACE = 'healthsync';

  @Type(() => Number)
  @Min(1)
  @IsInt()
  CACHE_TTL_SECONDS = 60;

  /** Signs access tokens (HS256). Required in production; elsewhere generated once into the data directory. */
  @Transform(emptyToUndefined)
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Encrypts secrets at rest (TOTP seeds): 32 bytes in base64. Required in production, generated elsewhere. */
  @Transform(emptyToUndefined)
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.DATA_ENCRYPTION_KEY !== undefined)
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'DATA_ENCRYPTION_KEY must be 32 bytes in base64 (44 characters)',
  })
  DATA_ENCRYPTION_KEY?: string;

  @Type(() => Number)
  @Min(1)
  @IsInt()
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  @IsString()
  @MinLength(1)
  CLINIC_NAME = 'HealthSync Clinic';

  /** Where the portal is: links in emails point there. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PORTAL_URL = 'http://localhost:3000';

  /** SMTP server for email. Unset: outside production, emails are written to the log instead. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @Type(() => Number)
  @Min(1)
  @Max(65535)
  @IsInt()
  SMTP_PORT = 587;

  @Transform(toBoolean)
  @IsBoolean()
  SMTP_SECURE = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'HealthSync <no-reply@healthsync.invalid>';

  /** The clinic's IANA time zone: availability is wall-clock time there. */
  @IsTimeZone()
  CLINIC_TIME_ZONE = 'Europe/Berlin';

  /** How far ahead a slot must be to be booked (on top of each doctor's own minimum notice). */
  @Type(() => Number)
  @Min(0)
  @IsInt()
  BOOKING_LEAD_MINUTES = 60;

  /** How far ahead slots can be booked. */
  @Type(() => Number)
  @Min(1)
  @Max(730)
  @IsInt()
  BOOKING_HORIZON_DAYS = 90;

  /** Slot holds per client address within one hold's lifetime (HOLD_MINUTES), whoever the callers are. */
  @Type(() => Number)
  @Min(1)
  @IsInt()
  HOLD_LIMIT_PER_ADDRESS = 10;

  /** How often each instance looks for new events and due notification deliveries; 0 turns it off. */
  @Type(() => Number)
  @Min(0)
  @Max(60_000)
  @IsInt()
  NOTIFICATIONS_POLL_MS = 250;

  /** How long before an appointment its reminders go out, in hours (comma-separated, e.g. `24,2`). */
  @Transform(toList)
  @Matches(/^\d{1,3}$/, { each: true, message: 'REMINDER_LEAD_HOURS must be whole hours, comma-separated' })
  REMINDER_LEAD_HOURS: string[] = ['24'];

  /** Twilio-compatible SMS API (base URL, e.g. https://api.twilio.com). Unset: the SMS channel is off. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  SMS_API_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMS_ACCOUNT_SID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMS_AUTH_TOKEN?: string;

  /** Sender number (E.164) or alphanumeric sender id. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMS_FROM?: string;

  /** Web Push VAPID key pair (`npx web-push generate-vapid-keys`), base64url. Unset: the push channel is off. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{87}$/, { message: 'VAPID_PUBLIC_KEY must be a base64url P-256 public key' })
  VAPID_PUBLIC_KEY?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'VAPID_PRIVATE_KEY must be a base64url P-256 private key' })
  VAPID_PRIVATE_KEY?: string;

  /** Contact push services can reach the clinic at: a mailto: or https: URL. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(mailto:\S+@\S+|https:\/\/\S+)$/, { message: 'VAPID_SUBJECT must be a mailto: or https: URL' })
  VAPID_SUBJECT?: string;
}

export class EnvironmentError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid environment variable ${variable}: ${reason}`);
    this.name = 'EnvironmentError';
  }
}

function firstReason(error: ValidationError): string {
  const constraints = Object.values(error.constraints ?? {});
  return constraints[0] ?? 'invalid value';
}

export function environmentKeys(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))];
}

/** Reads and checks the environment; throws an `EnvironmentError` naming the first bad variable. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const raw = Object.fromEntries(
    environmentKeys()
      .map((key) => [key, source[key]])
      .filter(([, value]) => value !== undefined),
  );
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const [error] = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true });
  if (error) throw new EnvironmentError(error.property, firstReason(error));
  return env;
}
