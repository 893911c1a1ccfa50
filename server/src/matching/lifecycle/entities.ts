import { MatchContactLogEntry, MatchReview, MatchTransition, SuggestionRejection } from './match-records.entity.js';
import { Match } from './match.entity.js';

export const lifecycleEntities = [Match, MatchTransition, MatchReview, MatchContactLogEntry, SuggestionRejection];
