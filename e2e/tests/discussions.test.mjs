// Moderated discussions in the browser: a leader plans a discussion with a guiding
// question; a confirmed participant posts and replies while offline (the word limit is
// enforced with a translated error); after reconnecting both see the thread; the leader
// closes it with a summary citing the participant's post; both see it closed, with the
// cited post linked and no post form; axe finds no WCAG 2.1 AA violation on both pages.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, newMember, createCommunity, waitSynced, eventually, assertAxeClean } from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const QUESTION = 'Which indicators do your services already collect?';
const EVA_POST = 'We count home visits every month';
const EVA_REPLY = 'Agreed, and we also track referrals';

const env = relayAndBrowser({ before, after });


/** A leader ("me" on this device) and a participant the leader confirmed. */
async function setUp() {
  const leader = await newMember(env.browser);
  const { page } = leader;
  const id = await createCommunity(page, env.relay.base, 'CoP on maternal health indicators', 'Deaths are counted differently');
  await waitSynced(page);
  await page.goto(`${env.relay.base}/c/${id}/design/members`);
  await page.getByLabel("Member's name").fill('Ana');
  await page.getByLabel('Role', { exact: true }).selectOption('leader');
  await page.getByLabel('This is me (on this device)').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByText('(you)').waitFor(WAIT);

  const eva = await newMember(env.browser);
  await eva.page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await eva.page.locator('#reg-name').fill('Eva Díaz');
  await eva.page.getByLabel('I accept the community’s rules (required)').check();
  await eva.page.getByRole('button', { name: 'Register' }).click();
  await eva.page.getByTestId('my-registration').waitFor(WAIT);
  await waitSynced(eva.page);
  await page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await page.getByRole('button', { name: 'Confirm Eva Díaz' }).click();
  await eva.page.getByTestId('my-registration').getByText('You are a member').waitFor(WAIT);
  await page.getByRole('link', { name: 'Community overview' }).click();
  await page.waitForURL(`**/c/${id}`, WAIT);
  return { leader, eva, id };
}

test('discussions: planned by the leader, offline posts and replies, closed with a cited summary', async () => {
  const { leader, eva, id } = await setUp();
  const { page } = leader;

  // 1. From the overview to the list; the leader plans a discussion.
  await page.getByRole('navigation', { name: 'Discussions' }).getByRole('link', { name: 'Moderated discussions' }).click();
  await page.waitForURL(`**/c/${id}/discussions`, WAIT);
  await page.getByLabel('Discussion title').fill('Shared indicators');
  await page.getByLabel('Objective of the discussion').fill('Agree on five indicators');
  await page.getByLabel('Guiding question').fill(QUESTION);
  await page.getByLabel('Language of the posts').fill('Spanish or English');
  await page.getByLabel('Maximum words per post').fill('20');
  await page.getByLabel('How to address others').fill('By first name, kindly');
  await page.getByRole('button', { name: 'Create discussion' }).click();
  const link = page.getByTestId('discussion-list').getByRole('link', { name: 'Shared indicators' });
  await link.waitFor(WAIT);
  await assertAxeClean(page, 'discussion list, leader');
  await link.click();
  await page.waitForURL(`**/c/${id}/discussions/*`, WAIT);
  const threadUrl = page.url();
  await page.getByTestId('pinned-question').getByText(QUESTION).waitFor(WAIT);
  await page.getByLabel('Your post').fill('Welcome, please share what you collect');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByTestId('post').getByText('Welcome, please share').waitFor(WAIT);
  await waitSynced(page);

  // 2. The participant opens the thread, goes offline, posts and replies.
  await eva.page.goto(threadUrl);
  await eva.page.getByTestId('post').getByText('Welcome, please share').waitFor(WAIT);
  await waitSynced(eva.page);
  await eva.context.setOffline(true);
  await eva.page.getByTestId('connection-state').and(eva.page.locator('[data-state="offline"]')).waitFor(WAIT);
  await eva.page.getByLabel('Your post').fill('word '.repeat(21));
  await eva.page.getByRole('button', { name: 'Post', exact: true }).click();
  await eva.page.locator('#post-error-new').getByText('longer than the word limit').waitFor(WAIT);
  await eva.page.getByLabel('Your post').fill(EVA_POST);
  await eva.page.getByRole('button', { name: 'Post', exact: true }).click();
  await eva.page.getByTestId('post').getByText(EVA_POST).waitFor(WAIT);
  await eva.page.getByRole('button', { name: 'Reply to Ana' }).click();
  await eva.page.getByLabel('Your reply').fill(EVA_REPLY);
  await eva.page.getByRole('button', { name: 'Send reply' }).click();
  // The reply is nested under Ana's post.
  await eva.page.getByTestId('post').filter({ hasText: 'Welcome, please share' })
    .getByTestId('post').getByText(EVA_REPLY).waitFor(WAIT);
  await assertAxeClean(eva.page, 'thread, participant');
  await eva.context.setOffline(false);
  await waitSynced(eva.page, 30_000);

  // 3. Both see the whole thread.
  await page.getByTestId('post').getByText(EVA_POST).waitFor(WAIT);
  await page.getByTestId('post').filter({ hasText: 'Welcome, please share' })
    .getByTestId('post').getByText(EVA_REPLY).waitFor(WAIT);
  await assertAxeClean(page, 'thread, leader');

  // 4. The leader closes it with a summary citing Eva's post.
  await page.getByLabel('Articulated summary').fill('Home visits are the shared starting point');
  await page.getByLabel(`Eva Díaz: ${EVA_POST}`).check();
  await page.getByRole('button', { name: 'Close the discussion' }).click();
  for (const p of [page, eva.page]) {
    const closing = p.getByTestId('closing-summary');
    await closing.getByText('Home visits are the shared starting point').waitFor(WAIT);
    await closing.getByText('This discussion is closed.').waitFor(WAIT);
    const cited = closing.getByRole('link', { name: /Post by Eva Díaz/ });
    await cited.waitFor(WAIT);
    const href = await cited.getAttribute('href');
    assert.match(href, /^#post-/);
    await eventually('the cited post to be the one shown', async () =>
      (await p.locator(`${href} > article`).innerText()).includes(EVA_POST));
    assert.equal(await p.getByTestId('post-form').count(), 0, 'no post form once closed');
    assert.equal(await p.getByRole('button', { name: /^Reply/ }).count(), 0, 'no reply once closed');
    await assertAxeClean(p, 'closed thread');
  }
  assert.deepEqual([...leader.errors, ...eva.errors], []);
});
