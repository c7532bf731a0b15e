import type { ChangeRoleDto, CreateStaffUserDto, UserSummary } from '@healthsync/contracts/admin';
import type { AuditEntryView, ChainVerificationView } from '@healthsync/contracts/audit';
import type { AccountStatus, Role } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';

import { api } from './api';
import { fetchByIds, idsQuery, namesOf } from './by-ids';

export const USERS_PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 25;

export interface UserFilters {
  search?: string;
  role?: Role;
  status?: AccountStatus;
  page?: number;
}

/** The audit listing's filters, as the API takes them (times are ISO instants with a zone). */
export interface AuditFilters {
  actorId?: string;
  patientId?: string;
  action?: string;
  resourceType?: string;
  from?: string;
  to?: string;
  page?: number;
}

const userPath = (id: string, rest = '') => `/admin/users/${encodeURIComponent(id)}${rest}`;

export function listUsers(filters: UserFilters): Promise<Page<UserSummary>> {
  return api<Page<UserSummary>>('/admin/users', { query: { ...filters, limit: USERS_PAGE_SIZE } });
}

export function getUser(id: string): Promise<UserSummary> {
  return api<UserSummary>(userPath(id));
}

/** The new account has no password: the API emails its holder an invitation to set one. */
export function createStaffUser(dto: CreateStaffUserDto): Promise<UserSummary> {
  return api<UserSummary>('/admin/users', { method: 'POST', body: dto });
}

export function changeUserRole(id: string, dto: ChangeRoleDto): Promise<UserSummary> {
  return api<UserSummary>(userPath(id, '/role'), { method: 'PATCH', body: dto });
}

export function setUserActive(id: string, active: boolean): Promise<UserSummary> {
  return api<UserSummary>(userPath(id, active ? '/reactivate' : '/deactivate'), { method: 'POST' });
}

export function sendPasswordReset(id: string): Promise<void> {
  return api<void>(userPath(id, '/password-reset'), { method: 'POST' });
}

export function listAuditEntries(filters: AuditFilters): Promise<Page<AuditEntryView>> {
  return api<Page<AuditEntryView>>('/admin/audit-logs', { query: { ...filters, limit: AUDIT_PAGE_SIZE } });
}

export function verifyAuditChain(): Promise<ChainVerificationView> {
  return api<ChainVerificationView>('/admin/audit-logs/verify');
}

/** Account names by user id, for showing who did what: one request per hundred ids; an unknown id is left out. */
export async function userNamesById(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const users = await fetchByIds(ids, (batch) =>
    api<Page<UserSummary>>('/admin/users', { query: idsQuery(batch) }),
  );
  return namesOf(users);
}
