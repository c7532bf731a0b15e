import { DataSource } from 'typeorm';

import { PatientSearchQuery, Sex } from '@healthsync/contracts/patients';
import { dropTestDatabase } from '@healthsync/testing/services/test-services';

import { createValidationPipe } from '../../../src/common/validation/validation.pipe';
import { UserEntity } from '../../../src/modules/accounts/user.entity';
import { PatientEntity } from '../../../src/modules/patients/patient.entity';
import type { PatientScope, PatientsRepository } from '../../../src/modules/patients/patients.repository';
import { TypeOrmPatientsRepository } from '../../../src/modules/patients/typeorm-patients.repository';
import { createMigratedDatabase } from '../../support/test-database';

/**
 * The patients repository on the real PostgreSQL: search ranking (prefix first, then trigram
 * similarity), filters, sort allow-list, a scope of listed patients and optimistic
 * versions. A database of its own, so the ranking sees only these patients.
 */

const ALL: PatientScope = { kind: 'all' };

/** A query as the API receives it: strings from the URL, through the real validation pipe. */
function query(params: Record<string, string>): Promise<PatientSearchQuery> {
  return createValidationPipe().transform(params, {
    type: 'query',
    metatype: PatientSearchQuery,
  }) as Promise<PatientSearchQuery>;
}

const names = (patients: PatientEntity[]) =>
  patients.map((patient) => `${patient.firstName} ${patient.lastName}`);

