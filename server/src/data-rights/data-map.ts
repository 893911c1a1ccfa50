/**
 * What every table holds about a person, where it appears in their export, and what erasure does to
 * it. Every entity Kindred has must be listed here: a test fails when a new one is not, so nobody
 * can add personal data that an export would leave out or an erasure would leave behind.
 */

/** How erasure treats a table's rows about the erased person. */
export type ErasureTreatment =
  /** Rows are deleted: they are only the person's (sessions, their own notifications). */
  | 'DELETED'
  /** Rows stay for anonymous statistics; names, contact details and free text are removed. */
  | 'ANONYMISED'
  /** Rows stay as they are: they refer to the person only by id, and the account they point at is anonymised. */
  | 'KEPT_BY_ID'
  /** Safeguarding records, kept under UK GDPR Article 17(3): the raiser's account is anonymised. */
  | 'KEPT_SAFEGUARDING'
  /** Holds nothing about any one person. */
  | 'NOT_PERSONAL';

export type DataMapEntry = {
  /** What the table holds, in words. */
  holds: string;
  /** The export's section where its rows appear, or why they are not exported. */
  exported: { section: ExportSection } | { notExported: string };
  erasure: ErasureTreatment;
  /** What erasure does, in words. */
  erasureDetail: string;
};

/** Top-level sections of the export document that hold rows. */
export type ExportSection =
  | 'account'
  | 'memberships'
  | 'sessions'
  | 'passwordResets'
  | 'seekerRecords'
  | 'volunteerRecords'
  | 'matches'
  | 'notifications'
  | 'concernsRaised'
  | 'activityLog'
  | 'twoFactor';

const NOT_ABOUT_ANYONE = 'Holds nothing about any one person';

