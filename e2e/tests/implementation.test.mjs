// Phase II (Implementation) in the browser: a leader chooses tools; a participant
// registers offline in a second browser, the leader confirms after the sync and both see
// the new member; the introductory meeting refuses a past date and its invitation
// downloads as a valid .ics; an action item tied to an expected result survives a
// reload; every Phase II page passes axe (WCAG 2.1 AA).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  relayAndBrowser, newMember, createCommunity, waitSynced, eventually, assertAxeClean, invitationLink, acceptInvitation,
} from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const TITLE = 'CoPs to define indicators for maternal mortality reduction';

const env = relayAndBrowser({ before, after });


/** Follows a link of the Phase II navigation (client-side routing, so no save is lost). */
async function openPage(page, id, label, slug) {
  await page.getByRole('navigation', { name: 'Implementation pages' }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**/c/${id}/implementation/${slug}`, WAIT);
  await page.getByRole('heading', { level: 1, name: label, exact: true }).waitFor(WAIT);
}

async function openStage(page, id, label, stage) {
  await page.getByRole('navigation', { name: 'Design stages' }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**/c/${id}/design/${stage}`, WAIT);
}

/** A leader ("me" on this device) with an objective and one expected result. */
async function setUpLeader() {
  const leader = await newMember(env.browser);
  const { page } = leader;
  const id = await createCommunity(page, env.relay.base, TITLE, 'Maternal deaths are counted differently');
  await waitSynced(page);
  await page.goto(`${env.relay.base}/c/${id}/design/members`);
  await page.getByLabel("Member's name").fill('Ana');
  await page.getByLabel('Role', { exact: true }).selectOption('leader');
  await page.getByLabel('This is me (on this device)').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByText('(you)').waitFor(WAIT);
  await openStage(page, id, 'Objective', 'objective');
  await page.getByLabel('Objective in your own words').fill('Agree on five shared indicators');
  await openStage(page, id, 'Expected results', 'results');
  await page.getByLabel('Description of the new result').fill('A list of indicators');
  await page.getByLabel('Indicator of the new result').fill('Five indicators agreed');
  await page.getByRole('button', { name: 'Add expected result' }).click();
  await page.getByLabel('Description', { exact: true }).first().waitFor(WAIT);
  await page.getByRole('link', { name: 'Community overview' }).click();
  await page.waitForURL(`**/c/${id}`, WAIT);
  return { ...leader, id };
}

