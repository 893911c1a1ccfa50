/** The foundation's GraphQL operations, as the web app would send them (docs/api-contract-foundation.md). */

export const VIEWER_FIELDS = 'id email displayName memberships { role scheme { id name area } }';

export const ME = `query Me { me { ${VIEWER_FIELDS} } }`;
export const SCHEMES = 'query Schemes { schemes { id name area } }';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${VIEWER_FIELDS} } }`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${VIEWER_FIELDS} } }`;
export const SIGN_OUT = 'mutation SignOut { signOut }';
export const REQUEST_PASSWORD_RESET =
  'mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
export const RESET_PASSWORD = 'mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }';

export const CREATE_SCHEME = 'mutation CreateScheme($input: CreateSchemeInput!) { createScheme(input: $input) { id name area } }';
export const GRANT_ROLE =
  'mutation GrantRole($input: RoleGrantInput!) { grantRole(input: $input) { role scheme { id } } }';
export const REVOKE_ROLE = 'mutation RevokeRole($input: RoleGrantInput!) { revokeRole(input: $input) }';

export type Role = 'SEEKER' | 'VOLUNTEER' | 'LINK_WORKER' | 'COMMUNITY_BUILDER' | 'ADMIN';
export type Scheme = { id: string; name: string; area: string };
export type Viewer = {
  id: string;
  email: string;
  displayName: string;
  memberships: { role: Role; scheme: Scheme }[];
};
