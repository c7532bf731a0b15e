import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patient records: a medical record number from a sequence (`MRN-000123`, never reused: a sequence
 * hands out each value once, even when the inserting transaction rolls back), demographics, address,
 * emergency contact, insurance, preferred language and a version for optimistic concurrency; plus
 * the indexes the front desk's search needs (trigram name, date of birth, phone digits).
 */
export class PatientRecords1795600300000 implements MigrationInterface {
  name = 'PatientRecords1795600300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE patient_mrn_seq AS bigint START 1`);
    // lpad alone would cut a seventh digit off; greatest() keeps every digit once the sequence grows.
    await db.query(`
      CREATE FUNCTION next_patient_mrn() RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT 'MRN-' || lpad(n::text, greatest(6, length(n::text)), '0') FROM nextval('patient_mrn_seq') AS n
      $$`);

    await db.query(`
      ALTER TABLE patients
        ADD COLUMN mrn text,
        ADD COLUMN sex text NOT NULL DEFAULT 'unknown' CONSTRAINT patients_sex CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        ADD COLUMN address_line1 text CHECK (length(address_line1) BETWEEN 1 AND 200),
        ADD COLUMN address_line2 text CHECK (length(address_line2) BETWEEN 1 AND 200),
        ADD COLUMN address_city text CHECK (length(address_city) BETWEEN 1 AND 100),
        ADD COLUMN address_postcode text CHECK (length(address_postcode) BETWEEN 1 AND 20),
        ADD COLUMN address_country char(2) CHECK (address_country ~ '^[A-Z]{2}$'),
        ADD COLUMN emergency_contact jsonb CHECK (jsonb_typeof(emergency_contact) = 'object'),
        ADD COLUMN insurance_payer text CHECK (length(insurance_payer) BETWEEN 1 AND 200),
        ADD COLUMN insurance_member_id text CHECK (length(insurance_member_id) BETWEEN 1 AND 100),
        ADD COLUMN preferred_language text CHECK (preferred_language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$'),
        ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        ADD CONSTRAINT patients_address_complete CHECK (
          (address_line1 IS NULL AND address_line2 IS NULL AND address_city IS NULL AND address_postcode IS NULL AND address_country IS NULL)
          OR (address_line1 IS NOT NULL AND address_city IS NOT NULL AND address_country IS NOT NULL)),
        ADD CONSTRAINT patients_insurance_complete CHECK ((insurance_payer IS NULL) = (insurance_member_id IS NULL))`);

    // Existing patients get their numbers in the order they were registered.
    await db.query(`
      DO $$
      DECLARE patient record;
      BEGIN
        FOR patient IN SELECT id FROM patients ORDER BY created_at, id LOOP
          UPDATE patients SET mrn = next_patient_mrn() WHERE id = patient.id;
        END LOOP;
      END $$`);
    await db.query(`
      ALTER TABLE patients
        ALTER COLUMN mrn SET DEFAULT next_patient_mrn(),
        ALTER COLUMN mrn SET NOT NULL,
        ADD CONSTRAINT patients_mrn_unique UNIQUE (mrn),
        ADD CONSTRAINT patients_mrn_format CHECK (mrn ~ '^MRN-[0-9]{6,}$')`);

    await db.query(`CREATE INDEX patients_name_trgm ON patients USING gin ((first_name || ' ' || last_name) gin_trgm_ops)`);
    await db.query(`CREATE INDEX patients_date_of_birth ON patients (date_of_birth)`);
    await db.query(`CREATE INDEX patients_phone_digits ON patients (regexp_replace(phone, '[^0-9]', '', 'g'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of ['patients_phone_digits', 'patients_date_of_birth', 'patients_name_trgm']) {
      await db.query(`DROP INDEX ${index}`);
    }
    await db.query(`
      ALTER TABLE patients
        DROP CONSTRAINT patients_insurance_complete, DROP CONSTRAINT patients_address_complete,
        DROP COLUMN mrn, DROP COLUMN sex, DROP COLUMN address_line1, DROP COLUMN address_line2,
        DROP COLUMN address_city, DROP COLUMN address_postcode, DROP COLUMN address_country,
        DROP COLUMN emergency_contact, DROP COLUMN insurance_payer, DROP COLUMN insurance_member_id,
        DROP COLUMN preferred_language, DROP COLUMN version`);
    await db.query(`DROP FUNCTION next_patient_mrn()`);
    await db.query(`DROP SEQUENCE patient_mrn_seq`);
  }
}