export const DATA_MAP: Record<string, DataMapEntry> = {
  UserAccount: {
    holds: 'Name, email address, password hash and when the account was made',
    exported: { section: 'account' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Name becomes "Erased person", email an address that cannot receive mail, the password unusable; the account is disabled',
  },
  TwoFactorSecret: {
    holds: 'The secret behind a person’s sign-in codes, and when two-factor sign-in was turned on',
    exported: { section: 'twoFactor' },
    erasure: 'DELETED',
    erasureDetail: 'Deleted',
  },
  RecoveryCode: {
    holds: 'One-way hashes of recovery codes, and when each was used',
    exported: { section: 'twoFactor' },
    erasure: 'DELETED',
    erasureDetail: 'Deleted',
  },
  Scheme: { holds: 'A scheme', exported: { notExported: NOT_ABOUT_ANYONE }, erasure: 'NOT_PERSONAL', erasureDetail: 'Nothing' },
  Membership: { holds: 'Roles a person holds in schemes', exported: { section: 'memberships' }, erasure: 'DELETED', erasureDetail: 'Deleted' },
  AccountSession: { holds: 'When a person signed in and was last active', exported: { section: 'sessions' }, erasure: 'DELETED', erasureDetail: 'Deleted, which signs them out everywhere' },
  PasswordReset: { holds: 'When a password reset was asked for and used', exported: { section: 'passwordResets' }, erasure: 'DELETED', erasureDetail: 'Deleted' },
  ThrottleCounter: {
    holds: 'Counts of failed attempts, keyed by a one-way hash of an email or network address',
    exported: { notExported: 'A short-lived count kept under a one-way hash; it cannot be read back as anyone’s details' },
    erasure: 'DELETED',
    erasureDetail: 'The counts kept under a hash of their email address are deleted',
  },
  PostcodeLocation: {
    holds: 'A cache of postcode lookups, not linked to anyone',
    exported: { notExported: 'Not linked to any person' },
    erasure: 'DELETED',
    erasureDetail: 'Cached lookups of the person’s postcodes are deleted (they would be looked up again when needed)',
  },
  Volunteer: {
    holds: 'What a volunteer offers, where and when, their skills and vetting progress',
    exported: { section: 'volunteerRecords' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Location, interests, times, languages, skills, gender and age band removed; paused so they are never offered anyone; what they offered, capacity and vetting dates kept for the pipeline figures',
  },
  VolunteerReference: {
    holds: 'Referees a volunteer named, with their contact details',
    exported: { section: 'volunteerRecords' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Referee’s name, relationship and contact removed; status and dates kept',
  },
  DbsCheck: {
    holds: 'DBS check level, dates and the last 4 digits of the certificate',
    exported: { section: 'volunteerRecords' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Certificate digits removed; level and dates kept',
  },
  TrainingRecord: { holds: 'Training modules a volunteer completed', exported: { section: 'volunteerRecords' }, erasure: 'KEPT_BY_ID', erasureDetail: 'Kept: module and date only' },
  Activity: {
    holds: 'Community activities; names the member of staff who last checked a listing',
    exported: { notExported: 'Public listings of activities, not about the person' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Where an erased member of staff last checked a listing, their name is replaced',
  },
  OpenReferralImport: {
    holds: 'Directory imports: file name and counts, and who started them',
    exported: { notExported: 'Work a member of staff did, holding nothing about them but their id' },
    erasure: 'KEPT_BY_ID',
    erasureDetail: 'Kept; it points at the anonymised account',
  },
  OpenReferralImportPart: { holds: 'Parts of an uploaded directory file', exported: { notExported: NOT_ABOUT_ANYONE }, erasure: 'NOT_PERSONAL', erasureDetail: 'Nothing' },
  Seeker: {
    holds: 'A person seeking company: name, contact details, needs, interests, where they live, what matters to them',
    exported: { section: 'seekerRecords' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Name becomes "Erased person"; contact details, needs, interests, postcode, coordinates and their words removed; unlinked from the account; when they joined kept',
  },
  SupportRequest: {
    holds: 'What a person asked for, when, and their notes',
    exported: { section: 'seekerRecords' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Notes removed; open requests closed; kind, status and dates kept for the figures',
  },
  ConsentRecord: {
    holds: 'Consents: purpose, lawful basis, words agreed, when and by whom, when withdrawn',
    exported: { section: 'seekerRecords' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Withdrawn; the words agreed removed; purpose, basis and dates kept',
  },
  ContactRecord: { holds: 'Times the scheme was in touch, with a note', exported: { section: 'seekerRecords' }, erasure: 'ANONYMISED', erasureDetail: 'Notes removed; dates and method kept' },
  UnmatchedRequest: {
    holds: 'Why nobody fits a waiting request (constraint kinds only)',
    exported: { notExported: 'Worked out again whenever needed; holds no details of the person' },
    erasure: 'DELETED',
    erasureDetail: 'Deleted for the person’s requests',
  },
  AssignmentRun: { holds: 'Scheme-wide matching runs and who started them', exported: { notExported: 'Work a member of staff did; holds their id only' }, erasure: 'KEPT_BY_ID', erasureDetail: 'Kept' },
  AssignmentProposal: {
    holds: 'Pairs a matching run suggested',
    exported: { notExported: 'Suggestions for staff, replaced by every run' },
    erasure: 'DELETED',
    erasureDetail: 'Deleted where they involve the person',
  },
  Match: {
    holds: 'A person and a volunteer matched: dates, status, reasons, meeting point, notes, how it ended',
    exported: { section: 'matches' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Live matches end ("ended because a person asked for their data to be erased"); notes, meeting point and free-text reasons removed; dates, status and fit kept',
  },
  MatchTransition: { holds: 'Each step of a match, with who and why', exported: { section: 'matches' }, erasure: 'ANONYMISED', erasureDetail: 'Free-text reasons removed; steps and dates kept' },
  MatchReview: { holds: 'Staff reviews of a match', exported: { section: 'matches' }, erasure: 'ANONYMISED', erasureDetail: 'Notes removed; dates and outcome kept' },
  MatchContactLogEntry: { holds: 'That the two were in touch, and how', exported: { section: 'matches' }, erasure: 'ANONYMISED', erasureDetail: 'Notes removed; dates and how kept' },
  SuggestionRejection: {
    holds: 'A link worker set a suggested volunteer aside, with a reason',
    exported: { notExported: 'A note staff wrote for each other about a suggestion that was never made' },
    erasure: 'ANONYMISED',
    erasureDetail: 'Reason removed',
  },
  Notification: {
    holds: 'What Kindred told a person in the app',
    exported: { section: 'notifications' },
    erasure: 'DELETED',
    erasureDetail: 'The person’s own are deleted; others’ notices about their matches or records are reworded without any detail',
  },
  GapSnapshot: { holds: 'Weekly counts of waiting people by area and blocker', exported: { notExported: NOT_ABOUT_ANYONE }, erasure: 'NOT_PERSONAL', erasureDetail: 'Nothing' },
  RecruitmentDrive: { holds: 'Recruitment drives and who started them', exported: { notExported: 'Work a member of staff did; holds their id only' }, erasure: 'KEPT_BY_ID', erasureDetail: 'Kept' },
  CheckIn: {
    holds: 'Check-ins: answers to the wellbeing questions and their scores',
    exported: { section: 'seekerRecords' },
    erasure: 'KEPT_BY_ID',
    erasureDetail: 'Kept with their scores, so outcome reports still count (no names or free text); ones still due are marked declined',
  },
  Message: { holds: 'Messages between the two people of a match', exported: { section: 'matches' }, erasure: 'ANONYMISED', erasureDetail: 'Every message in the person’s matches has its words removed; when they were sent is kept' },
  Concern: {
    holds: 'Safeguarding concerns: who raised them, about whom, their words and what staff did',
    exported: { section: 'concernsRaised' },
    erasure: 'KEPT_SAFEGUARDING',
    erasureDetail:
      'Kept as safeguarding records (UK GDPR Article 17(3)); the account of whoever raised one is anonymised. Concerns about the person are not exported (safeguarding exemption, Data Protection Act 2018 Schedule 2)',
  },
  ErasureRecord: {
    holds: 'That a person was erased: when, how, by whom and why, by id only',
    exported: { notExported: 'Made once the data is erased, when there is nothing left to export' },
    erasure: 'KEPT_BY_ID',
    erasureDetail: 'Kept: it is the record that the erasure happened, and holds no name or detail',
  },
  AuditEvent: {
    holds: 'Who did what, when and how it ended: ids and action names, never values',
    exported: { section: 'activityLog' },
    erasure: 'KEPT_BY_ID',
    erasureDetail: 'Kept: append-only, it holds ids and action names only, never a name or detail',
  },
};
