import { DataSource } from 'typeorm';

import { dropTestDatabase } from '@healthsync/testing/services/test-services';

import type { AppConfig } from '../../../src/config/app-config';
import { DoctorEntity } from '../../../src/modules/accounts/doctor.entity';
import { AppointmentEntity } from '../../../src/modules/appointments/appointment.entity';
import { CareRelationshipQuery } from '../../../src/modules/appointments/care-relationship.query';
import { TypeOrmAppointmentsRepository } from '../../../src/modules/appointments/typeorm-appointments.repository';
import { DoctorDirectory } from '../../../src/modules/doctors/doctor-directory';
import { TypeOrmDoctorsRepository } from '../../../src/modules/doctors/typeorm-doctors.repository';
import { createMigratedDatabase } from '../../support/test-database';

const DAY_MS = 86_400_000;
const HORIZON_DAYS = 90;

/**
 * The care relationship on the real PostgreSQL, at the edges of its periods: a visit 24 months ago
 * and a booking at the end of the booking horizon (the HTTP suite covers each status).
 */
describe('the care relationship query', () => {
  let url: string;
  let db: DataSource;
  let care: CareRelationshipQuery;
  let doctorUserId: string;
  let doctorId: string;
  let otherDoctorId: string;

  async function insertDoctor(email: string): Promise<{ userId: string; doctorId: string }> {
    const [user] = (await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, 'doctor', 'Dora', 'Care') RETURNING id`,
      [email],
    )) as Array<{ id: string }>;
    const [doctor] = (await db.query(
      `INSERT INTO doctors (user_id, specialty, licence_number) VALUES ($1, 'General practice', $2) RETURNING id`,
      [user?.id, `LIC-${email}`],
    )) as Array<{ id: string }>;
    return { userId: user?.id ?? '', doctorId: doctor?.id ?? '' };
  }

  /** A new patient with one appointment of the doctor's, starting at `startsAt`. */
  async function patientWith(status: string, startsAt: Date, doctor = doctorId): Promise<string> {
    const [patient] = (await db.query(
      `INSERT INTO patients (first_name, last_name, date_of_birth) VALUES ('Pat', 'Care', '1980-01-01') RETURNING id`,
    )) as Array<{ id: string }>;
    await db.query(
      `INSERT INTO appointments (doctor_id, patient_id, type, status, starts_at, ends_at, busy_until, fee_minor, currency)
       VALUES ($1, $2, 'consultation', $3, $4, $4::timestamptz + interval '30 minutes', $4::timestamptz + interval '30 minutes', 0, 'EUR')`,
      [doctor, patient?.id, status, startsAt],
    );
    return patient?.id ?? '';
  }

  const monthsAgo = (months: number, plusDays = 0) => {
    const date = new Date();
    date.setUTCMonth(date.getUTCMonth() - months);
    return new Date(date.getTime() + plusDays * DAY_MS);
  };

  beforeAll(async () => {
    url = await createMigratedDatabase('hs_int_care');
    db = await new DataSource({
      type: 'postgres',
      url,
      entities: [AppointmentEntity, DoctorEntity],
    }).initialize();
    const config = { bookingHorizonDays: HORIZON_DAYS } as AppConfig;
    care = new CareRelationshipQuery(
      new TypeOrmAppointmentsRepository(db.manager),
      new DoctorDirectory(new TypeOrmDoctorsRepository(db.manager)),
      config,
    );
    ({ userId: doctorUserId, doctorId } = await insertDoctor('care@clinic.test'));
    ({ doctorId: otherDoctorId } = await insertDoctor('other@clinic.test'));
  });

  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  it('counts a visit until 24 months have passed, and not after', async () => {
    const within = await patientWith('completed', monthsAgo(24, 1));
    const beyond = await patientWith('completed', monthsAgo(24, -1));
    expect(await care.includes(doctorUserId, within)).toBe(true);
    expect(await care.includes(doctorUserId, beyond)).toBe(false);
  });

  it('counts an upcoming booking within the booking horizon, not one beyond it', async () => {
    const within = await patientWith('confirmed', new Date(Date.now() + (HORIZON_DAYS - 1) * DAY_MS));
    const beyond = await patientWith('scheduled', new Date(Date.now() + (HORIZON_DAYS + 1) * DAY_MS));
    expect(await care.includes(doctorUserId, within)).toBe(true);
    expect(await care.includes(doctorUserId, beyond)).toBe(false);
  });

  it('counts a booking under way until it ends, not one that ended without a visit', async () => {
    const underWay = await patientWith('scheduled', new Date(Date.now() - 10 * 60_000));
    const missed = await patientWith('confirmed', new Date(Date.now() - 45 * 60_000));
    expect(await care.includes(doctorUserId, underWay)).toBe(true);
    expect(await care.includes(doctorUserId, missed)).toBe(false);
  });

  it('lists the doctor’s own patients only, each once', async () => {
    const twice = await patientWith('completed', monthsAgo(2));
    await db.query(
      `INSERT INTO appointments (doctor_id, patient_id, type, status, starts_at, ends_at, busy_until, fee_minor, currency)
       VALUES ($1, $2, 'consultation', 'completed', $3, $3::timestamptz + interval '30 minutes', $3::timestamptz + interval '30 minutes', 0, 'EUR')`,
      [doctorId, twice, monthsAgo(3)],
    );
    const othersPatient = await patientWith('completed', monthsAgo(1), otherDoctorId);
    const mine = await care.patientsOf(doctorUserId);
    expect(mine.filter((id) => id === twice)).toHaveLength(1);
    expect(mine).not.toContain(othersPatient);
    expect(await care.includes(doctorUserId, othersPatient)).toBe(false);
  });
});
