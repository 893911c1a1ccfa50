/**
 * Done when: a volunteer signs up in the browser and a link worker takes them through references,
 * DBS and training to approval. Every page on the way is checked with axe and at 320px wide.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, defaultScheme, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let linkWorker: SignedIn;

beforeAll(async () => {
  browser = await launchBrowser();
  linkWorker = await appoint(kindred, 'LINK_WORKER', await defaultScheme(kindred), 'Sam Okafor');
});
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

const go = (page: Page, path: string) => page.goto(new URL(path, kindred.url).toString());

async function signIn(page: Page, email: string, password: string) {
  await go(page, '/sign-in');
  await heading(page, 'Sign in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}

async function fillDate(page: Page, id: string, date: Date) {
  await page.locator(`#${id}`).fill(String(date.getDate()));
  await page.locator(`#${id}-month`).fill(String(date.getMonth() + 1));
  await page.locator(`#${id}-year`).fill(String(date.getFullYear()));
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('volunteering in the browser', () => {
  it('a volunteer signs up and applies; a link worker checks references, DBS and training, and approves', async () => {
    const person = buildPerson({ displayName: 'Helen Brooke' });
    const { page: volunteer } = await openPage(browser);

    // The volunteer signs up.
    await go(volunteer, '/sign-up');
    await heading(volunteer, 'Create an account');
    await volunteer.getByRole('radio', { name: 'I want to volunteer' }).check();
    await volunteer.getByLabel('Your name').fill(person.displayName);
    await volunteer.getByLabel('Email address').fill(person.email);
    await volunteer.getByLabel('Create a password', { exact: true }).fill(person.password);
    await volunteer.getByRole('button', { name: 'Create account' }).click();
    await see(volunteer.getByText('Your account has been created.'));

    // From their home, to their volunteering: where they are and what comes next.
    await volunteer.getByRole('link', { name: 'Your volunteering' }).click();
    await heading(volunteer, 'Your volunteering');
    await see(volunteer.getByText('Application not sent yet'));
    await see(volunteer.getByText('Finish your application and send it to us.'));
    await checkPage(volunteer);

    // Telling us about themself: a wrong postcode is caught, named and linked to its field.
    await volunteer.getByRole('link', { name: 'Tell us about yourself' }).click();
    await heading(volunteer, 'Tell us about yourself');
    await checkPage(volunteer);
    await volunteer.getByLabel('Your postcode').fill('Hebden Bridge');
    await volunteer.getByRole('button', { name: 'Save and continue' }).click();
    const summary = await see(volunteer.getByRole('alert'), 'the error summary');
    expect(await summary.textContent()).toContain('Enter a full UK postcode');
    expect(await volunteer.title()).toMatch(/^Error: /);
    await checkPage(volunteer);

    await volunteer.getByLabel('A befriender').check();
    await volunteer.getByLabel('A companion for a first visit').check();
    await volunteer.getByLabel('In person').check();
    await volunteer.getByLabel('Phone calls').check();
    await volunteer.getByRole('radio', { name: '2 people' }).check();
    await volunteer.getByLabel('Drives and has a car for giving lifts').check();
    await volunteer.getByLabel('Tuesday afternoon').check();
    await volunteer.getByLabel('Saturday morning').check();
    await volunteer.getByLabel('Your postcode').fill('HX7 8AF');
    await volunteer.getByLabel('How far could you travel to meet someone, in kilometres?').fill('8');
    await volunteer.getByLabel('Walking', { exact: true }).check();
    await volunteer.getByLabel('Baking', { exact: true }).check();
    await volunteer.getByRole('radio', { name: '55 to 64' }).check();
    await volunteer.getByRole('button', { name: 'Save and continue' }).click();
    await heading(volunteer, 'Your volunteering');
    await see(volunteer.getByText('Your details have been saved.'));

    // Two referees.
    await volunteer.getByRole('link', { name: 'Give 2 referees' }).click();
    await heading(volunteer, 'Give 2 referees');
    await checkPage(volunteer);
    await volunteer.locator('#referee-1-name').fill('Ann Lee');
    await volunteer.locator('#referee-1-relationship').fill('My manager at the library');
    await volunteer.locator('#referee-1-contact').fill('ann.lee@example.org');
    await volunteer.locator('#referee-2-name').fill('Brian Shaw');
    await volunteer.locator('#referee-2-relationship').fill('Neighbour for ten years');
    await volunteer.locator('#referee-2-contact').fill('01422 845000');
    await volunteer.getByRole('button', { name: 'Save referees' }).click();
    await heading(volunteer, 'Your volunteering');
    await see(volunteer.getByText('Your referees have been saved.'));

    // Sending the application.
    await volunteer.getByRole('button', { name: 'Send your application' }).click();
    await see(volunteer.getByText('Your application has been sent. Thank you.'));
    await see(volunteer.getByText('Waiting for references'));
    await checkPage(volunteer);

    // The link worker finds them in the queue.
    const { page: staff } = await openPage(browser);
    await signIn(staff, linkWorker.details.email, linkWorker.details.password);
    await staff.getByRole('link', { name: 'Volunteers to check' }).first().click();
    await heading(staff, 'Volunteers to check');
    await see(staff.getByRole('heading', { name: 'Waiting for references (1)' }));
    await checkPage(staff);
    await staff.getByRole('link', { name: 'Helen Brooke' }).click();
    await heading(staff, 'Helen Brooke');
    await see(staff.getByText('Record and check 2 references.'));
    await checkPage(staff);

    // References: one received first, then both checked.
    await staff.getByRole('button', { name: 'Record as received (reference from Ann Lee)' }).click();
    await see(staff.getByText('You recorded Ann Lee’s reference as received.'));
    await staff.getByRole('button', { name: 'Mark as checked (reference from Ann Lee)' }).click();
    await see(staff.getByText('You recorded Ann Lee’s reference as checked.'));
    await staff.getByRole('button', { name: 'Mark as checked (reference from Brian Shaw)' }).click();
    await see(staff.getByText('You recorded Brian Shaw’s reference as checked.'));
    await see(staff.getByText('Record their DBS check.'));
    await checkPage(staff);

    // The DBS check: an empty form is refused with an error summary, then recorded.
    await staff.getByRole('link', { name: 'Record a DBS check' }).click();
    await heading(staff, 'Record a DBS check');
    await checkPage(staff);
    await staff.getByRole('button', { name: 'Save DBS check' }).click();
    const dbsSummary = await see(staff.getByRole('alert'), 'the error summary');
    expect(await dbsSummary.textContent()).toContain('Select the level of the DBS check');
    await checkPage(staff);
    await staff.getByRole('radio', { name: 'Enhanced', exact: true }).check();
    await fillDate(staff, 'issuedOn', daysAgo(20));
    await staff.getByLabel('Certificate number (optional)').fill('0012 3456 7890');
    await staff.getByRole('button', { name: 'Save DBS check' }).click();
    await heading(staff, 'Helen Brooke');
    await see(staff.getByText('You recorded Helen Brooke’s DBS check.'));
    await see(staff.getByText('Ending 7890'));

    // Three training modules.
    for (const module of ['Safeguarding adults', 'Boundaries', 'Communication support']) {
      await staff.getByRole('link', { name: 'Record training' }).click();
      await heading(staff, 'Record training');
      await checkPage(staff);
      await staff.getByRole('radio', { name: module }).check();
      await fillDate(staff, 'completedOn', daysAgo(3));
      await staff.getByRole('button', { name: 'Save training' }).click();
      await see(staff.getByText(`You recorded “${module}” for Helen Brooke.`));
    }

    // Approval.
    await see(staff.getByText('Check everything and approve them.'));
    await checkPage(staff);
    await staff.getByRole('button', { name: 'Approve Helen Brooke' }).click();
    await see(staff.getByText('Helen Brooke is approved.'));
    await see(staff.getByText(/Approved by Sam Okafor on/));
    await checkPage(staff);

    // The volunteer sees it.
    await volunteer.reload();
    await heading(volunteer, 'Your volunteering');
    await see(volunteer.getByText(/You are approved/));
    await checkPage(volunteer);
  });

  it('lets a volunteer pause with a reason, and resume', async () => {
    const person = buildPerson({ displayName: 'Arthur Pickles' });
    const { page } = await openPage(browser);
    await go(page, '/sign-up');
    await heading(page, 'Create an account');
    await page.getByRole('radio', { name: 'I want to volunteer' }).check();
    await page.getByLabel('Your name').fill(person.displayName);
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Create a password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await see(page.getByText('Your account has been created.'));

    await go(page, '/volunteering');
    await heading(page, 'Your volunteering');
    await page.getByRole('link', { name: 'Pause volunteering' }).click();
    await heading(page, 'Pause volunteering');
    await checkPage(page);
    await page.getByLabel('Why are you pausing? (optional)').fill('Away until March');
    await page.getByRole('button', { name: 'Pause volunteering' }).click();
    await heading(page, 'Your volunteering');
    await see(page.getByText('You have paused volunteering. Resume whenever you are ready.'));
    await see(page.getByText(/You told us: “Away until March”/));
    await checkPage(page);
    await page.getByRole('button', { name: 'Resume volunteering' }).click();
    await see(page.getByRole('link', { name: 'Pause volunteering' }));
  });
});
