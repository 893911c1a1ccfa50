import { Field, ID, ObjectType } from 'type-graphql';
import { NOTIFICATION_KINDS } from './notification.entity.js';

@ObjectType('Notification', { description: 'Something Kindred told you' })
export class NotificationView {
  @Field(() => ID) id!: string;
  // A string, as the working agreement has it, so new kinds never break older clients.
  @Field({ description: `What it is about: ${NOTIFICATION_KINDS.join(', ')}` }) kind!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true, description: 'A path in the app, such as /matches/…' }) link!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}