test('Phase II: tools, offline registration confirmed by the leader, meeting with .ics, action plan', async () => {
  const leader = await setUpLeader();
  const { page, id } = leader;

  // The overview's Phase II progress says what each step lacks.
  const step = (slug) => page.getByTestId('phase-two-progress').locator(`li[data-step="${slug}"]`);
  await step('tools').getByText('No knowledge-management tool recorded yet.').waitFor(WAIT);
  await step('register').getByText('No registration confirmed yet.').waitFor(WAIT);
  await step('meeting').getByText('The introductory meeting has no date.').waitFor(WAIT);
  await step('plan').getByText('The action plan has no item yet.').waitFor(WAIT);
  await step('discussions').getByText('No discussion planned yet.').waitFor(WAIT);
  await assertAxeClean(page, 'overview with Phase II progress');

  // 1. Tools, from the overview's Phase II section: Praxis first among the suggestions.
  await page.getByRole('navigation', { name: 'Implementation (Phase II)' })
    .getByRole('link', { name: 'Knowledge-management tools' }).click();
  await page.waitForURL(`**/c/${id}/implementation/tools`, WAIT);
  await page.getByRole('button', { name: 'Add Praxis (Asynchronous)' }).click();
  await page.getByTestId('tool-list').getByText('Praxis', { exact: true }).first().waitFor(WAIT);
  await assertAxeClean(page, 'tools page');
  await waitSynced(page);

  // 2. A participant invited by the leader opens the registration page, loses the
  //    connection and registers.
  await page.goto(`${env.relay.base}/c/${id}`);
  const invitation = await invitationLink(page);
  await page.goto(`${env.relay.base}/c/${id}/implementation/tools`);
  const eva = await newMember(env.browser);
  await acceptInvitation(eva.page, invitation);
  await eva.page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await eva.page.getByLabel('Institution').waitFor(WAIT);
  await waitSynced(eva.page);
  await eva.context.setOffline(true);
  await eva.page.getByTestId('connection-state').and(eva.page.locator('[data-state="offline"]')).waitFor(WAIT);
  await eva.page.locator('#reg-name').fill('Eva Díaz');
  await eva.page.getByLabel('Institution').fill('Ministerio de Salud');
  await eva.page.getByLabel('Country').fill('Peru');
  await eva.page.getByLabel('Expertise').fill('Telemedicine');
  await eva.page.getByLabel('Interests').fill('Indicators');
  await eva.page.getByLabel('I accept the community’s rules (required)').check();
  await eva.page.getByRole('button', { name: 'Register' }).click();
  await eva.page.getByTestId('my-registration').getByText('waiting for a leader or moderator').waitFor(WAIT);
  await assertAxeClean(eva.page, 'registration page, participant');
  await eva.context.setOffline(false);
  await waitSynced(eva.page, 30_000);

  // The leader sees it pending and confirms; both see Eva among the members.
  await openPage(page, id, 'Registration and roster', 'register');
  await page.getByTestId('pending-list').getByText('Eva Díaz').first().waitFor(WAIT);
  await assertAxeClean(page, 'registration page, leader');
  await page.getByRole('button', { name: 'Confirm Eva Díaz' }).click();
  await page.getByTestId('roster').getByText('Eva Díaz').waitFor(WAIT);
  await eva.page.getByTestId('roster').getByText('Eva Díaz').waitFor(WAIT);
  await eva.page.getByTestId('my-registration').getByText('You are a member').waitFor(WAIT);

  // 3. The introductory meeting: a past date is refused, a future one kept; the .ics.
  await openPage(page, id, 'Introductory meeting', 'meeting');
  await page.getByTestId('meeting-purpose').getByText('Agree on five shared indicators').waitFor(WAIT);
  await page.getByLabel('Meeting date').fill('2020-01-01');
  await page.locator('#meeting-date-error').getByText('in the past').waitFor(WAIT);
  await page.getByLabel('Meeting date').fill('2031-03-15');
  await eventually('the error to clear', async () => (await page.locator('#meeting-date-error').innerText()).trim() === '');
  await page.getByLabel('Agenda').fill('Welcome; objectives, results and the action plan');
  await page.getByLabel('Minutes').fill('All present');
  await assertAxeClean(page, 'meeting page');
  const [download] = await Promise.all([
    page.waitForEvent('download', WAIT),
    page.getByRole('link', { name: 'Download invitation (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'invitation.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), ics);
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'), ics);
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'only CRLF line endings');
  const lines = ics.split('\r\n');
  for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
  const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
  for (const line of ['BEGIN:VEVENT', 'END:VEVENT', 'VERSION:2.0', 'DTSTART;VALUE=DATE:20310315', `SUMMARY:${TITLE}`, `UID:${id}@praxis`]) {
    assert.ok(unfolded.includes(line), `${line} in\n${ics}`);
  }
  assert.ok(unfolded.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l)), 'DTSTAMP');
  assert.ok(unfolded.includes('DESCRIPTION:Agree on five shared indicators\\n\\nWelcome\\; objectives\\, results and the action plan'), ics);

  // 4. The action plan: an item tied to the expected result survives a reload.
  await openPage(page, id, 'Action plan', 'plan');
  await page.locator('#new-action-text').fill('Draft the indicator list');
  await page.locator('#new-action-result').selectOption({ label: 'A list of indicators' });
  await page.locator('#new-action-owner').selectOption({ label: 'Ana' });
  await page.locator('#new-action-due').fill('2031-04-01');
  await page.getByRole('button', { name: 'Add activity' }).click();
  const item = page.getByTestId('action-item');
  const owner = item.getByLabel('Owner', { exact: true });
  await eventually('the new item tied to the result and Ana', async () =>
    (await item.count()) === 1 && (await owner.locator('option:checked').innerText()) === 'Ana');
  assert.equal(await item.getByLabel('Expected result').locator('option:checked').innerText(), 'A list of indicators');
  await item.getByLabel('Activity status').selectOption('in_progress');
  // The plan changes as the community learns: the item moves to Eva.
  await owner.selectOption({ label: 'Eva Díaz' });
  await assertAxeClean(page, 'action plan page');
  // Eva, a participant, sees the links as text, not as choices.
  await eva.page.goto(`${env.relay.base}/c/${id}/implementation/plan`);
  await eva.page.getByTestId('action-item').getByText('Expected result: A list of indicators · Owner: Eva Díaz').waitFor(WAIT);
  await page.reload();
  await eventually('the item after a reload', async () =>
    (await item.getByLabel('Activity', { exact: true }).inputValue()) === 'Draft the indicator list');
  assert.equal(await owner.locator('option:checked').innerText(), 'Eva Díaz');
  assert.equal(await item.getByLabel('Activity status').inputValue(), 'in_progress');
  assert.equal(await item.getByLabel('Due date').inputValue(), '2031-04-01');

  // Back on the overview: every step the leader did is complete; discussions remain.
  await page.goto(`${env.relay.base}/c/${id}`);
  for (const slug of ['tools', 'register', 'meeting', 'plan']) {
    await page.getByTestId('phase-two-progress').locator(`li[data-step="${slug}"][data-complete="true"]`).waitFor(WAIT);
  }
  await step('discussions').getByText('No discussion planned yet.').waitFor(WAIT);

  assert.deepEqual([...leader.errors, ...eva.errors], []);
  await leader.context.close();
  await eva.context.close();
});
