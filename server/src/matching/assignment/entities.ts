import { AssignmentProposal } from './assignment-proposal.entity.js';
import { AssignmentRun } from './assignment-run.entity.js';

export const assignmentEntities = [AssignmentRun, AssignmentProposal];
