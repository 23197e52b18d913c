// Phase I (Design) in the browser: a leader goes through the six stages, the progress
// view follows, a fourth expected result is refused, the design survives a reload and
// reaches a second member, every stage page passes axe (WCAG 2.1 AA), and Phase II starts
// only with the confirmation the method asks for.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, newMember, createCommunity, waitSynced, assertAxeClean, invitationLink, acceptInvitation,
} from '../harness.mjs';

const STAGES = ['name', 'problem', 'objective', 'results', 'members', 'audiences'];
const WAIT = { timeout: 15_000 };

const env = relayAndBrowser({ before, after });


/** The overview's progress entry for a stage. */
function stageRow(page, stage) {
  return page.getByTestId('design-progress').locator(`li[data-step="${stage}"]`);
}

async function waitStageComplete(page, stage, complete = true) {
  await page.getByTestId('design-progress')
    .locator(`li[data-step="${stage}"][data-complete="${complete}"]`).waitFor(WAIT);
}

/** Follows the stage link of the page's "Design stages" navigation (client-side routing). */
async function openStage(page, id, label, stage) {
  await page.getByRole('navigation', { name: 'Design stages' }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**/c/${id}/design/${stage}`, WAIT);
  await page.getByRole('heading', { level: 1, name: label, exact: true }).waitFor(WAIT);
}


async function addResult(page, description, indicator) {
  const before = await page.getByLabel('Description', { exact: true }).count();
  await page.getByLabel('Description of the new result').fill(description);
  await page.getByLabel('Indicator of the new result').fill(indicator);
  await page.getByRole('button', { name: 'Add expected result' }).click();
  await page.getByLabel('Description', { exact: true }).nth(before).waitFor(WAIT);
}

async function addMember(page, name, role, { me = false } = {}) {
  await page.getByLabel("Member's name").fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  if (me) await page.getByLabel('This is me (on this device)').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByTestId('member-list').getByText(name, { exact: false }).first().waitFor(WAIT);
}

async function descriptions(page) {
  const fields = page.getByLabel('Description', { exact: true });
  const values = [];
  for (let i = 0; i < await fields.count(); i++) values.push(await fields.nth(i).inputValue());
  return values;
}

test('a leader designs all six stages, and a second member sees the design', async () => {
  const leader = await newMember(env.browser);
  const { page } = leader;
  const id = await createCommunity(page, env.relay.base, 'Maternal health', 'Records are scattered across three systems');
  await waitSynced(page);

  // The overview: title and problem are there from creation, the rest is missing.
  await waitStageComplete(page, 'name');
  await waitStageComplete(page, 'problem');
  for (const stage of ['objective', 'results', 'members', 'audiences']) await waitStageComplete(page, stage, false);
  assert.match(await stageRow(page, 'objective').innerText(), /the type of objective/);
  await assertAxeClean(page, 'overview with progress');

  // 1. Name: the coach reacts to what is typed.
  await stageRow(page, 'name').getByRole('link').click();
  await page.waitForURL(`**/c/${id}/design/name`, WAIT);
  await page.getByLabel('Title').fill('Monitoring');
  await page.getByTestId('name-advice').getByText('The name is short').waitFor(WAIT);
  await page.getByLabel('Title').fill('CoPs to define indicators for maternal mortality reduction');
  await page.getByTestId('name-advice').getByText('This name seems to state an objective and a product.').waitFor(WAIT);
  await page.getByLabel('Title').fill('');
  await page.getByText('Enter a title for the community.').waitFor(WAIT);
  await page.getByLabel('Title').fill('CoPs to define indicators for maternal mortality reduction');
  await assertAxeClean(page, 'name stage');

  // 2. Problem.
  await openStage(page, id, 'Problem', 'problem');
  await page.getByLabel('Problem statement').fill('Maternal deaths are counted differently in each country');
  await assertAxeClean(page, 'problem stage');

  // 3. Objective: a type from the radio group, and the text.
  await openStage(page, id, 'Objective', 'objective');
  await page.getByLabel('Problem solving', { exact: true }).check();
  await page.getByLabel('Objective in your own words').fill('Agree on five shared indicators');
  await assertAxeClean(page, 'objective stage');

  // 4. Expected results: the domain refuses an empty one, three are accepted, a fourth is not.
  await openStage(page, id, 'Expected results', 'results');
  await page.getByRole('button', { name: 'Add expected result' }).click();
  await page.locator('#add-result-error').getByText('Fill this in first.').waitFor(WAIT);
  await addResult(page, 'A list of indicators', 'Five indicators agreed');
  await addResult(page, 'A data dictionary', 'Published on the intranet');
  await addResult(page, 'A pilot report', 'Two countries report');
  await page.getByLabel('Description', { exact: true }).nth(2).waitFor(WAIT);
  const add = page.getByRole('button', { name: 'Add expected result' });
  assert.equal(await add.isDisabled(), true, 'adding a fourth result is disabled');
  await page.getByTestId('results-full').getByText('the most the method allows').waitFor(WAIT);
  // Removing one makes room again; the status of another is changed.
  await page.getByRole('button', { name: 'Remove Expected result 3' }).click();
  await page.getByLabel('Description', { exact: true }).nth(2).waitFor({ state: 'detached', ...WAIT });
  assert.equal(await add.isDisabled(), false);
  await addResult(page, 'A final pilot report', 'Three countries report');
  await page.getByLabel('Description', { exact: true }).nth(2).waitFor(WAIT);
  await page.getByLabel('Status').first().selectOption('in_progress');
  assert.deepEqual(await descriptions(page), ['A list of indicators', 'A data dictionary', 'A final pilot report']);
  await assertAxeClean(page, 'results stage');

  // 5. Members and roles, and the call.
  await openStage(page, id, 'Members and roles', 'members');
  await addMember(page, 'Ana', 'leader', { me: true });
  await addMember(page, 'Bruno', 'moderator');
  await addMember(page, 'Carla', 'participant');
  await page.getByLabel('Role of Carla').selectOption('facilitator');
  await page.getByRole('button', { name: 'Remove Carla' }).click();
  await page.getByTestId('member-list').getByText('Carla').first().waitFor({ state: 'detached', ...WAIT });
  await page.getByLabel('Public: anyone may answer the call').check();
  await page.getByText('(you)').waitFor(WAIT);
  await assertAxeClean(page, 'members stage');

  // 6. Target audiences.
  await openStage(page, id, 'Target audiences', 'audiences');
  for (const audience of ['Ministry of Health staff', 'Community health workers', 'To be removed']) {
    await page.getByLabel('Target audience', { exact: true }).fill(audience);
    await page.getByRole('button', { name: 'Add audience' }).click();
    await page.getByTestId('audience-list').getByText(audience).first().waitFor(WAIT);
  }
  await page.getByRole('button', { name: 'Remove To be removed' }).click();
  await page.getByTestId('audience-list').getByText('To be removed').first().waitFor({ state: 'detached', ...WAIT });
  await assertAxeClean(page, 'audiences stage');

  // Back on the overview every stage is complete, and stays so after a reload.
  await page.getByRole('link', { name: 'Community overview' }).click();
  await page.waitForURL(`**/c/${id}`, WAIT);
  for (const stage of STAGES) await waitStageComplete(page, stage);
  await waitSynced(page);
  await page.reload();
  for (const stage of STAGES) await waitStageComplete(page, stage);
  await page.goto(`${env.relay.base}/c/${id}/design/objective`);
  assert.equal(await page.getByLabel('Problem solving', { exact: true }).isChecked(), true);

  // The call is public: a second person opening the share link sees the design.
  const second = await newMember(env.browser);
  await second.page.goto(`${env.relay.base}/c/${id}`);
  for (const stage of STAGES) await waitStageComplete(second.page, stage);
  await second.page.goto(`${env.relay.base}/c/${id}/design/objective`);
  await second.page.getByLabel('Problem solving', { exact: true }).and(second.page.locator(':checked')).waitFor(WAIT);
  assert.equal(await second.page.getByLabel('Objective in your own words').inputValue(), 'Agree on five shared indicators');
  await openStage(second.page, id, 'Expected results', 'results');
  await second.page.getByLabel('Description', { exact: true }).nth(2).waitFor(WAIT);
  assert.deepEqual(await descriptions(second.page), ['A list of indicators', 'A data dictionary', 'A final pilot report']);
  assert.equal(await second.page.getByLabel('Status').first().inputValue(), 'in_progress');
  await openStage(second.page, id, 'Target audiences', 'audiences');
  await second.page.getByTestId('audience-list').getByText('Community health workers').first().waitFor(WAIT);
  assert.equal(await second.page.getByTestId('audience-list').locator('li').count(), 2);

  assert.deepEqual([...leader.errors, ...second.errors], []);
  await leader.context.close();
  await second.context.close();
});

test('Phase II starts from an incomplete design only with the leader\'s explicit confirmation', async () => {
  const { context, page, errors } = await newMember(env.browser);
  const id = await createCommunity(page, env.relay.base, 'Vaccination records', 'Paper records get lost');
  const start = page.getByRole('button', { name: 'Start Phase II' });

  // Nobody on this device is a leader yet: the domain refuses.
  await start.click();
  await page.locator('#start-phase-two-error').getByText('Only a leader can do this.').waitFor(WAIT);

  // In-app navigation: a reload right after an edit could beat the debounced save.
  await stageRow(page, 'members').getByRole('link').click();
  await page.waitForURL(`**/c/${id}/design/members`, WAIT);
  await addMember(page, 'Luis', 'leader', { me: true });
  await page.getByRole('link', { name: 'Community overview' }).click();
  await page.waitForURL(`**/c/${id}`, WAIT);

  // Incomplete design, no confirmation: refused with the reason.
  await start.click();
  await page.locator('#start-phase-two-error').getByText('The design is not complete').waitFor(WAIT);
  await page.getByLabel('I confirm that we start with an incomplete design').check();
  await start.click();
  await page.getByTestId('phase-two-started').waitFor(WAIT);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The conflict shown in place for the field at `path` (e.g. "design/call"). */
function conflictAt(page, path) {
  return page.locator(`[data-testid="conflict"][data-path="${path}"]`);
}

test('choices made concurrently by two members (objective type, result status, role, call) are shown in place until one is kept', async () => {
  const ana = await newMember(env.browser);
  const id = await createCommunity(ana.page, env.relay.base, 'Dengue alerts', 'Alerts arrive late');
  await ana.page.goto(`${env.relay.base}/c/${id}/design/results`);
  await addResult(ana.page, 'Alerts within 48 hours', 'Median delay');
  await openStage(ana.page, id, 'Members and roles', 'members');
  await addMember(ana.page, 'Rosa', 'participant');
  await ana.page.goto(`${env.relay.base}/c/${id}`);
  const link = await invitationLink(ana.page);
  const luis = await newMember(env.browser);
  await acceptInvitation(luis.page, link);
  await luis.page.goto(`${env.relay.base}/c/${id}/design/members`);
  await luis.page.getByLabel('Role of Rosa').waitFor(WAIT);
  await ana.page.goto(`${env.relay.base}/c/${id}/design/members`);
  await waitSynced(ana.page);

  // Both decide differently while Ana has no connection.
  await ana.context.setOffline(true);
  await ana.page.getByTestId('connection-state').and(ana.page.locator('[data-state="offline"]')).waitFor(WAIT);
  await ana.page.getByLabel('Role of Rosa').selectOption('moderator');
  await ana.page.getByLabel('Public: anyone may answer the call').check();
  await luis.page.getByLabel('Role of Rosa').selectOption('facilitator');
  await luis.page.getByLabel('Restricted to a specific group of people').check();
  for (const [member, objective, status] of [[ana, 'Problem solving', 'achieved'], [luis, 'Lessons learned', 'in_progress']]) {
    await openStage(member.page, id, 'Objective', 'objective');
    await member.page.getByLabel(objective, { exact: true }).check();
    await openStage(member.page, id, 'Expected results', 'results');
    await member.page.getByLabel('Status').first().selectOption(status);
  }
  await waitSynced(luis.page);
  await ana.context.setOffline(false);
  await waitSynced(ana.page, 30_000);

  // Each member sees every disagreement where the value is edited, with both values.
  for (const { page } of [ana, luis]) {
    const status = page.locator('[data-testid="conflict"][data-path^="design/expected_results/"][data-path$="/status"]');
    await status.waitFor(WAIT);
    const text = await status.innerText();
    assert.match(text, /Achieved/);
    assert.match(text, /In progress/);
    await assertAxeClean(page, 'results stage with a conflict');
    await openStage(page, id, 'Objective', 'objective');
    const objective = conflictAt(page, 'design/objective_type');
    await objective.waitFor(WAIT);
    assert.match(await objective.innerText(), /Problem solving/);
    assert.match(await objective.innerText(), /Lessons learned/);
    await openStage(page, id, 'Members and roles', 'members');
    const call = conflictAt(page, 'design/call');
    await call.waitFor(WAIT);
    assert.match(await call.innerText(), /Public/);
    assert.match(await call.innerText(), /Restricted/);
    const role = page.locator('[data-testid="conflict"][data-path^="design/members/"]');
    await role.waitFor(WAIT);
    assert.match(await role.innerText(), /Moderator/);
    assert.match(await role.innerText(), /Facilitator/);
    await assertAxeClean(page, 'members stage with conflicts');
  }

  // Keeping one value settles it for both; the control shows the kept value.
  await luis.page.locator('[data-testid="conflict"][data-path^="design/members/"]')
    .getByRole('button', { name: 'Keep Moderator' }).click();
  await conflictAt(luis.page, 'design/call').getByRole('button', { name: 'Keep Restricted' }).click();
  for (const { page } of [ana, luis]) {
    await page.locator('[data-testid="conflict"][data-path^="design/members/"]').waitFor({ state: 'detached', ...WAIT });
    await conflictAt(page, 'design/call').waitFor({ state: 'detached', ...WAIT });
    assert.equal(await page.getByLabel('Role of Rosa').inputValue(), 'moderator');
  }
  await openStage(ana.page, id, 'Objective', 'objective');
  await conflictAt(ana.page, 'design/objective_type').getByRole('button', { name: 'Keep Problem solving' }).click();
  await openStage(luis.page, id, 'Objective', 'objective');
  await conflictAt(luis.page, 'design/objective_type').waitFor({ state: 'detached', ...WAIT });
  assert.equal(await luis.page.getByLabel('Problem solving', { exact: true }).isChecked(), true);
  assert.deepEqual([...ana.errors, ...luis.errors], []);
  await ana.context.close();
  await luis.context.close();
});
