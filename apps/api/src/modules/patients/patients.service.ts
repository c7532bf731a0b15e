import { Injectable } from '@nestjs/common';

import { AuditOutcome } from '@healthsync/contracts/audit';
import type { Page } from '@healthsync/contracts/common';
import type {
  CreatePatientDto,
  PatientSearchQuery,
  PatientSummary,
  PatientView,
  UpdateMyContactDto,
  UpdatePatientDto,
} from '@healthsync/contracts/patients';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { PatientAccessPolicy } from './patient-access.policy';
import type { PatientEntity } from './patient.entity';
import { toDuplicateCandidate, toPatientSummary, toPatientValues, toPatientView } from './patient.mapper';
import { PatientsRepository } from './patients.repository';
import { PatientNotFound, PatientVersionConflict, PossibleDuplicatePatient } from './patients.errors';

/** Registering, finding and changing patients' records (demographics and contact details). */
@Injectable()
export class PatientsService {
  constructor(
    private readonly patients: PatientsRepository,
    private readonly policy: PatientAccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Refuses a likely second record of the same person unless the caller confirms it is someone else. */
  async register(dto: CreatePatientDto): Promise<PatientView> {
    if (dto.confirmDuplicate !== true) {
      const same = await this.patients.findSameNameAndBirthDate(dto.firstName, dto.lastName, dto.dateOfBirth);
      if (same.length > 0) throw new PossibleDuplicatePatient(same.map(toDuplicateCandidate));
    }
    const created = await this.patients.insert({
      ...toPatientValues(dto),
      firstName: dto.firstName,
      lastName: dto.lastName,
      dateOfBirth: dto.dateOfBirth,
    });
    return toPatientView(created);
  }

  /**
   * Only the patients the caller may see. The audit entry names every patient returned, so each one's
   * trail finds the search, and the number found, never the search terms.
   */
  async search(
    auth: AuthContext,
    query: PatientSearchQuery,
    origin: RequestOrigin,
  ): Promise<Page<PatientSummary>> {
    const page = await this.patients.search(query, await this.policy.searchScope(auth));
    await this.audit.record({
      actor: { userId: auth.userId, role: auth.role },
      action: 'patient.search',
      resourceType: 'patient',
      patientIds: page.items.map((patient) => patient.id),
      outcome: AuditOutcome.Success,
      origin,
      detail: { count: page.items.length, total: page.total },
    });
    return { ...page, items: page.items.map(toPatientSummary) };
  }

  async view(auth: AuthContext, patientId: string): Promise<PatientView> {
    return toPatientView(await this.visible(auth, patientId));
  }

  async mine(auth: AuthContext): Promise<PatientView> {
    return toPatientView(await this.own(auth));
  }

  /** Applies the change only to the version the caller read; a newer one answers 409. */
  async update(auth: AuthContext, patientId: string, dto: UpdatePatientDto): Promise<PatientView> {
    const current = await this.visible(auth, patientId);
    const { version, ...changes } = dto;
    const values = toPatientValues(changes);
    const applied =
      Object.keys(values).length === 0
        ? current.version === version
        : await this.patients.updateAtVersion(patientId, version, values);
    if (!applied) {
      const latest = await this.patients.findById(patientId);
      throw new PatientVersionConflict(version, latest?.version ?? current.version);
    }
    return this.view(auth, patientId);
  }

  /** A patient's own contact details; the last change wins, as only they edit them this way. */
  async updateMine(auth: AuthContext, dto: UpdateMyContactDto): Promise<PatientView> {
    const patient = await this.own(auth);
    const values = toPatientValues(dto);
    if (Object.keys(values).length > 0) await this.patients.update(patient.id, values);
    return this.mine(auth);
  }

  /** The patient, if the caller may see them; otherwise the same 404 as for one that does not exist. */
  private async visible(auth: AuthContext, patientId: string): Promise<PatientEntity> {
    const patient = await this.patients.findById(patientId);
    if (!patient || !(await this.policy.canView(auth, patient))) throw new PatientNotFound();
    return patient;
  }

  private async own(auth: AuthContext): Promise<PatientEntity> {
    const patient = await this.patients.findByUserId(auth.userId);
    if (!patient) throw new PatientNotFound();
    return patient;
  }
}
