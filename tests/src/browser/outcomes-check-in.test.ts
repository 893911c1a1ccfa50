/**
 * Check-ins' "done when", in Chromium: a person completes a baseline one question at a time
 * (skipping one, going back), then — three months later — the follow-up the reminder email links
 * to, and sees their change on /my-progress; a link worker records a check-in by phone. Every page is
 * checked with axe, at 320px, and at 200% zoom.
 *
 * The test clock: Kindred reads the real clock, so instead the person's history is moved three months
 * back in the database (the baseline answered, and the follow-ups due, three months earlier), and the
 * daily reminder job is then run with a chosen `now`, exactly as the job queue would run it.
 */
import { INSTRUMENT_IDS, INSTRUMENTS } from '@kindred/shared';
import { createKindredPubSub, createLogger, createMailer, remindCheckInsDue } from '@kindred/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectNoHorizontalScroll, launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { checkPage, heading, isFocused, see } from '../support/pages.ts';
import { moveBackMonths, sql, storedCheckIn } from '../api/outcomes-check-ins-support.ts';
import { askForBefriender, refer, saveAboutMe } from '../api/seekers-support.ts';

// The daily reminder stays off: the test runs it itself, at a chosen moment.
const kindred = await startTestKindred({ serveWeb: true, env: { SCHEDULED_JOBS: 'false' } });
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
let browser: Browser;
let page: Page;
let scheme: Scheme;

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
});
afterAll(async () => {
  mailer.close();
  await browser?.close();
  await kindred.close();
});
beforeEach(async () => {
  ({ page } = await openPage(browser));
});

const open = (path: string) => page.goto(new URL(path, kindred.url).toString());

