import { Foundation1795600000000 } from './1795600000000-foundation';
import { AccountsAndSessions1795600100000 } from './1795600100000-accounts-and-sessions';
import { Scheduling1795600200000 } from './1795600200000-scheduling';
import { PatientRecords1795600300000 } from './1795600300000-patient-records';
import { Notifications1795600400000 } from './1795600400000-notifications';
import { SignInProtection1795700200000 } from './1795700200000-sign-in-protection';
import { PendingRegistrations1795700210000 } from './1795700210000-pending-registrations';
import { PushSubscriptionOwner1795700300000 } from './1795700300000-push-subscription-owner';
import { PastTenseEventTypes1795800000000 } from './1795800000000-past-tense-event-types';
import { OutboxParking1795800100000 } from './1795800100000-outbox-parking';

/** Every migration in order. The bundled API cannot glob files, so each new migration is added here. */
export const MIGRATIONS = [Foundation1795600000000, AccountsAndSessions1795600100000, Scheduling1795600200000, PatientRecords1795600300000, Notifications1795600400000, SignInProtection1795700200000, PendingRegistrations1795700210000, PushSubscriptionOwner1795700300000, PastTenseEventTypes1795800000000, OutboxParking1795800100000];
