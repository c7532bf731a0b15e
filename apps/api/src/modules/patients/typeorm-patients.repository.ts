import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';

import { parseSort, type Page } from '@healthsync/contracts/common';
import {
  PATIENT_SORT_FIELDS,
  type PatientSearchQuery,
  type PatientSortField,
} from '@healthsync/contracts/patients';

import { managerOf } from '../../database/typeorm-unit-of-work';
import type { Transaction } from '../../database/unit-of-work';
import { PatientEntity } from './patient.entity';
import {
  PatientsRepository,
  type NewPatient,
  type PatientScope,
  type PatientValues,
} from './patients.repository';

/** The same expression as the trigram index `patients_name_trgm`, or the index is not used. */
const FULL_NAME = `(p.first_name || ' ' || p.last_name)`;
/** The same expression as the index `patients_phone_digits`. */
const PHONE_DIGITS = `regexp_replace(p.phone, '[^0-9]', '', 'g')`;

/**
 * How alike a query and a name must be (pg_trgm word similarity, 0–1) to count as a match. The
 * extension's default of 0.6 misses a swapped pair of letters in a short surname ("Smiht") and a
 * misspelt full name ("Jon Smiht").
 */
const NAME_SIMILARITY_THRESHOLD = 0.3;

/** Sort expressions of the allow-listed fields; MRNs sort by length first, so MRN-1000000 follows MRN-999999. */
const SORT_EXPRESSIONS: Record<PatientSortField, string[]> = {
  lastName: ['p.last_name', 'p.first_name'],
  dateOfBirth: ['p.date_of_birth'],
  mrn: ['length(p.mrn)', 'p.mrn'],
  createdAt: ['p.created_at'],
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);
const digitsOf = (phone: string) => phone.replace(/[^0-9]/g, '');

@Injectable()
export class TypeOrmPatientsRepository extends PatientsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): PatientsRepository {
    return new TypeOrmPatientsRepository(managerOf(tx));
  }

  findById(id: string): Promise<PatientEntity | null> {
    return this.db.getRepository(PatientEntity).findOneBy({ id });
  }

  findByUserId(userId: string): Promise<PatientEntity | null> {
    return this.db.getRepository(PatientEntity).findOneBy({ userId });
  }

  findSameNameAndBirthDate(
    firstName: string,
    lastName: string,
    dateOfBirth: string,
  ): Promise<PatientEntity[]> {
    return this.db
      .getRepository(PatientEntity)
      .createQueryBuilder('p')
      .where('p.date_of_birth = :dateOfBirth', { dateOfBirth })
      .andWhere('lower(p.first_name) = lower(:firstName)', { firstName })
      .andWhere('lower(p.last_name) = lower(:lastName)', { lastName })
      .orderBy('p.created_at', 'ASC')
      .limit(20)
      .getMany();
  }

  async insert(values: NewPatient): Promise<PatientEntity> {
    const repository = this.db.getRepository(PatientEntity);
    const { id } = await repository.save(repository.create(values));
    return repository.findOneByOrFail({ id });
  }

  async updateAtVersion(id: string, version: number, values: PatientValues): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .update(PatientEntity)
      .set(values)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async update(id: string, values: PatientValues): Promise<void> {
    await this.db.createQueryBuilder().update(PatientEntity).set(values).where('id = :id', { id }).execute();
  }

  search(query: PatientSearchQuery, scope: PatientScope): Promise<Page<PatientEntity>> {
    return this.db.transaction(async (tx) => {
      // Both settings last until the end of this transaction only. The planner prices the similarity
      // operator like a plain comparison and often prefers reading every row, which at 100 000
      // patients is 3–5 times slower than the trigram index (tools/bench/patient-search.mjs).
      if (query.q) {
        await tx.query(
          `SELECT set_config('pg_trgm.word_similarity_threshold', $1, true), set_config('enable_seqscan', 'off', true)`,
          [String(NAME_SIMILARITY_THRESHOLD)],
        );
      }
      const builder = this.searchQuery(tx, query, scope);
      // The total comes with the page (a window over every match), saving a second pass over the matches.
      const { entities, raw } = await builder
        .addSelect('count(*) OVER ()', 'total_matches')
        .offset((query.page - 1) * query.limit)
        .limit(query.limit)
        .getRawAndEntities<{ total_matches: string }>();
      const total =
        raw[0] !== undefined
          ? Number(raw[0].total_matches)
          : await this.searchQuery(tx, query, scope).orderBy().getCount();
      return { items: entities, total, page: query.page, limit: query.limit };
    });
  }

  private searchQuery(
    tx: EntityManager,
    query: PatientSearchQuery,
    scope: PatientScope,
  ): SelectQueryBuilder<PatientEntity> {
    const builder = tx.getRepository(PatientEntity).createQueryBuilder('p');
    if (scope.kind === 'among') {
      builder.andWhere('p.id = ANY(:scopeIds)', { scopeIds: scope.patientIds });
    } else if (scope.kind === 'self') {
      builder.andWhere('p.user_id = :selfUserId', { selfUserId: scope.userId });
    }
    if (query.ids) builder.andWhere('p.id IN (:...ids)', { ids: query.ids });
    if (query.mrn) builder.andWhere('p.mrn = :mrn', { mrn: query.mrn });
    if (query.phone)
      builder.andWhere(`${PHONE_DIGITS} = :phoneDigits`, { phoneDigits: digitsOf(query.phone) });
    if (query.dateOfBirth)
      builder.andWhere('p.date_of_birth = :dateOfBirth', { dateOfBirth: query.dateOfBirth });
    if (query.q) {
      // Every name that starts with q (or has a word that does) is also this similar to it, so one
      // condition, which the trigram index answers, finds them all; the CASE only ranks them.
      builder
        .andWhere(`:q <% ${FULL_NAME}`, {
          q: query.q,
          qWords: query.q.split(/\s+/),
          namePrefix: `${escapeLike(query.q)}%`,
          wordPrefix: `% ${escapeLike(query.q)}%`,
        })
        .addSelect(
          `CASE WHEN ${FULL_NAME} ILIKE :namePrefix THEN 0 WHEN ${FULL_NAME} ILIKE :wordPrefix THEN 1 ELSE 2 END`,
          'match_tier',
        )
        // Each word of q against the closest whole word of the name: plain word similarity would
        // let "Visser-Oberhofer" outrank "Oberhauser" for "Oberhuaser" by matching across the hyphen.
        .addSelect(
          `(SELECT avg(strict_word_similarity(word, ${FULL_NAME})) FROM unnest(CAST(:qWords AS text[])) AS word)`,
          'match_score',
        )
        // Among equals, the name closest as a whole (fewest letters beyond the match) first.
        .addSelect(`similarity(:q, ${FULL_NAME})`, 'match_whole')
        .orderBy('match_tier', 'ASC')
        .addOrderBy('match_score', 'DESC')
        .addOrderBy('match_whole', 'DESC');
    }
    // The sort field comes from an allow-list and maps to fixed SQL, never to caller text.
    const { field, direction } = parseSort(query.sort, PATIENT_SORT_FIELDS);
    for (const expression of SORT_EXPRESSIONS[field]) builder.addOrderBy(expression, direction);
    return builder.addOrderBy('p.id', 'ASC');
  }
}
