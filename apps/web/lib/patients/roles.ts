import { Role } from '@healthsync/domain/accounts';

/** Who may open staff patient pages, and who may register and change patients (the API's rules). */
export const PATIENT_READERS = [Role.Admin, Role.Receptionist, Role.Doctor];
export const PATIENT_REGISTRARS = [Role.Admin, Role.Receptionist];
/** Clinical data: the front desk never reads a medical history. */
export const HISTORY_READERS = [Role.Admin, Role.Doctor];
export const HISTORY_WRITERS = [Role.Doctor];
