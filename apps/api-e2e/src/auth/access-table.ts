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
  'POST /api/v1/auth/register/confirm': 'public',
  'POST /api/v1/auth/unlock': 'public',
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

  'POST /api/v1/patients': ['admin', 'receptionist'],
  'GET /api/v1/patients': ['admin', 'receptionist', 'doctor'],
  'GET /api/v1/patients/me': ['patient'],
  'PATCH /api/v1/patients/me': ['patient'],
  'GET /api/v1/patients/{id}': EVERYONE,
  'PATCH /api/v1/patients/{id}': ['admin', 'receptionist'],
  'GET /api/v1/patients/{id}/medical-history': ['admin', 'doctor', 'patient'],
  'PUT /api/v1/patients/{id}/medical-history': ['doctor'],
  'GET /api/v1/patients/{id}/medical-history/versions': ['admin', 'doctor', 'patient'],
  'GET /api/v1/patients/{id}/medical-history/versions/{version}': ['admin', 'doctor', 'patient'],

  'GET /api/v1/doctors': EVERYONE,
  'GET /api/v1/doctors/{id}': EVERYONE,
  'PATCH /api/v1/doctors/{id}': ADMIN,
  'GET /api/v1/doctors/{id}/slots': EVERYONE,
  'GET /api/v1/doctors/{id}/availability': ['admin', 'doctor'],
  'PUT /api/v1/doctors/{id}/availability': ['admin', 'doctor'],
  'POST /api/v1/doctors/{id}/exceptions': ['admin', 'doctor'],
  'DELETE /api/v1/doctors/{id}/exceptions/{exceptionId}': ['admin', 'doctor'],

  'POST /api/v1/appointments/holds': ['patient', 'receptionist', 'admin'],
  'POST /api/v1/appointments': ['patient', 'receptionist', 'admin'],
  'GET /api/v1/appointments': EVERYONE,
  'GET /api/v1/appointments/queue': ['receptionist', 'admin', 'doctor'],
  'GET /api/v1/appointments/{id}': EVERYONE,
  'GET /api/v1/appointments/{id}/history': EVERYONE,
  'PATCH /api/v1/appointments/{id}': ['patient', 'receptionist', 'admin'],
  'POST /api/v1/appointments/{id}/release': ['patient', 'receptionist', 'admin'],
  'POST /api/v1/appointments/{id}/confirm': ['doctor', 'receptionist', 'admin'],
  'POST /api/v1/appointments/{id}/check-in': ['receptionist', 'admin'],
  'POST /api/v1/appointments/{id}/start': ['doctor', 'admin'],
  'POST /api/v1/appointments/{id}/complete': ['doctor', 'admin'],
  'POST /api/v1/appointments/{id}/cancel': ['patient', 'receptionist', 'admin'],
  'POST /api/v1/appointments/{id}/no-show': ['doctor', 'receptionist', 'admin'],

  'GET /api/v1/notifications': EVERYONE,
  'GET /api/v1/notifications/unread-count': EVERYONE,
  'POST /api/v1/notifications/read-all': EVERYONE,
  'POST /api/v1/notifications/live-ticket': EVERYONE,
  'POST /api/v1/notifications/{id}/read': EVERYONE,
  'GET /api/v1/notifications/preferences': EVERYONE,
  'PUT /api/v1/notifications/preferences': EVERYONE,
  'POST /api/v1/notifications/push-subscriptions': EVERYONE,
  'DELETE /api/v1/notifications/push-subscriptions': EVERYONE,
  'GET /api/v1/admin/notifications/deliveries': ADMIN,
  'POST /api/v1/admin/notifications/deliveries/{id}/retry': ADMIN,
  'GET /api/v1/admin/notifications/parked-events': ADMIN,
  'POST /api/v1/admin/notifications/parked-events/{id}/retry': ADMIN,
};