async function signInAs(details: PersonDetails) {
  await open('/sign-in');
  await page.getByLabel('Email address').fill(details.email);
  await page.getByLabel('Password', { exact: true }).fill(details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}

/** axe and 320px (checkPage), and at 200% zoom: a 640px-wide window with text at twice its size. */
async function checkEverySize(): Promise<void> {
  await checkPage(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expectNoHorizontalScroll(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Every question in the order a check-in asks them. */
const QUESTIONS = INSTRUMENT_IDS.flatMap((instrument) => INSTRUMENTS[instrument].items.map((item) => ({ instrument, item })));

/** For each question (by item id): the answer's label, or null to skip it. Unlisted: the first option. */
type Plan = Record<string, string | null>;

async function answerEveryQuestion(plan: Plan, options: { from?: number; checkEach?: (number: number) => Promise<void> } = {}) {
  for (const [index, { instrument, item }] of QUESTIONS.entries()) {
    const number = index + 1;
    if (number < (options.from ?? 1)) continue;
    const title = await heading(page, item.text);
    await see(page.getByText(`Question ${number} of ${QUESTIONS.length}`, { exact: true }));
    // Focus moves to the question on each step, so a screen reader starts there.
    if (number > 1) await expect.poll(() => isFocused(title), { message: `focus on question ${number}` }).toBe(true);
    if (instrument === 'SWEMWBS') await see(page.getByText(/© University of Warwick/), 'the SWEMWBS licence notice');
    await options.checkEach?.(number);
    const choice = item.id in plan ? plan[item.id] : item.options[0]!.label;
    if (choice === null) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
    } else {
      await page.getByRole('radio', { name: choice, exact: true }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  }
}

describe('a person checking in', () => {
  it('answers a baseline one question at a time, then a follow-up three months later, and sees their change', async () => {
    const rose = buildPerson({ displayName: 'Rose Ackroyd' });
    const person = await signUp(kindred, 'SEEKER', rose, scheme);
    await saveAboutMe(person.client);
    await askForBefriender(person.client);
    await signInAs(rose);

    // Home: the baseline is waiting.
    await see(page.getByRole('heading', { level: 2, name: 'How you’ve been' }));
    await checkEverySize();
    await page.getByRole('link', { name: 'Answer a few questions' }).click();
    await heading(page, 'How you’ve been');
    await see(page.getByText('A few questions about how you’ve been. Skip any you’d rather not answer.'));
    await checkEverySize();
    await page.getByRole('button', { name: 'Start' }).click();

    // Question 1: Continue with nothing chosen asks for an answer or a skip.
    await heading(page, QUESTIONS[0]!.item.text);
    await page.getByRole('button', { name: 'Continue' }).click();
    await see(page.getByRole('alert'), 'the error summary');
    expect(await page.title()).toMatch(/^Error: /);
    await see(page.getByText('Choose an answer, or choose “Skip this question”').first());
    await checkEverySize();

    // Answer 1, skip 2, then go back: 1 keeps its answer, 2 stays unanswered.
    await page.getByRole('radio', { name: 'Some of the time', exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, QUESTIONS[1]!.item.text);
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await heading(page, QUESTIONS[2]!.item.text);
    await page.getByRole('link', { name: 'Back' }).click();
    await heading(page, QUESTIONS[1]!.item.text);
    expect(await page.getByRole('radio', { checked: true }).count(), 'a skipped question has no answer').toBe(0);
    await page.getByRole('link', { name: 'Back' }).click();
    await heading(page, QUESTIONS[0]!.item.text);
    expect(await page.getByRole('radio', { name: 'Some of the time', exact: true }).isChecked(), 'the answer is kept').toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Skip this question' }).click();

    // The rest, from question 3: feeling isolated "Often", close to other people "Rarely"; the rest the first answer.
    await answerEveryQuestion(
      { ISOLATED: 'Often', CLOSE_TO_OTHERS: 'Rarely' },
      {
        from: 3,
        // A SWEMWBS question (with its licence notice) and the last question are checked in full.
        checkEach: async (number) => {
          if (number === 9 || number === QUESTIONS.length) await checkEverySize();
        },
      },
    );

    await heading(page, 'Thank you');
    await checkEverySize();
    await page.getByRole('link', { name: 'See how you’ve been getting on' }).click();
    await heading(page, 'How you’ve been getting on');
    await see(page.getByText(/When you have answered a second check-in/));
    await checkEverySize();
    await open('/check-in');
    await heading(page, 'Nothing to fill in just now');
    await checkEverySize();

    // Stored as answered, with the skipped question as null.
    const [baselineRow] = await sql<{ id: string; seeker_id: string }>(
      kindred,
      `select c.id, c.seeker_id from check_in c join seeker s on s.id = c.seeker_id where s.account_id = ? and c.occasion = 'BASELINE'`,
      [person.viewer.id],
    );
    const ucla = (await storedCheckIn(kindred, baselineRow!.id)).responses.find((r) => r.instrument === 'UCLA3');
    expect(ucla?.answers).toEqual({ LACK_COMPANIONSHIP: 2, LEFT_OUT: null, ISOLATED: 3 });

    // Three months later: the reminder email links to the follow-up.
    await moveBackMonths(kindred, baselineRow!.seeker_id, 3);
    await remindCheckInsDue({ em: kindred.orm.em.fork(), app: { pubsub: createKindredPubSub(), mailer, publicUrl: kindred.url, logger: createLogger('silent') } }, new Date());
    await mailer.drain();
    const mail = await kindred.mail.waitForMail(rose.email, { timeoutMs: 10_000 });
    const link = /https?:\/\/\S+\/check-in\/[\w-]+/.exec(mail.text)?.[0];
    expect(link, `the reminder links to the check-in:\n${mail.text}`).toBeDefined();
    await page.goto(link!);
    await see(page.getByText('Your check-in 3 months on'));
    await heading(page, 'How you’ve been');
    await page.getByRole('button', { name: 'Start' }).click();
    // Now isolated "Hardly ever or never" and close to other people "Often".
    await answerEveryQuestion({ ISOLATED: INSTRUMENTS.UCLA3.items[2]!.options[0]!.label, CLOSE_TO_OTHERS: 'Often' });
    await heading(page, 'Thank you');
    await page.getByRole('link', { name: 'See how you’ve been getting on' }).click();
    await heading(page, 'How you’ve been getting on');
    await see(page.getByText('You said you felt close to other people more often.'));
    // Question 1 went from "Some of the time" to the first answer, "Hardly ever or never".
    await see(page.getByText(/^Compared with your first check-in in \w+( \d{4})?, you said you’ve felt you lack companionship less often\.$/));
    await see(page.getByText('You said you’ve felt isolated from others less often.'));
    expect(await page.locator('main').innerText(), 'never “lonely” on the person’s own progress').not.toMatch(/lonel/i);
    await checkEverySize();
  });
});

describe('a link worker', () => {
  it('records a check-in by phone from the person’s record, marked as given by phone', async () => {
    const linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
    const ellen = await refer(linkWorker.client, scheme.id, { name: 'Ellen Greenwood' });
    await signInAs(linkWorker.details);

    await page.getByRole('link', { name: 'Check-ins due' }).click();
    await heading(page, 'Check-ins due');
    const row = page.getByRole('row', { name: /Ellen/ });
    await see(row.getByRole('cell', { name: 'First check-in' }));
    await checkEverySize();

    await open(`/seekers/${ellen.id}`);
    await heading(page, 'Ellen Greenwood');
    await page.getByRole('link', { name: /Record a check-in by phone/ }).click();
    await heading(page, 'Record Ellen’s check-in by phone');
    await see(page.getByText('Recording answers given by phone', { exact: true }));
    await see(page.getByText(/© University of Warwick/));
    await checkEverySize();

    const question = (n: number) => page.getByRole('group', { name: `${n}. ${QUESTIONS[n - 1]!.item.text}` });
    await question(1).getByRole('radio', { name: 'Often', exact: true }).check();
    await question(4).getByRole('radio', { name: 'Some of the time', exact: true }).check();
    await question(12).getByRole('radio', { name: 'Not answered', exact: true }).check();
    await page.getByRole('button', { name: 'Save answers' }).click();

    await heading(page, 'Ellen Greenwood');
    await see(page.getByText('Ellen’s answers have been saved, marked as given by phone.'));
    expect(await page.getByRole('link', { name: /Record a check-in by phone/ }).count(), 'nothing more is due').toBe(0);
    await checkEverySize();

    const [row2] = await sql<{ id: string }>(kindred, `select id from check_in where seeker_id = ? and occasion = 'BASELINE'`, [ellen.id]);
    const stored = await storedCheckIn(kindred, row2!.id);
    expect(stored.on_behalf).toBe(true);
    expect(stored.recorded_by_id).toBe(linkWorker.viewer.id);
    expect(stored.responses.find((r) => r.instrument === 'UCLA3')?.answers.LACK_COMPANIONSHIP).toBe(3);
    expect(stored.responses.find((r) => r.instrument === 'ONS_LONELINESS')?.answers.HOW_OFTEN).toBe(4);

    await open(`/check-ins-due/${scheme.id}`);
    await see(page.getByText('No check-ins are due.'));
  });
});
