import { Injectable } from '@nestjs/common';

import { AuditOutcome } from '@healthsync/contracts/audit';
import type {
  ChangeRoleDto,
  CreateStaffUserDto,
  UserListQuery,
  UserSummary,
} from '@healthsync/contracts/admin';
import { AccountErrorCode, AccountStatus } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { toUserSummary } from '../accounts/accounts.mapper';
import { AccountsService } from '../accounts/accounts.service';
import { AuditService } from '../audit/audit.service';
import { AccountEmails } from '../auth/account-emails';
import { SessionService } from '../auth/session.service';

const doctorProfile = (dto: { specialty?: string; licenceNumber?: string }) =>
  dto.specialty && dto.licenceNumber
    ? { specialty: dto.specialty, licenceNumber: dto.licenceNumber }
    : undefined;

/** An admin's account management; every change is audited. */
@Injectable()
export class AdminUsersService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
    private readonly emails: AccountEmails,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserSummary>> {
    const page = await this.accounts.list(query);
    return { ...page, items: page.items.map(toUserSummary) };
  }

  async get(userId: string): Promise<UserSummary> {
    return toUserSummary(await this.accounts.get(userId));
  }

  /** A staff account without a password; its holder sets one from the invitation email. */
  async createStaff(
    admin: AuthContext,
    dto: CreateStaffUserDto,
    origin: RequestOrigin,
  ): Promise<UserSummary> {
    const created = await this.accounts.create({
      email: dto.email,
      firstName: dto.firstName,
      lastName: dto.lastName,
      role: dto.role,
      doctor: doctorProfile(dto),
    });
    await this.emails.sendInvitation(created.user);
    await this.record(admin, 'admin.user_create', created.user.id, origin, { role: dto.role });
    return toUserSummary(created);
  }

  /** Ends the user's sessions too, so no token keeps the old role's access. */
  async changeRole(
    admin: AuthContext,
    userId: string,
    dto: ChangeRoleDto,
    origin: RequestOrigin,
  ): Promise<UserSummary> {
    this.refuseOwnAccount(admin, userId);
    const previous = await this.accounts.changeRole(userId, dto.role, doctorProfile(dto));
    await this.sessions.revokeAll(userId, 'role_changed');
    await this.record(admin, 'admin.user_role_change', userId, origin, {
      from: previous.user.role,
      to: dto.role,
    });
    return this.get(userId);
  }

  async setStatus(
    admin: AuthContext,
    userId: string,
    status: AccountStatus,
    origin: RequestOrigin,
  ): Promise<UserSummary> {
    this.refuseOwnAccount(admin, userId);
    await this.accounts.setStatus(userId, status);
    if (status === AccountStatus.Deactivated) await this.sessions.revokeAll(userId, 'deactivated');
    await this.record(
      admin,
      status === AccountStatus.Deactivated ? 'admin.user_deactivate' : 'admin.user_reactivate',
      userId,
      origin,
    );
    return this.get(userId);
  }

  async sendPasswordReset(admin: AuthContext, userId: string, origin: RequestOrigin): Promise<void> {
    const { user } = await this.accounts.get(userId);
    await this.emails.sendPasswordReset(user);
    await this.record(admin, 'admin.user_password_reset', userId, origin);
  }

  /** An admin cannot lock themselves out (or demote the last admin by accident). */
  private refuseOwnAccount(admin: AuthContext, userId: string): void {
    if (admin.userId === userId) {
      throw new DomainError(
        'conflict',
        AccountErrorCode.CannotChangeOwnAccount,
        'Ask another admin to change your own account.',
      );
    }
  }

  private record(
    admin: AuthContext,
    action: string,
    userId: string,
    origin: RequestOrigin,
    detail?: Record<string, string>,
  ) {
    return this.audit.record({
      actor: { userId: admin.userId, role: admin.role },
      action,
      resourceType: 'user',
      resourceId: userId,
      outcome: AuditOutcome.Success,
      origin,
      detail,
    });
  }
}
