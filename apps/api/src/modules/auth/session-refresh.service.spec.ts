import { AccountStatus } from '@healthsync/contracts/auth';

import { InvalidRefreshToken, RefreshTokenReused, SessionRefreshService } from './session-refresh.service';
import { authTestKit, origin, type AuthTestKit } from './testing/auth-test-kit';

describe('SessionRefreshService', () => {
  let kit: AuthTestKit;
  let service: SessionRefreshService;

  beforeEach(() => {
    kit = authTestKit();
    service = new SessionRefreshService(
      kit.unitOfWork,
      kit.sessionsRepository,
      kit.accounts,
      kit.sessions,
      kit.audit,
    );
  });

  it('exchanges a refresh token for a new pair in the same session', async () => {
    const user = await kit.user();
    const first = await kit.sessions.start(user.id, user.role, origin);

    const next = await service.refresh(first.refreshToken, origin);

    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(next.refreshTokenExpiresAt).toBe(first.refreshTokenExpiresAt);
    expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(1);
    const rotatedAgain = await service.refresh(next.refreshToken, origin);
    expect(rotatedAgain.accessToken).toEqual(expect.any(String));
    expect(kit.audit.events).toEqual([]);
  });

  it('revokes the whole session when a used token comes back, closes its connections and audits a denial', async () => {
    const user = await kit.user();
    const first = await kit.sessions.start(user.id, user.role, origin);
    const [session] = kit.sessionsRepository.openSessionsOf(user.id);
    const next = await service.refresh(first.refreshToken, origin);
    const ended: unknown[] = [];
    kit.endSignal.onEnded((sessions) => ended.push(sessions));

    await expect(service.refresh(first.refreshToken, origin)).rejects.toBeInstanceOf(RefreshTokenReused);

    expect(kit.sessionsRepository.sessions.get(session.id)?.revokeReason).toBe('refresh_token_reuse');
    expect(ended).toEqual([{ userId: user.id, sessionIds: [session.id], everySession: false }]);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: user.id, role: user.role },
        action: 'auth.refresh_token_reuse',
        resourceType: 'session',
        resourceId: session.id,
        outcome: 'denied',
      }),
    ]);
    await expect(service.refresh(next.refreshToken, origin)).rejects.toBeInstanceOf(InvalidRefreshToken);
  });

  it('refuses an unknown token, and the token of a deactivated user', async () => {
    const user = await kit.user();
    const { refreshToken } = await kit.sessions.start(user.id, user.role, origin);
    await expect(service.refresh('not-a-token', origin)).rejects.toBeInstanceOf(InvalidRefreshToken);

    await kit.accounts.setStatus(user.id, AccountStatus.Deactivated);
    await expect(service.refresh(refreshToken, origin)).rejects.toBeInstanceOf(InvalidRefreshToken);
  });

  it('refuses the token of a signed-out session', async () => {
    const user = await kit.user();
    const { refreshToken } = await kit.sessions.start(user.id, user.role, origin);
    await kit.sessions.revokeAll(user.id, 'logout_all');
    await expect(service.refresh(refreshToken, origin)).rejects.toBeInstanceOf(InvalidRefreshToken);
  });
});
