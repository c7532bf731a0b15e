import { AccountStatus, Role } from '@healthsync/contracts/auth';
import { UserFactory } from '@healthsync/domain/accounts';

import type { EndedSessions } from './session-end-signal';
import { authTestKit, origin, type AuthTestKit } from './testing/auth-test-kit';

describe('SessionService', () => {
  let kit: AuthTestKit;
  let ended: EndedSessions[];

  beforeEach(() => {
    kit = authTestKit();
    ended = [];
    kit.endSignal.onEnded((sessions) => ended.push(sessions));
  });

  it('starts a session whose access token names it', async () => {
    const user = await kit.user({ role: Role.Doctor });
    const tokens = await kit.sessions.start(user.id, user.role, origin);
    const [session] = kit.sessionsRepository.openSessionsOf(user.id);
    expect(tokens.tokenType).toBe('Bearer');
    expect(await kit.sessions.isActive({ userId: user.id, role: user.role, sessionId: session.id })).toBe(
      true,
    );
  });

  it('remembers an active session, and forgets it the moment it is revoked', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);
    expect(await kit.sessions.isActive(auth)).toBe(true);
    expect(kit.cache.entries.size).toBe(1);

    await kit.sessions.revoke(auth, 'logout');

    expect(kit.cache.entries.size).toBe(0);
    expect(await kit.sessions.isActive(auth)).toBe(false);
    expect(ended).toEqual([{ userId: user.id, sessionIds: [auth.sessionId], everySession: false }]);
  });

  it('revokes every session but the one kept, telling whether all of them ended', async () => {
    const user = await kit.user();
    const kept = await kit.signedIn(user);
    const other = await kit.signedIn(user);

    await kit.sessions.revokeAll(user.id, 'password_changed', kept.sessionId);
    await kit.sessions.revokeAll(user.id, 'logout_all');

    expect(ended).toEqual([
      { userId: user.id, sessionIds: [other.sessionId], everySession: false },
      { userId: user.id, sessionIds: [kept.sessionId], everySession: true },
    ]);
  });

  it("answers the user's current role from the store, and none once the user is deactivated", async () => {
    const user = await kit.user({ role: Role.Receptionist });
    const auth = await kit.signedIn(user);
    await kit.accounts.changeRole(user.id, UserFactory.create({ ...user, role: Role.Admin }));
    expect(await kit.sessions.currentRole(auth)).toBe(Role.Admin);

    await kit.accounts.setStatus(user.id, AccountStatus.Deactivated);
    expect(await kit.sessions.currentRole(auth)).toBeNull();
    expect(await kit.sessions.isActive(auth)).toBe(false);
  });

  it('refuses a session presented for another user', async () => {
    const owner = await kit.user();
    const stranger = await kit.user();
    const auth = await kit.signedIn(owner);
    expect(await kit.sessions.isActive({ ...auth, userId: stranger.id })).toBe(false);
  });
});
