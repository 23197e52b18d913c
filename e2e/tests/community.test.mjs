// A person's path through the first slice: create a community, keep it across a
// reload, share it, edit offline, and read it with a stock automerge-repo client.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, newMember, waitSynced, createCommunity, memberAs, deviceIdentity, syncUrlFor,
  invitationLink, acceptInvitation,
} from '../harness.mjs';
import { readWithStockClient } from '../stock-client.mjs';

const env = relayAndBrowser({ before, after });

test('a) a community created in the browser is still there after a reload', async () => {
  const { context, page, errors } = await newMember(env.browser);
  const id = await createCommunity(page, env.relay.base, 'Telemedicine indicators: a shared dashboard', 'Each country measures differently');
  await page.reload();
  await assertTitle(page, 'Telemedicine indicators: a shared dashboard');
  await page.goto(`${env.relay.base}/`);
  await page.getByRole('link', { name: 'Telemedicine indicators: a shared dashboard' }).waitFor();
  await page.getByRole('link', { name: 'Telemedicine indicators: a shared dashboard' }).click();
  await page.waitForURL(`${env.relay.base}/c/${id}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('b) a person opens an invitation link and sees the community', async () => {
  const ana = await newMember(env.browser);
  await createCommunity(ana.page, env.relay.base, 'Rural vaccination records', 'Paper records get lost');
  const link = await invitationLink(ana.page);
  const luis = await newMember(env.browser);
  await acceptInvitation(luis.page, link);
  await assertTitle(luis.page, 'Rural vaccination records');
  assert.equal(await luis.page.getByLabel('Problem statement').inputValue(), 'Paper records get lost');
  assert.deepEqual([...ana.errors, ...luis.errors], []);
  await ana.context.close();
  await luis.context.close();
});

test('c) an edit made offline merges with another member\'s edit when the network returns', async () => {
  const ana = await newMember(env.browser);
  await createCommunity(ana.page, env.relay.base, 'Maternal health', 'Records are scattered');
  await waitSynced(ana.page);
  const luis = await newMember(env.browser);
  await acceptInvitation(luis.page, await invitationLink(ana.page));
  await assertTitle(luis.page, 'Maternal health');

  await ana.context.setOffline(true);
  await ana.page.getByTestId('connection-state').and(ana.page.locator('[data-state="offline"]')).waitFor({ timeout: 10_000 });
  await ana.page.getByLabel('Title').fill('Maternal health in the Andes');
  await luis.page.getByLabel('Problem statement').fill('Records are scattered across three systems');
  await waitSynced(luis.page);
  // Ana is offline: her edit must not have reached Luis.
  assert.equal(await luis.page.getByLabel('Title').inputValue(), 'Maternal health');

  await ana.context.setOffline(false);
  await waitSynced(ana.page, 30_000);
  await assertTitle(luis.page, 'Maternal health in the Andes');
  await assertProblem(ana.page, 'Records are scattered across three systems');
  await assertTitle(ana.page, 'Maternal health in the Andes');
  await assertProblem(luis.page, 'Records are scattered across three systems');

  // Ana now holds Luis's change; her next edit must apply on top of it and reach him.
  await ana.page.getByLabel('Problem statement').fill('Records are scattered across three systems and paper');
  await assertProblem(luis.page, 'Records are scattered across three systems and paper');
  assert.deepEqual([...ana.errors, ...luis.errors], []);
  await ana.context.close();
  await luis.context.close();
});

test('e) a stock automerge-repo client signed in as the creator reads the community from the relay', async () => {
  const ana = deviceIdentity();
  const { context, page } = await memberAs(env.browser, env.relay, ana);
  const id = await createCommunity(page, env.relay.base, 'Dengue surveillance', 'Late alerts');
  await waitSynced(page);
  const doc = await readWithStockClient(await syncUrlFor(env.relay, ana), id);
  assert.equal(doc.design.title, 'Dengue surveillance');
  assert.equal(doc.design.problem, 'Late alerts');
  assert.equal(doc.schema_version, 1);
  await context.close();
});

test('f) a public call without approval: a person opens the link, registers, and is a member at once', async () => {
  const ana = await newMember(env.browser);
  const id = await createCommunity(ana.page, env.relay.base, 'Open CoP on hand hygiene', 'Compliance is low');
  await ana.page.goto(`${env.relay.base}/c/${id}/design/members`);
  await ana.page.getByLabel("Member's name").fill('Ana');
  await ana.page.getByLabel('Role', { exact: true }).selectOption('leader');
  await ana.page.getByLabel('This is me (on this device)').check();
  await ana.page.getByRole('button', { name: 'Add member' }).click();
  await ana.page.getByLabel('Public: anyone may answer the call').check();
  const approval = ana.page.getByLabel('Registrations need the approval of a leader or moderator');
  assert.equal(await approval.isChecked(), true, 'approval is required until the leader says otherwise');
  await approval.uncheck();
  await waitSynced(ana.page);

  // No invitation: the call is public.
  const eva = await newMember(env.browser);
  await eva.page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await eva.page.locator('#reg-name').fill('Eva Díaz');
  await eva.page.getByLabel('I accept the community’s rules (required)').check();
  await eva.page.getByRole('button', { name: 'Register' }).click();
  await eva.page.getByTestId('my-registration').getByText('You are a member').waitFor({ timeout: 15_000 });
  await ana.page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await ana.page.getByTestId('roster').getByText('Eva Díaz').waitFor({ timeout: 15_000 });
  assert.deepEqual([...ana.errors, ...eva.errors], []);
  await ana.context.close();
  await eva.context.close();
});

async function assertField(page, label, expected) {
  const field = page.getByLabel(label);
  const deadline = Date.now() + 15_000;
  let value;
  while (Date.now() < deadline) {
    value = await field.inputValue().catch(() => undefined);
    if (value === expected) return;
    await page.waitForTimeout(100);
  }
  assert.equal(value, expected, `${label} on ${page.url()}`);
}

const assertTitle = (page, expected) => assertField(page, 'Title', expected);
const assertProblem = (page, expected) => assertField(page, 'Problem statement', expected);
