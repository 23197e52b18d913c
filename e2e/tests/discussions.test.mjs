// Moderated discussions in the browser: a leader plans a discussion with a guiding
// question; a confirmed participant posts and replies while offline (the word limit is
// enforced with a translated error); after reconnecting both see the thread; the leader
// closes it with a summary citing the participant's post; both see it closed, with the
// cited post linked and no post form; axe finds no WCAG 2.1 AA violation on both pages.
//
// Then the moderator's tools of the method's three columns: the plan edited after
// creation (objective, guidelines with a refused word limit, stage dates, the stage),
// sub-groups (refused without a name, added with a participant, renamed, removed), a
// note on a participant (also on her profile), the prompt for an interim summary at 8
// posts and the summary in place in the timeline for the participant, a reply being
// typed that survives another member's post (the thread is keyed), closing with a
// follow-up action shown to all, axe in English and Spanish, and all of it after a
// reload with the relay stopped.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, waitSynced, eventually, assertAxeClean, leaderOfNewCommunity, confirmedParticipant, setOffline,
} from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const QUESTION = 'Which indicators do your services already collect?';
const EVA_POST = 'We count home visits every month';
const EVA_REPLY = 'Agreed, and we also track referrals';

const env = relayAndBrowser({ before, after });


/** A leader ("me" on this device) and a participant the leader confirmed. */
async function setUp() {
  const { leader, id } = await leaderOfNewCommunity(env.browser, env.relay,
    'CoP on maternal health indicators', 'Deaths are counted differently');
  // The call is restricted: Eva comes in through an invitation, then registers.
  const eva = await confirmedParticipant(env.browser, env.relay, leader.page, id, 'Eva Díaz');
  await leader.page.getByRole('link', { name: 'Community overview' }).click();
  await leader.page.waitForURL(`**/c/${id}`, WAIT);
  return { leader, eva, id };
}

