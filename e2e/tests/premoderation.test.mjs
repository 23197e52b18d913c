// Pre-moderation of interim summaries in the browser. The leader makes the call public
// and the pre-moderation box shows its default (on), which a participant may not
// change (translated refusal). In a discussion, the participant proposes a summary
// while offline ("sent to the moderators"), reconnects; the leader sees it waiting,
// returns it with a comment (a comment is required); the participant reads the comment
// and who made it, revises and sends it again; the leader accepts it; both see it as an
// interim summary in the timeline. Axe finds no WCAG 2.1 AA violation on the thread, and
// no page reports an error.
//
// Then with pre-moderation turned off by the leader, the participant's summary is
// published at once, with no proposal for anyone to decide; a post the leader hid is
// not offered to the participant to cite.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, newMember, waitSynced, assertAxeClean, leaderOfNewCommunity, confirmedParticipant, setOffline,
} from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const WELCOME = 'Welcome, please share what you collect';
const FIRST = 'Home visits are counted everywhere';
const COMMENT = 'Please say which services count referrals';
const REVISED = 'Home visits are counted everywhere; referrals only in Cusco and Puno';
const PREMODERATION = /pre-moderation/;
const OFF_TOPIC = 'Selling a used motorbike, ask me';

const env = relayAndBrowser({ before, after });

/** A leader ("me" on this device, Ana) and a participant (Eva) the leader confirmed. */
async function setUp() {
  const { leader, id } = await leaderOfNewCommunity(env.browser, env.relay,
    'CoP on maternal health indicators', 'Deaths are counted differently');
  // Eva comes in through an invitation (the call is not public yet), then registers.
  const eva = await confirmedParticipant(env.browser, env.relay, leader.page, id, 'Eva Díaz');
  return { leader, eva, id };
}

/** The leader makes the call public; pre-moderation shows on, its default then. */
async function publicCall(page, id) {
  await page.goto(`${env.relay.base}/c/${id}/design/members`);
  const box = page.getByLabel(PREMODERATION);
  await box.waitFor(WAIT);
  assert.equal(await box.isChecked(), false, 'off while no call is decided');
  await page.getByLabel('Public: anyone may answer the call').check();
  await page.waitForFunction(() => document.querySelector('#premoderation')?.checked === true, null, WAIT);
  await waitSynced(page);
}

/** The leader plans and opens a discussion with one post, and returns its address. */
async function discussion(page, id, title) {
  await page.goto(`${env.relay.base}/c/${id}/discussions`);
  await page.getByLabel('Discussion title').fill(title);
  await page.getByLabel('Guiding question').fill('Which indicators do your services already collect?');
  await page.getByRole('button', { name: 'Create discussion' }).click();
  await page.getByTestId('discussion-list').getByRole('link', { name: title }).click();
  await page.waitForURL(`**/c/${id}/discussions/*`, WAIT);
  await page.getByLabel('Your post').fill(WELCOME);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByTestId('post').getByText(WELCOME).waitFor(WAIT);
  await waitSynced(page);
  return page.url();
}


