// Access to a restricted community, as people meet it in the browser: invitation links
// that are used up, revoked or forged; a stranger who knows the address; a member the
// leader removes while their page is open.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, newMember, createCommunity, waitSynced, invitationLink, acceptInvitation, assertAxeClean,
} from '../harness.mjs';

const env = relayAndBrowser({ before, after });
const WAIT = { timeout: 15_000 };

/** Ana creates a community and puts herself on the roster as its leader. */
async function leaderWithCommunity(title) {
  const ana = await newMember(env.browser);
  const id = await createCommunity(ana.page, env.relay.base, title, 'Cases are found late');
  await ana.page.goto(`${env.relay.base}/c/${id}/design/members`);
  await ana.page.getByLabel("Member's name").fill('Ana');
  await ana.page.getByLabel('Role', { exact: true }).selectOption('leader');
  await ana.page.getByLabel('This is me (on this device)').check();
  await ana.page.getByRole('button', { name: 'Add member' }).click();
  await ana.page.getByText('(you)').waitFor(WAIT);
  await ana.page.goto(`${env.relay.base}/c/${id}`);
  return { ana, id };
}

async function joinStatus(page, link) {
  // A fresh load each time, so the status read is this link's.
  await page.goto('about:blank');
  await page.goto(link);
  const status = page.getByTestId('join-status');
  await status.filter({ hasNotText: 'Checking the invitation' }).waitFor(WAIT);
  return status.innerText();
}

test('a single-use link admits one person; a revoked or forged link admits no one, and says why', async () => {
  const { ana, id } = await leaderWithCommunity('Leprosy contact tracing');
  const once = await invitationLink(ana.page);
  assert.match(once, new RegExp(`/join/${id}#[A-Za-z0-9_-]{43}$`), 'the token travels in the fragment');
  await assertAxeClean(ana.page, 'overview with an invitation link');

  const luis = await newMember(env.browser);
  await acceptInvitation(luis.page, once);
  await luis.page.getByRole('heading', { level: 1, name: 'Leprosy contact tracing' }).waitFor(WAIT);

  const eva = await newMember(env.browser);
  assert.equal(await joinStatus(eva.page, once), 'This invitation has already been used. Ask for a new one.');
  await assertAxeClean(eva.page, 'join page with a refusal');

  // A second link, revoked from the list before anyone uses it.
  const revoked = await invitationLink(ana.page);
  const listed = ana.page.locator('.invitations-list li');
  // Both links are listed (the used one too, until it expires).
  await listed.nth(1).waitFor(WAIT);
  assert.equal(await listed.count(), 2);
  await listed.filter({ hasText: '0/1' }).getByRole('button', { name: 'Revoke' }).click();
  await ana.page.getByText('Invitation revoked: its link no longer works.').waitFor(WAIT);
  assert.equal(await joinStatus(eva.page, revoked), 'This invitation was revoked.');

  const forged = `${env.relay.base}/join/${id}#${'A'.repeat(43)}`;
  assert.equal(await joinStatus(eva.page, forged), 'This invitation link is not valid. Ask for a new one.');

  // Knowing the address is not enough: Eva is told what she would be told of a
  // community that does not exist.
  await eva.page.goto(`${env.relay.base}/c/${id}`);
  await eva.page.getByText('This community was not found on the relay.').waitFor(WAIT);
  assert.equal(await eva.page.getByText('Leprosy contact tracing').count(), 0);

  for (const member of [ana, luis, eva]) await member.context.close();
});

test('a member removed by the leader stops receiving the community at once, open page included', async () => {
  const { ana, id } = await leaderWithCommunity('Chagas screening');
  const luis = await newMember(env.browser);
  await acceptInvitation(luis.page, await invitationLink(ana.page));
  // Luis registers and Ana confirms him: the roster, not the invitation, admits him now.
  await luis.page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await luis.page.locator('#reg-name').fill('Luis Rojas');
  await luis.page.getByLabel('I accept the community’s rules (required)').check();
  await luis.page.getByRole('button', { name: 'Register' }).click();
  await waitSynced(luis.page);
  await ana.page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await ana.page.getByRole('button', { name: 'Confirm Luis Rojas' }).click();
  await luis.page.getByTestId('my-registration').getByText('You are a member').waitFor(WAIT);

  // While he is a member, Ana's edits reach his open page.
  await luis.page.goto(`${env.relay.base}/c/${id}`);
  await ana.page.goto(`${env.relay.base}/c/${id}`);
  await ana.page.getByLabel('Problem statement').fill('Cases are found late in rural areas');
  await eventuallyValue(luis.page, 'Problem statement', 'Cases are found late in rural areas');

  // Ana removes him; her next edit never reaches his page, which stays open.
  await ana.page.goto(`${env.relay.base}/c/${id}/design/members`);
  await ana.page.getByRole('button', { name: 'Remove Luis Rojas' }).click();
  await waitSynced(ana.page);
  await ana.page.goto(`${env.relay.base}/c/${id}`);
  await ana.page.getByLabel('Problem statement').fill('Cases are found late: a private note');
  await waitSynced(ana.page);
  // Bounded: long enough for an edit to cross the relay many times over (it took well
  // under a second above).
  await luis.page.waitForTimeout(3_000);
  assert.equal(await luis.page.getByLabel('Problem statement').inputValue(), 'Cases are found late in rural areas');
  // He is told, and his badge settles instead of saying "syncing" for ever.
  await luis.page.getByTestId('not-shared').waitFor(WAIT);
  await waitSynced(luis.page);
  await assertAxeClean(luis.page, 'a community no longer shared');
  // He keeps what he had on his device; a fresh open asks the relay, which says nothing.
  const stranger = await newMember(env.browser);
  await stranger.page.goto(`${env.relay.base}/c/${id}`);
  await stranger.page.getByText('This community was not found on the relay.').waitFor(WAIT);

  for (const member of [ana, luis, stranger]) await member.context.close();
});

async function eventuallyValue(page, label, expected) {
  const deadline = Date.now() + 15_000;
  let value;
  while (Date.now() < deadline) {
    value = await page.getByLabel(label).inputValue().catch(() => undefined);
    if (value === expected) return;
    await page.waitForTimeout(100);
  }
  assert.equal(value, expected);
}