test('discussions: planned by the leader, offline posts and replies, closed with a cited summary', async () => {
  const { leader, eva, id } = await setUp();
  const { page } = leader;

  // 1. From the overview to the list; the leader plans a discussion.
  await page.getByTestId('phase-two-progress').getByRole('link', { name: 'Discussions', exact: true }).click();
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
  const closeForm = page.getByTestId('close-form');
  await closeForm.getByLabel('Articulated summary').fill('Home visits are the shared starting point');
  await closeForm.getByLabel(`Eva Díaz: ${EVA_POST}`).check();
  await closeForm.getByRole('button', { name: 'Close the discussion' }).click();
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

const ACTION = 'Publish the indicator list';
const NOTE = 'Epidemiologist in Cusco; wants to compare referral indicators';
const INTERIM = 'So far: home visits are counted everywhere, referrals only in some services';
const TYPING = 'I am still typing this reply while Ana posts';

/** The top-level entries of the timeline, as "post" or "summary", in order. */
async function timelineKinds(page) {
  return page.getByTestId('post-list').first().evaluate((list) =>
    [...list.children].map((li) => (li.dataset.testid === 'interim-summary' ? 'summary' : 'post')));
}

test('discussions: plan edited with stage dates, sub-groups, notes, interim summary in the timeline, follow-ups, keyed replies, offline reload', async () => {
  const { leader, eva, id } = await setUp();
  const { page } = leader;

  // 0. An expected result and an action of the plan, for the follow-ups.
  await page.goto(`${env.relay.base}/c/${id}/design/results`);
  await page.getByLabel('Description of the new result').fill('A list of indicators');
  await page.getByLabel('Indicator of the new result').fill('Five indicators agreed');
  await page.getByRole('button', { name: 'Add expected result' }).click();
  await page.getByLabel('Description', { exact: true }).first().waitFor(WAIT);
  await page.goto(`${env.relay.base}/c/${id}/implementation/plan`);
  await page.locator('#new-action-text').fill(ACTION);
  await page.getByLabel('Expected result').selectOption({ label: 'A list of indicators' });
  await page.getByLabel('Owner').selectOption({ label: 'Ana' });
  await page.locator('#new-action-due').fill('2031-04-01');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await page.getByTestId('action-item').waitFor(WAIT);

  // 1. A discussion, then its plan edited after creation.
  await page.goto(`${env.relay.base}/c/${id}/discussions`);
  await page.getByLabel('Discussion title').fill('Referral indicators');
  await page.getByLabel('Guiding question').fill(QUESTION);
  await page.getByLabel('Maximum words per post').fill('20');
  await page.getByRole('button', { name: 'Create discussion' }).click();
  await page.getByTestId('discussion-list').getByRole('link', { name: 'Referral indicators' }).click();
  await page.waitForURL(`**/c/${id}/discussions/*`, WAIT);
  const threadUrl = page.url();
  await page.getByLabel('Your post').fill('Welcome, please share what you collect');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByTestId('post').getByText('Welcome, please share').waitFor(WAIT);

  const plan = page.getByTestId('plan-editor');
  await plan.getByLabel('Objective of the discussion').fill('Agree on referral indicators');
  await page.getByTestId('discussion-objective').getByText('Agree on referral indicators').waitFor(WAIT);
  await plan.getByLabel('Maximum words per post').fill('-3');
  await plan.getByRole('button', { name: 'Save guidelines' }).click();
  await page.locator('#plan-guidelines-error').getByText('Enter a whole number, or leave it empty.').waitFor(WAIT);
  await plan.getByLabel('Language of the posts').fill('Spanish or Portuguese');
  await plan.getByLabel('Maximum words per post').fill('50');
  await plan.getByLabel('How to address others').fill('Quote the post you answer');
  await plan.getByRole('button', { name: 'Save guidelines' }).click();
  await page.getByTestId('max-words').getByText('50').waitFor(WAIT);
  await page.getByTestId('guidelines').getByText('Quote the post you answer').waitFor(WAIT);
  assert.equal(await page.locator('#plan-guidelines-error').innerText(), '');
  await plan.getByLabel('Opening date').fill('2030-03-01');
  await plan.getByLabel('Closing date').fill('2030-04-15');
  await page.getByTestId('schedule-open').getByText('2030-03-01').waitFor(WAIT);
  await page.getByTestId('schedule-closed').getByText('2030-04-15').waitFor(WAIT);
  assert.equal(await page.getByTestId('schedule-planned').innerText(), 'No date set');
  await plan.getByLabel('Stage', { exact: true }).selectOption('closing');
  await plan.getByRole('button', { name: 'Change stage' }).click();
  await page.getByTestId('discussion-stage').getByText('Stage: Closing').waitFor(WAIT);
  await plan.getByLabel('Stage', { exact: true }).selectOption('open');
  await plan.getByRole('button', { name: 'Change stage' }).click();
  await page.getByTestId('discussion-stage').getByText('Stage: Open').waitFor(WAIT);

  // 2. Sub-groups: refused without a name; added with Eva, renamed; another removed.
  const add = page.getByTestId('add-subgroup');
  await add.getByRole('button', { name: 'Add sub-group' }).click();
  await page.locator('#new-subgroup-error').getByText('Give the sub-group a name.').waitFor(WAIT);
  await add.getByLabel('Sub-group name').fill('Andes');
  await add.getByLabel('Eva Díaz').check();
  await add.getByRole('button', { name: 'Add sub-group' }).click();
  const andes = page.getByTestId('subgroup').filter({ hasText: 'Andes' });
  await andes.getByTestId('subgroup-members').getByText('Eva Díaz').waitFor(WAIT);
  await andes.getByLabel('Sub-group name').fill('Andean region');
  await andes.getByRole('button', { name: 'Save sub-group Andes' }).click();
  await page.getByTestId('subgroup-name').getByText('Andean region', { exact: true }).waitFor(WAIT);
  await add.getByLabel('Sub-group name').fill('Coast');
  await add.getByRole('button', { name: 'Add sub-group' }).click();
  await page.getByRole('button', { name: 'Remove sub-group Coast' }).click();
  await eventually('one sub-group left', async () => (await page.getByTestId('subgroup').count()) === 1);
  await waitSynced(page);

  // 3. The participant sees the plan and her sub-group, no moderation, and posts offline.
  await eva.page.goto(threadUrl);
  await eva.page.getByTestId('subgroup-name').getByText('Andean region').waitFor(WAIT);
  assert.equal(await eva.page.getByTestId('subgroup-members').innerText(), 'Eva Díaz');
  await eva.page.getByTestId('schedule-open').getByText('2030-03-01').waitFor(WAIT);
  await eva.page.getByTestId('discussion-objective').getByText('Agree on referral indicators').waitFor(WAIT);
  for (const hidden of ['moderation', 'plan-editor', 'add-subgroup', 'participant-notes', 'summary-form']) {
    assert.equal(await eva.page.getByTestId(hidden).count(), 0, `${hidden} hidden from a participant`);
  }
  assert.equal(await eva.page.getByRole('button', { name: /Save sub-group|Remove sub-group/ }).count(), 0);
  await waitSynced(eva.page);
  await eva.context.setOffline(true);
  await eva.page.getByTestId('connection-state').and(eva.page.locator('[data-state="offline"]')).waitFor(WAIT);
  await eva.page.getByLabel('Your post').fill(EVA_POST);
  await eva.page.getByRole('button', { name: 'Post', exact: true }).click();
  await eva.page.getByTestId('post').getByText(EVA_POST).waitFor(WAIT);
  await eva.page.getByRole('button', { name: 'Reply to Ana' }).click();
  await eva.page.getByLabel('Your reply').fill(EVA_REPLY);
  await eva.page.getByRole('button', { name: 'Send reply' }).click();
  await eva.page.getByTestId('post').getByText(EVA_REPLY).waitFor(WAIT);
  await eva.context.setOffline(false);
  await waitSynced(eva.page, 30_000);
  await page.getByTestId('post').getByText(EVA_REPLY).waitFor(WAIT);

  // 4. The moderator records what Eva knows and is interested in.
  const evaNotes = page.getByTestId('participant-notes').getByRole('group', { name: 'Eva Díaz' });
  await evaNotes.getByLabel('Knowledge, experience and interests').fill(NOTE);

  // 5. The thread grows: no prompt at 7 posts, a prompt at 8; the interim summary is
  // posted, lands at the end of the timeline and the prompt goes away.
  for (const n of [1, 2, 3, 4, 5]) {
    if (n === 5) {
      await page.getByTestId('post').getByText('Point 4 of the moderator').waitFor(WAIT);
      assert.equal(await page.getByTestId('summary-suggestion').count(), 0, 'no prompt at 7 posts');
    }
    await page.getByLabel('Your post').fill(`Point ${n} of the moderator`);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
  }
  const prompt = page.getByTestId('summary-suggestion');
  await prompt.getByText('Posts since the last summary: 8').waitFor(WAIT);
  await prompt.getByRole('link', { name: 'Write an interim summary' }).click();
  await page.waitForFunction(() => location.hash === '#interim-summary-text', null, WAIT);
  const summaryForm = page.getByTestId('summary-form');
  await summaryForm.getByLabel('Text of the interim summary').fill(INTERIM);
  await summaryForm.getByLabel(`Eva Díaz: ${EVA_POST}`).check();
  await summaryForm.getByRole('button', { name: 'Post interim summary' }).click();
  const interim = page.getByTestId('interim-summary');
  await interim.getByText(INTERIM).waitFor(WAIT);
  await interim.getByRole('heading', { name: 'Interim summary by Ana' }).waitFor(WAIT);
  await interim.getByRole('link', { name: /Post by Eva Díaz/ }).waitFor(WAIT);
  await eventually('the prompt to go once summarised', async () => (await prompt.count()) === 0);
  assert.equal((await timelineKinds(page)).at(-1), 'summary');

  // 6. Eva sees the summary in place after sync.
  await eva.page.getByTestId('interim-summary').getByText(INTERIM).waitFor(WAIT);
  assert.deepEqual(await timelineKinds(eva.page), ['post', 'post', 'post', 'post', 'post', 'post', 'post', 'summary']);

  // 7. Keyed thread: Eva, by keyboard, opens a reply and types; Ana's post arrives; the
  // form is still open with the text and the focus where Eva left them.
  await eva.page.getByTestId('post').filter({ hasText: 'Welcome, please share' }).first()
    .getByRole('button', { name: 'Reply to Ana' }).first().focus();
  await eva.page.keyboard.press('Enter');
  const replyBox = eva.page.getByLabel('Your reply');
  await replyBox.waitFor(WAIT);
  await eva.page.keyboard.press('Tab');
  await eva.page.keyboard.type(TYPING);
  assert.equal(await replyBox.inputValue(), TYPING, 'typed by keyboard into the reply');
  await page.getByLabel('Your post').fill('A remote post arrives');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await eva.page.getByTestId('post').getByText('A remote post arrives').waitFor(WAIT);
  assert.equal(await replyBox.count(), 1, 'the reply form is still open');
  assert.equal(await replyBox.inputValue(), TYPING, 'the typed reply survives a remote post');
  assert.ok(await replyBox.evaluate((el) => el === document.activeElement), 'the reply keeps the focus');
  await eva.page.keyboard.press('Tab');
  await eva.page.keyboard.press('Enter'); // "Send reply", next in the tab order
  await eva.page.getByTestId('post').filter({ hasText: 'Welcome, please share' }).first()
    .getByTestId('post').getByText(TYPING).waitFor(WAIT);

  // 8. axe on the thread with every moderation tool, in English and Spanish.
  await page.getByTestId('post').getByText(TYPING).waitFor(WAIT);
  await assertAxeClean(page, 'thread with moderation, English');
  await assertAxeClean(eva.page, 'thread, participant, English');
  await page.locator('#language-select').selectOption('es');
  await page.getByRole('heading', { name: 'Subgrupos' }).waitFor(WAIT);
  await page.getByRole('heading', { name: 'Síntesis parcial de Ana' }).waitFor(WAIT);
  await assertAxeClean(page, 'thread with moderation, Spanish');
  await page.locator('#language-select').selectOption('en');
  await page.getByRole('heading', { name: 'Sub-groups' }).waitFor(WAIT);

  // 9. Closing with a summary and a follow-up action; everyone sees the follow-up.
  const close = page.getByTestId('close-form');
  await close.getByLabel('Articulated summary').fill('Referrals join home visits as a shared indicator');
  await close.getByLabel(`Eva Díaz: ${EVA_POST}`).check();
  await close.getByLabel(ACTION).check();
  await close.getByRole('button', { name: 'Close the discussion' }).click();
  for (const p of [page, eva.page]) {
    await p.getByTestId('closing-summary').getByText('This discussion is closed.').waitFor(WAIT);
    await p.getByTestId('follow-ups').getByRole('link', { name: ACTION }).waitFor(WAIT);
  }
  assert.equal(await eva.page.getByRole('button', { name: 'Save follow-up actions' }).count(), 0);
  assert.equal(await page.getByTestId('add-subgroup').count(), 0, 'no grouping once closed');
  // After the close the moderator can still unlink and link follow-ups.
  const followUps = page.getByTestId('closing-summary');
  await followUps.getByLabel(ACTION).uncheck();
  await followUps.getByRole('button', { name: 'Save follow-up actions' }).click();
  await eva.page.getByText('No follow-up actions linked.').waitFor(WAIT);
  await followUps.getByLabel(ACTION).check();
  await followUps.getByRole('button', { name: 'Save follow-up actions' }).click();
  await eva.page.getByTestId('follow-ups').getByRole('link', { name: ACTION }).waitFor(WAIT);
  // The notes stay for the moderator after the close, and show on Eva's profile.
  assert.equal(await evaNotes.getByLabel('Knowledge, experience and interests').inputValue(), NOTE);
  await assertAxeClean(page, 'closed thread with follow-ups');
  await page.getByRole('link', { name: 'Profile of Eva Díaz' }).click();
  await page.getByTestId('profile-notes').getByText(NOTE).waitFor(WAIT);
  await page.goBack();
  await page.getByTestId('follow-ups').waitFor(WAIT);

  // 10. Everything is there after a reload with the relay stopped.
  for (const p of [page, eva.page]) {
    await p.waitForFunction(() => navigator.serviceWorker?.controller != null, null, WAIT);
    await waitSynced(p);
  }
  await page.waitForTimeout(1000); // past the debounced save to IndexedDB
  await env.relay.stop();
  try {
    for (const p of [page, eva.page]) {
      await p.reload();
      await p.getByTestId('subgroup-name').getByText('Andean region').waitFor(WAIT);
      await p.getByTestId('schedule-closed').getByText('2030-04-15').waitFor(WAIT);
      await p.getByTestId('max-words').getByText('50').waitFor(WAIT);
      await p.getByTestId('interim-summary').getByText(INTERIM).waitFor(WAIT);
      await p.getByTestId('post').getByText(TYPING).waitFor(WAIT);
      await p.getByTestId('follow-ups').getByRole('link', { name: ACTION }).waitFor(WAIT);
    }
    await eventually('the notes after reload', async () =>
      (await evaNotes.getByLabel('Knowledge, experience and interests').inputValue()) === NOTE);
  } finally {
    await env.relay.restart();
  }
  const offline = /WebSocket|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED/;
  assert.deepEqual([...leader.errors, ...eva.errors].filter((e) => !offline.test(e)), []);
});

// A post's body is one string in the document (a community of thousands of posts loads
// 20 times faster than with character-wise text): two members editing one post offline
// leave two versions side by side, and nobody's words are lost until one is kept.
test('discussions: a post edited in two places offline keeps both versions until its author keeps one', async () => {
  const { leader, eva, id } = await setUp();
  const { page } = leader;
  await page.getByTestId('phase-two-progress').getByRole('link', { name: 'Discussions', exact: true }).click();
  await page.waitForURL(`**/c/${id}/discussions`, WAIT);
  await page.getByLabel('Discussion title').fill('Shared indicators');
  await page.getByLabel('Guiding question').fill(QUESTION);
  await page.getByRole('button', { name: 'Create discussion' }).click();
  await page.getByTestId('discussion-list').getByRole('link', { name: 'Shared indicators' }).click();
  await page.waitForURL(`**/c/${id}/discussions/*`, WAIT);
  await eva.page.goto(page.url());
  await eva.page.getByLabel('Your post').fill(EVA_POST);
  await eva.page.getByRole('button', { name: 'Post', exact: true }).click();
  await waitSynced(eva.page);
  await page.getByTestId('post').getByText(EVA_POST).waitFor(WAIT);
  await waitSynced(page);

  // Both edit Eva's post offline: she adds a detail, Ana (the leader) corrects it.
  const MINE = `${EVA_POST}, and referrals`;
  const ANAS = 'We count home visits every week';
  await setOffline(eva, true);
  await setOffline(leader, true);
  for (const [p, text] of [[eva.page, MINE], [page, ANAS]]) {
    await p.getByTestId('post').getByTestId('post-edit').click();
    await p.getByLabel('Text of the post').fill(text);
    await p.getByRole('button', { name: 'Save the post' }).click();
    await p.getByTestId('post').getByText(text).waitFor(WAIT);
  }
  await setOffline(eva, false);
  await setOffline(leader, false);

  // Each sees both versions, each with who wrote it; nobody may edit over them.
  for (const p of [page, eva.page]) {
    const versions = p.getByTestId('post-versions');
    await versions.waitFor(WAIT);
    await eventually('both versions', async () => (await versions.getByTestId('post-version').count()) === 2);
    const text = await versions.innerText();
    assert.match(text, new RegExp(`${MINE}\\s+by Eva Díaz`));
    assert.match(text, new RegExp(`${ANAS}\\s+by Ana`));
    assert.equal(await p.getByTestId('post').getByTestId('post-edit').count(), 0, 'no edit over the versions');
  }
  await assertAxeClean(eva.page, 'post with two versions');

  // Eva keeps hers; for both the post is one text again, and hers.
  await eva.page.getByRole('button', { name: 'Keep this version (by Eva Díaz)' }).click();
  for (const p of [eva.page, page]) {
    await p.getByTestId('post-versions').waitFor({ state: 'detached', ...WAIT });
    await p.getByTestId('post').getByText(MINE).waitFor(WAIT);
    assert.equal(await p.getByTestId('post').getByText(ANAS).count(), 0);
  }
  await eva.page.getByTestId('post').getByTestId('post-edit').waitFor(WAIT);
  assert.deepEqual([...leader.errors, ...eva.errors].filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
