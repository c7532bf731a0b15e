import { Inject, Injectable } from '@nestjs/common';

import { Role } from '@healthsync/contracts/auth';
import type { Page, PageQuery } from '@healthsync/contracts/common';
import type {
  HistoryAuthor,
  MedicalHistory,
  MedicalHistoryDto,
  MedicalHistoryVersionSummary,
  MedicalHistoryView,
} from '@healthsync/contracts/patients';

import type { AuthContext } from '../../common/auth/auth-context';
import {
  VERSIONED_DOCUMENTS,
  type VersionedDocument,
  type VersionedDocumentStore,
} from '../../documents/document-store';
import { UserNames } from '../accounts/user-names.repository';
import { PatientAccessPolicy } from './patient-access.policy';
import { PatientsRepository } from './patients.repository';
import { MedicalHistoryVersionNotFound, PatientNotFound } from './patients.errors';

/** Versioned documents keyed by patient id; prescriptions read allergies from here. */
export const MEDICAL_HISTORY_COLLECTION = 'medical-history';

const MAX_VERSION = 2_147_483_647;

function toMedicalHistory(dto: MedicalHistoryDto): MedicalHistory {
  return {
    allergies: dto.allergies.map((allergy) => ({
      substance: allergy.substance,
      reaction: allergy.reaction ?? null,
      severity: allergy.severity,
    })),
    chronicConditions: [...dto.chronicConditions],
    pastSurgeries: dto.pastSurgeries.map((surgery) => ({
      procedure: surgery.procedure,
      year: surgery.year ?? null,
    })),
    familyHistory: [...dto.familyHistory],
    currentMedications: dto.currentMedications.map((medication) => ({
      name: medication.name,
      dose: medication.dose ?? null,
      frequency: medication.frequency ?? null,
    })),
  };
}

/** What a patient without a recorded history shows: version 0, every section empty. */
function emptyHistory(patientId: string): MedicalHistoryView {
  return {
    patientId,
    version: 0,
    recordedAt: null,
    author: null,
    allergies: [],
    chronicConditions: [],
    pastSurgeries: [],
    familyHistory: [],
    currentMedications: [],
  };
}

/**
 * A patient's medical history: never overwritten, each write is a new version and every version
 * stays readable. Doctors in the care relationship write it; they, admins and the patient read it.
 */
@Injectable()
export class MedicalHistoryService {
  constructor(
    @Inject(VERSIONED_DOCUMENTS) private readonly documents: VersionedDocumentStore,
    private readonly patients: PatientsRepository,
    private readonly policy: PatientAccessPolicy,
    private readonly users: UserNames,
  ) {}

  async latest(auth: AuthContext, patientId: string): Promise<MedicalHistoryView> {
    await this.requireAccess(auth, patientId, 'read');
    const document = await this.documents.latest<MedicalHistory>(MEDICAL_HISTORY_COLLECTION, patientId);
    return document ? this.toView(auth, document) : emptyHistory(patientId);
  }

  /** Appends a version on top of `expectedVersion`; if another was written since, 409 and nothing changes. */
  async write(auth: AuthContext, patientId: string, dto: MedicalHistoryDto): Promise<MedicalHistoryView> {
    await this.requireAccess(auth, patientId, 'write');
    const document = await this.documents.append(
      MEDICAL_HISTORY_COLLECTION,
      patientId,
      toMedicalHistory(dto),
      {
        expectedVersion: dto.expectedVersion,
        authorId: auth.userId,
      },
    );
    return this.toView(auth, document);
  }

  /** Newest first. */
  async versions(
    auth: AuthContext,
    patientId: string,
    query: PageQuery,
  ): Promise<Page<MedicalHistoryVersionSummary>> {
    await this.requireAccess(auth, patientId, 'read');
    const history = await this.documents.history<MedicalHistory>(MEDICAL_HISTORY_COLLECTION, patientId);
    const start = (query.page - 1) * query.limit;
    const page = history.reverse().slice(start, start + query.limit);
    const authorOf = await this.authors(auth, page);
    return {
      items: page.map((document) => ({
        version: document.version,
        recordedAt: document.createdAt.toISOString(),
        author: authorOf(document),
      })),
      total: history.length,
      page: query.page,
      limit: query.limit,
    };
  }

  async version(auth: AuthContext, patientId: string, version: number): Promise<MedicalHistoryView> {
    await this.requireAccess(auth, patientId, 'read');
    const document =
      Number.isSafeInteger(version) && version >= 1 && version <= MAX_VERSION
        ? await this.documents.version<MedicalHistory>(MEDICAL_HISTORY_COLLECTION, patientId, version)
        : null;
    if (!document) throw new MedicalHistoryVersionNotFound();
    return this.toView(auth, document);
  }

  /** A patient the caller may not read (or write) the history of answers like one that does not exist. */
  private async requireAccess(auth: AuthContext, patientId: string, access: 'read' | 'write'): Promise<void> {
    const patient = await this.patients.findById(patientId);
    const allowed =
      patient !== null &&
      (access === 'read'
        ? await this.policy.canReadMedicalHistory(auth, patient)
        : await this.policy.canWriteMedicalHistory(auth, patient));
    if (!allowed) throw new PatientNotFound();
  }

  /**
   * Who wrote each of the documents, named while their account exists. Staff also get the author's
   * user id; a patient reading their own history never sees a staff user id.
   */
  private async authors(
    auth: AuthContext,
    documents: VersionedDocument<MedicalHistory>[],
  ): Promise<(document: VersionedDocument<MedicalHistory>) => HistoryAuthor | null> {
    const ids = [...new Set(documents.flatMap((document) => (document.authorId ? [document.authorId] : [])))];
    const names = await this.users.namesOf(ids);
    const withId = auth.role !== Role.Patient;
    return (document) =>
      document.authorId
        ? { ...(withId ? { id: document.authorId } : {}), name: names.get(document.authorId) ?? null }
        : null;
  }

  private async toView(
    auth: AuthContext,
    document: VersionedDocument<MedicalHistory>,
  ): Promise<MedicalHistoryView> {
    const authorOf = await this.authors(auth, [document]);
    const { allergies, chronicConditions, pastSurgeries, familyHistory, currentMedications } = document.body;
    return {
      patientId: document.key,
      version: document.version,
      recordedAt: document.createdAt.toISOString(),
      author: authorOf(document),
      allergies,
      chronicConditions,
      pastSurgeries,
      familyHistory,
      currentMedications,
    };
  }
}
