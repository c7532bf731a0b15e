import { cache } from 'react';
import { redirect } from 'next/navigation';

import type { CurrentUser } from '@healthsync/contracts/auth';
import { Role } from '@healthsync/domain/accounts';

import { me } from './auth-api';

export const currentUser = cache((): Promise<CurrentUser> => me());

export function homeOf(role: Role): '/portal' | '/staff' {
  return role === Role.Patient ? '/portal' : '/staff';
}

export async function requirePatient(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user.role !== Role.Patient) redirect(homeOf(user.role));
  return user;
}

export async function requireStaff(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user.role === Role.Patient) redirect('/portal');
  return user;
}

/** Staff of the given roles only; anyone else goes to their own home. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await currentUser();
  if (!roles.includes(user.role)) redirect(homeOf(user.role));
  return user;
}
