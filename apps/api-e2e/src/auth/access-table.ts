/**
 * Who may call each route: `public`, or the roles admitted. Every route the API documents must be
 * here; the authorization matrix fails on one that is missing, so a new route forces a decision.
 */
export type Caller = 'anonymous' | 'admin' | 'doctor' | 'receptionist' | 'patient';
export type Access = 'public' | Exclude<Caller, 'anonymous'>[];

const EVERYONE: Access = ['admin', 'doctor', 'receptionist', 'patient'];
const ADMIN: Access = ['admin'];

export const ACCESS_TABLE: Record<string, Access> = {
  'GET /api/v1/health': 'public',
  'GET /api/v1/health/live': 'public',

  'POST /api/v1/auth/register': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/login/second-factor': 'public',
  'POST /api/v1/auth/login/totp-enrolment': 'public',
  'POST /api/v1/auth/login/totp-enrolment/activate': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/password/forgot': 'public',
  'POST /api/v1/auth/password/reset': 'public',
  'POST /api/v1/auth/logout': EVERYONE,
  'POST /api/v1/auth/logout-all': EVERYONE,
  'GET /api/v1/auth/me': EVERYONE,
  'POST /api/v1/auth/password/change': EVERYONE,
  'POST /api/v1/auth/2fa/setup': EVERYONE,
  'POST /api/v1/auth/2fa/enable': EVERYONE,
  'POST /api/v1/auth/2fa/disable': EVERYONE,

  'GET /api/v1/admin/users': ADMIN,
  'POST /api/v1/admin/users': ADMIN,
  'GET /api/v1/admin/users/{id}': ADMIN,
  'PATCH /api/v1/admin/users/{id}/role': ADMIN,
  'POST /api/v1/admin/users/{id}/deactivate': ADMIN,
  'POST /api/v1/admin/users/{id}/reactivate': ADMIN,
  'POST /api/v1/admin/users/{id}/password-reset': ADMIN,
  'GET /api/v1/admin/settings/security': ADMIN,
  'PUT /api/v1/admin/settings/security': ADMIN,
  'GET /api/v1/admin/audit-logs': ADMIN,
  'GET /api/v1/admin/audit-logs/verify': ADMIN,

  'GET /api/v1/patients/me': ['patient'],
  'GET /api/v1/patients/{id}': EVERYONE,
};