describe('patients repository', () => {
  let url: string;
  let db: DataSource;
  let patients: PatientsRepository;
  const byName = new Map<string, PatientEntity>();

  async function register(firstName: string, lastName: string, extra: Partial<PatientEntity> = {}) {
    const patient = await patients.insert({ firstName, lastName, dateOfBirth: '1980-05-05', ...extra });
    byName.set(`${firstName} ${lastName}`, patient);
    return patient;
  }

  async function search(params: Record<string, string>, scope: PatientScope = ALL) {
    return patients.search(await query(params), scope);
  }

  beforeAll(async () => {
    url = await createMigratedDatabase('hs_int_patients');
    db = await new DataSource({ type: 'postgres', url, entities: [PatientEntity, UserEntity] }).initialize();
    patients = new TypeOrmPatientsRepository(db.manager);
    await register('Maximilian', 'Oberhauser', { dateOfBirth: '1961-07-30', phone: '+49 (30) 1234-5678' });
    await register('Otto', 'Oberhofer');
    await register('Anna', 'Visser-Oberhofer');
    await register('Oliver', 'Huber');
    await register('Maria', 'Schmidt', { dateOfBirth: '1975-01-02' });
    await register('Marianne', 'Schmitt', { dateOfBirth: '1990-03-04' });
    await register('Anna', 'Marx', { dateOfBirth: '2001-11-12' });
    await register('John', 'Smith', { phone: '+44 20 7946 0001', sex: Sex.Male });
    await register('Joan', 'Smithson');
    await register('Jonas', 'Schmitz');
    await register('Zoë', 'Mar_tin');
  });

  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  describe('by name', () => {
    it('ranks the intended patient first for a misspelled surname', async () => {
      const page = await search({ q: 'Oberhuaser' });
      expect(names(page.items)[0]).toBe('Maximilian Oberhauser');
      expect(names(page.items)).not.toContain('Oliver Huber');
    });

    it('ranks the intended patient first for a misspelled full name', async () => {
      expect(names((await search({ q: 'Jon Smiht' })).items)[0]).toBe('John Smith');
    });

    it('puts names that start with the text first, then names with a word that does, then look-alikes', async () => {
      const page = await search({ q: 'Mar' });
      expect(names(page.items).slice(0, 2)).toEqual(['Maria Schmidt', 'Marianne Schmitt']);
      expect(names(page.items).slice(2, 4).sort()).toEqual(['Anna Marx', 'Zoë Mar_tin']);
      expect(page.total).toBe(page.items.length);
    });

    it('prefers an exact surname over a similar one', async () => {
      const schmidt = names((await search({ q: 'Schmidt' })).items);
      expect(schmidt[0]).toBe('Maria Schmidt');
      expect(schmidt.slice(1, 3).sort()).toEqual(['Jonas Schmitz', 'Marianne Schmitt']);
      expect(names((await search({ q: 'smith' })).items).slice(0, 2)).toEqual([
        'John Smith',
        'Joan Smithson',
      ]);
    });

    it('takes LIKE wildcards in the text literally', async () => {
      // As a wildcard, `_` would make "Maria" a prefix match and put her first.
      expect(names((await search({ q: 'Mar_' })).items)[0]).toBe('Zoë Mar_tin');
      expect((await search({ q: '%' })).items).toEqual([]);
    });

    it('finds nothing for a name nobody has', async () => {
      expect(await search({ q: 'Xylophone' })).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('filters and order', () => {
    it('finds by MRN exactly', async () => {
      const smith = byName.get('John Smith');
      const page = await search({ mrn: smith?.mrn.toLowerCase() ?? '' });
      expect(names(page.items)).toEqual(['John Smith']);
    });

    it('compares phone numbers by their digits', async () => {
      expect(names((await search({ phone: '49 30 12345678' })).items)).toEqual(['Maximilian Oberhauser']);
      expect(names((await search({ phone: '(44) 2079460001' })).items)).toEqual(['John Smith']);
      expect((await search({ phone: '2079460001' })).items).toEqual([]);
    });

    it('filters by date of birth and combines filters with AND', async () => {
      expect(names((await search({ dateOfBirth: '1975-01-02' })).items)).toEqual(['Maria Schmidt']);
      expect((await search({ dateOfBirth: '1975-01-02', q: 'Smith' })).items).toEqual([]);
    });

    it('sorts by an allow-listed field, either way, and pages with a total', async () => {
      const first = await search({ sort: '-dateOfBirth', limit: '2' });
      expect(names(first.items)).toEqual(['Anna Marx', 'Marianne Schmitt']);
      expect(first.total).toBe(11);
      const second = await search({ sort: '-dateOfBirth', limit: '2', page: '2' });
      expect(second.items).toHaveLength(2);
      expect(names(second.items)).not.toContain('Anna Marx');
      expect(await search({ sort: '-dateOfBirth', limit: '2', page: '50' })).toMatchObject({
        items: [],
        total: 11,
      });
      expect(await search({ q: 'Smith', page: '50' })).toMatchObject({ items: [], total: 2 });
      const byMrn = await search({ sort: 'mrn', limit: '100' });
      expect(byMrn.items.map((patient) => patient.mrn)).toEqual(
        [...byMrn.items.map((patient) => patient.mrn)].sort(),
      );
    });

    it('refuses a sort field that is not allow-listed', async () => {
      await expect(query({ sort: 'first_name; DROP TABLE patients' })).rejects.toThrow();
    });
  });

  describe('a scope of listed patients (a doctor’s care)', () => {
    it('finds only the listed patients, and nobody for an empty list', async () => {
      const ids = ['John Smith', 'Joan Smithson'].map((name) => byName.get(name)?.id ?? '');
      const scope: PatientScope = { kind: 'among', patientIds: ids };
      expect(names((await search({ limit: '100' }, scope)).items).sort()).toEqual([
        'Joan Smithson',
        'John Smith',
      ]);
      expect(names((await search({ q: 'Smiht' }, scope)).items)).toEqual(['John Smith', 'Joan Smithson']);
      expect((await search({ q: 'Oberhauser' }, scope)).total).toBe(0);
      expect((await search({ limit: '100' }, { kind: 'among', patientIds: [] })).total).toBe(0);
    });
  });

  describe('optimistic versions', () => {
    it('applies a change only at the version read, and bumps the version', async () => {
      const patient = await register('Vera', 'Version');
      expect(patient.version).toBe(1);
      expect(await patients.updateAtVersion(patient.id, 1, { phone: '+1 555 010 0000' })).toBe(true);
      expect(await patients.updateAtVersion(patient.id, 1, { phone: '+1 555 010 9999' })).toBe(false);
      const stored = await patients.findById(patient.id);
      expect(stored).toMatchObject({ version: 2, phone: '+1 555 010 0000' });
    });

    it('stores the emergency contact as JSON and clears it with null', async () => {
      const patient = await register('Emma', 'Contact', {
        emergencyContact: { name: 'Eve Contact', relationship: 'sister', phone: '+1 555 010 1111' },
      });
      expect((await patients.findById(patient.id))?.emergencyContact).toEqual({
        name: 'Eve Contact',
        relationship: 'sister',
        phone: '+1 555 010 1111',
      });
      await patients.update(patient.id, { emergencyContact: null });
      expect(await patients.findById(patient.id)).toMatchObject({ emergencyContact: null, version: 2 });
    });
  });
});
