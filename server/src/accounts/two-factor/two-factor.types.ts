import { Field, ObjectType } from 'type-graphql';

@ObjectType('TwoFactorStatus', { description: 'Where the signed-in person stands with two-factor sign-in, in this browser' })
export class TwoFactorStatusView {
  @Field({ description: 'An authenticator app is set up for the account' })
  enabled!: boolean;

  @Field({ description: 'The account holds a staff role, which counts only after a code from the app' })
  required!: boolean;

  @Field({ description: 'This session has proved the second factor' })
  verified!: boolean;
}

@ObjectType('TwoFactorSetup', { description: 'What a person needs to add Kindred to their authenticator app. Given once, while setting up.' })
export class TwoFactorSetupView {
  @Field({ description: 'The key in base32, for typing into an app by hand or reading with a screen reader' })
  secret!: string;

  @Field({ description: 'The otpauth:// address the QR code holds' })
  otpauthUri!: string;

  @Field({ description: 'The QR code as SVG markup' })
  qrSvg!: string;
}