test('pre-moderation: a participant proposes offline, the leader returns it with a comment, she revises, he accepts', async () => {
  const { leader, eva, id } = await setUp();
  const { page } = leader;
  await publicCall(page, id);

  // Only the leader decides pre-moderation: Eva's click is refused and the box keeps the setting.
  await eva.page.goto(`${env.relay.base}/c/${id}/design/members`);
  const evaBox = eva.page.getByLabel(PREMODERATION);
  await eva.page.waitForFunction(() => document.querySelector('#premoderation')?.checked === true, null, WAIT);
  await evaBox.click();
  await eva.page.locator('#premoderation-error[role="alert"]').getByText('Only a leader can do this.').waitFor(WAIT);
  assert.equal(await evaBox.isChecked(), true, 'a refused click leaves the box as the setting stands');

  const threadUrl = await discussion(page, id, 'Shared indicators');
  assert.equal(await page.getByTestId('propose-summary').count(), 0, 'moderators keep their own summary form');
  await page.getByTestId('summary-form').waitFor(WAIT);

  // 1. Eva proposes a summary while offline.
  await eva.page.goto(threadUrl);
  await eva.page.getByTestId('post').getByText(WELCOME).waitFor(WAIT);
  await waitSynced(eva.page);
  const propose = eva.page.getByTestId('propose-summary');
  await propose.getByText('Pre-moderation is on').waitFor(WAIT);
  await setOffline(eva, true);
  await propose.getByRole('button', { name: 'Propose the summary' }).click();
  await eva.page.locator('#propose-summary-error').getByText('Write the summary first.').waitFor(WAIT);
  await propose.getByLabel('Text of your summary').fill(FIRST);
  await propose.getByLabel(`Ana: ${WELCOME}`).check();
  await propose.getByRole('button', { name: 'Propose the summary' }).click();
  await propose.getByTestId('propose-outcome').getByText('Sent to the moderators for acceptance.').waitFor(WAIT);
  assert.equal(await eva.page.locator('#propose-summary-error').innerText(), '');
  const evaProposal = eva.page.getByTestId('proposal');
  await evaProposal.getByTestId('proposal-text').getByText(FIRST).waitFor(WAIT);
  await evaProposal.getByTestId('proposal-state').getByText('Waiting for a moderator’s acceptance').waitFor(WAIT);
  assert.equal(await eva.page.getByTestId('interim-summary').count(), 0, 'not published yet');
  assert.equal(await evaProposal.getByRole('button', { name: /^Accept/ }).count(), 0, 'authors do not accept their own');
  await assertAxeClean(eva.page, 'thread, participant, proposal waiting');
  await setOffline(eva, false);

  // 2. The leader sees it waiting and returns it; a comment is required.
  const waiting = page.getByTestId('proposal').filter({ hasText: FIRST });
  await waiting.waitFor(WAIT);
  await waiting.getByRole('heading', { name: 'Summary proposed by Eva Díaz' }).waitFor(WAIT);
  await assertAxeClean(page, 'thread, leader, proposal waiting');
  const giveBack = waiting.getByRole('button', { name: 'Return with a comment on the summary proposed by Eva Díaz' });
  await giveBack.click();
  await waiting.locator('[role="alert"]').getByText('Write a comment saying what to change.').waitFor(WAIT);
  await waiting.getByLabel(/Comment to the author/).fill(COMMENT);
  await giveBack.click();
  await page.getByTestId('proposals').waitFor({ state: 'detached', ...WAIT });

  // 3. Eva reads the comment and who made it, revises and sends it again.
  await evaProposal.getByTestId('proposal-state')
    .getByText(`Returned by Ana with this comment: ${COMMENT}`).waitFor(WAIT);
  await assertAxeClean(eva.page, 'thread, participant, proposal returned');
  await evaProposal.getByLabel('Revised summary').fill(REVISED);
  await evaProposal.getByRole('button', { name: 'Send again' }).click();
  await evaProposal.getByTestId('proposal-state').getByText('Waiting for a moderator’s acceptance').waitFor(WAIT);
  await evaProposal.getByTestId('proposal-text').getByText(REVISED).waitFor(WAIT);

  // 4. The leader accepts the revision.
  const revised = page.getByTestId('proposal').filter({ hasText: REVISED });
  await revised.waitFor(WAIT);
  await revised.getByRole('button', { name: 'Accept the summary proposed by Eva Díaz' }).click();
  await page.getByTestId('proposals').waitFor({ state: 'detached', ...WAIT });

  // 5. Both see it as an interim summary in the timeline, citing Ana's post.
  for (const p of [page, eva.page]) {
    const summary = p.getByTestId('interim-summary');
    await summary.getByText(REVISED).waitFor(WAIT);
    await summary.getByText('Interim summary by Eva Díaz').waitFor(WAIT);
    await summary.getByRole('link', { name: /Post by Ana/ }).waitFor(WAIT);
  }
  await evaProposal.getByTestId('proposal-state').getByText('Accepted').waitFor(WAIT);
  assert.equal(await evaProposal.getByRole('button').count(), 0, 'nothing left to do on an accepted proposal');
  await assertAxeClean(page, 'thread, leader, summary accepted');
  await assertAxeClean(eva.page, 'thread, participant, summary accepted');

  // Someone who opens the public community without registering reads the thread, and
  // is told why their post is refused: they are not a member yet.
  const visitor = await newMember(env.browser);
  await visitor.page.goto(threadUrl);
  await visitor.page.getByTestId('post').getByText(WELCOME).waitFor(WAIT);
  await visitor.page.getByLabel('Your post').fill('May I join this discussion?');
  await visitor.page.getByRole('button', { name: 'Post', exact: true }).click();
  await visitor.page.locator('#post-error-new').getByText('Only members of the community can do this').waitFor(WAIT);
  assert.deepEqual([...leader.errors, ...eva.errors, ...visitor.errors], []);
  await visitor.context.close();
});

test('pre-moderation off: the participant’s summary is published at once', async () => {
  const { leader, eva, id } = await setUp();
  const { page } = leader;
  await publicCall(page, id);
  await page.getByLabel(PREMODERATION).uncheck();
  await page.waitForFunction(() => document.querySelector('#premoderation')?.checked === false, null, WAIT);
  assert.equal(await page.locator('#premoderation-error').innerText(), '');
  const threadUrl = await discussion(page, id, 'Referral indicators');
  // A post the leader hides is not offered to cite: its text is not for participants.
  await page.getByLabel('Your post').fill(OFF_TOPIC);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  const offTopic = page.getByTestId('post').filter({ hasText: OFF_TOPIC });
  await offTopic.getByTestId('post-hide').click();
  await offTopic.getByLabel('Reason (the author sees it)').fill('Not about indicators');
  await offTopic.getByRole('button', { name: 'Hide the post' }).click();
  await offTopic.getByTestId('post-hidden').waitFor(WAIT);
  await waitSynced(page);

  await eva.page.goto(threadUrl);
  await eva.page.getByTestId('post').getByText(WELCOME).waitFor(WAIT);
  await eva.page.getByTestId('post-hidden').getByText('A moderator hid this post.').waitFor(WAIT);
  const propose = eva.page.getByTestId('propose-summary');
  await propose.getByLabel(`Ana: ${WELCOME}`).waitFor(WAIT);
  assert.equal(await eva.page.getByText(OFF_TOPIC).count(), 0, 'the hidden text is not shown, not even to cite');
  await propose.getByText('Your summary appears in the timeline at once.').waitFor(WAIT);
  await propose.getByLabel('Text of your summary').fill(FIRST);
  await propose.getByRole('button', { name: 'Propose the summary' }).click();
  await propose.getByTestId('propose-outcome').getByText('Published: your summary is in the timeline.').waitFor(WAIT);
  for (const p of [eva.page, page]) {
    await p.getByTestId('interim-summary').getByText(FIRST).waitFor(WAIT);
    assert.equal(await p.getByTestId('proposal').count(), 0, 'no proposal to decide');
  }
  await assertAxeClean(eva.page, 'thread, participant, published at once');
  assert.deepEqual([...leader.errors, ...eva.errors], []);
});
