import { SignOutService } from './sign-out.service';
import { authTestKit, origin, type AuthTestKit } from './testing/auth-test-kit';

describe('SignOutService', () => {
  let kit: AuthTestKit;
  let service: SignOutService;

  beforeEach(() => {
    kit = authTestKit();
    service = new SignOutService(kit.sessions, kit.audit);
  });

  it('signs out this session only', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);
    const other = await kit.signedIn(user);

    await service.logout(auth, origin, false);

    expect(kit.sessionsRepository.openSessionsOf(user.id).map((session) => session.id)).toEqual([
      other.sessionId,
    ]);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: user.id, role: user.role },
        action: 'auth.logout',
        resourceId: user.id,
        outcome: 'success',
      }),
    ]);
  });

  it('signs out every session', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);
    await kit.signedIn(user);

    await service.logout(auth, origin, true);

    expect(kit.sessionsRepository.openSessionsOf(user.id)).toEqual([]);
    expect(kit.audit.actions()).toEqual(['auth.logout_all/success']);
  });
});
