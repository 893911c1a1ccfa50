import { PASSWORD_MIN_LENGTH } from '@kindred/shared';

export const NEW_PASSWORD_HINT = `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words you can remember work well, like 'purple kettle sunny garden'.`;
