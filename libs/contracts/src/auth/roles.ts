export { AccountStatus, ALL_ROLES, Role, STAFF_ROLES } from '@healthsync/domain/accounts';
