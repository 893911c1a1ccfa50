import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';

export const IMPORT_STATUSES = ['RECEIVING', 'CHECKING', 'IMPORTING', 'DONE', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Something wrong with one record of a file: which record, which field, and what to do. */
export type ImportProblem = { recordType: string; recordId: string | null; recordName: string | null; field: string | null; message: string };

/**
 * One Open Referral UK import, from the first part of the file arriving to the last activity
 * saved. Its counts are what a person watches while a large file is checked and imported; it lives
 * in PostgreSQL so that any API process can answer how far it has got.
 */
@Entity({ tableName: 'open_referral_import' })
export class OpenReferralImport {
  [OptionalProps]?: 'status' | 'receivedBytes' | 'partsReceived' | 'recordsTotal' | 'recordsChecked' | 'recordsImported' | 'activitiesTotal' | 'created' | 'updated' | 'problems' | 'problemCount' | 'skipped' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'cascade' })
  @Index()
  scheme!: Scheme;

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  startedBy!: UserAccount;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'integer' })
  totalBytes!: number;

  @Property({ type: 'integer' })
  receivedBytes = 0;

  @Property({ type: 'integer' })
  partsReceived = 0;

  @Property({ type: 'text' })
  status: ImportStatus = 'RECEIVING';

  @Property({ type: 'integer' })
  recordsTotal = 0;

  @Property({ type: 'integer' })
  recordsChecked = 0;

  @Property({ type: 'integer' })
  recordsImported = 0;

  /** Activities the file makes (one for each service at each place), known once it has been checked. */
  @Property({ type: 'integer' })
  activitiesTotal = 0;

  @Property({ type: 'integer' })
  created = 0;

  @Property({ type: 'integer' })
  updated = 0;

  /** The first problems found (at most MAX_PROBLEMS_KEPT); problemCount says how many there were. */
  @Property({ type: 'jsonb' })
  problems: ImportProblem[] = [];

  @Property({ type: 'integer' })
  problemCount = 0;

  /** Records left out on purpose, such as services that have closed. */
  @Property({ type: 'jsonb' })
  skipped: ImportProblem[] = [];

  /** What stopped the whole file, such as "not JSON", when no single record is to blame. */
  @Property({ type: 'text', nullable: true })
  failure?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Moves on with every progress update, so an import whose process stopped can be told apart. */
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}

/** One part of an uploaded file, kept until the import has read it. */
@Entity({ tableName: 'open_referral_import_part' })
@Unique({ properties: ['job', 'index'] })
export class OpenReferralImportPart {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OpenReferralImport, { deleteRule: 'cascade' })
  job!: OpenReferralImport;

  /** The import's scheme: every scheme-owned row carries it, so a scheme's rows can live together (sharding). */
  @ManyToOne(() => Scheme, { deleteRule: 'cascade' })
  scheme!: Scheme;

  @Property({ type: 'integer' })
  index!: number;

  @Property({ type: 'blob' })
  content!: Buffer;
}
