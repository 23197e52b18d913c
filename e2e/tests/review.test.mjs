// The moderator's review of contributions merged after connectivity returns: two
// participants work offline (each posts and sets the same expected result's status
// differently), reconnect; the leader sees both in "Since you were away", named, by
// section, with the conflict and who chose what; she settles the conflict there and
// hides one post with a reason; the participants see the outcome (the author with the
// reason, the other only that it was hidden). She also marks a contribution reviewed
// and returns a post to its author with a comment; the author edits it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, waitSynced, eventually, assertAxeClean, leaderOfNewCommunity, confirmedParticipant, setOffline,
} from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const env = relayAndBrowser({ before, after });

const EVA_POSTS = ['Home visits are counted monthly', 'Referrals are not tracked yet'];
const LUIS_POST = 'Selling a used motorbike, ask me';
const REASON = 'Not about indicators';

test('review: offline posts and a conflicting status reach the moderator by member and section; she settles it and hides a post', async () => {
  // Ana leads: one expected result, one discussion, two confirmed participants.
  const { leader: ana, id } = await leaderOfNewCommunity(env.browser, env.relay,
    'CoP on telemedicine indicators', 'No shared indicators');
  const { page } = ana;
  await page.goto(`${env.relay.base}/c/${id}/design/results`);
  await page.getByLabel('Description of the new result').fill('Five shared indicators');
  await page.getByLabel('Indicator of the new result').fill('Indicators agreed');
  await page.getByRole('button', { name: 'Add expected result' }).click();
  await page.getByLabel('Description', { exact: true }).first().waitFor(WAIT);
  await page.goto(`${env.relay.base}/c/${id}/discussions`);
  await page.getByLabel('Discussion title').fill('Indicators for telemedicine');
  await page.getByLabel('Objective of the discussion').fill('Agree on five indicators');
  await page.getByLabel('Guiding question').fill('What do you measure today?');
  await page.getByRole('button', { name: 'Create discussion' }).click();
  const link = page.getByTestId('discussion-list').getByRole('link', { name: 'Indicators for telemedicine' });
  await link.waitFor(WAIT);
  await link.click();
  await page.waitForURL(`**/c/${id}/discussions/*`, WAIT);
  const threadUrl = page.url();
  const eva = await confirmedParticipant(env.browser, env.relay, page, id, 'Eva Díaz');
  const luis = await confirmedParticipant(env.browser, env.relay, page, id, 'Luis Gómez');
  await page.goto(`${env.relay.base}/c/${id}`);

  // Ana's first visit was her starting point: since then the two registered.
  const review = page.getByTestId('review');
  await review.getByText('Eva Díaz added a registration').waitFor(WAIT);
  await review.getByText('Luis Gómez added a registration').waitFor(WAIT);
  await review.getByTestId('review-mark-all').click();
  await review.getByText('Nothing new since your last review.').waitFor(WAIT);
  await waitSynced(page);

  // Both participants go offline on the results page, each sets the status differently,
  // then move to the thread (in-app links, no network) and post.
  for (const [member, status, posts] of [[eva, 'achieved', EVA_POSTS], [luis, 'in_progress', [LUIS_POST]]]) {
    await member.page.goto(`${env.relay.base}/c/${id}/design/results`);
    await member.page.getByLabel('Status').first().waitFor(WAIT);
    await waitSynced(member.page);
    await setOffline(member, true);
    await member.page.getByLabel('Status').first().selectOption(status);
    await member.page.evaluate((url) => { history.pushState({}, '', url); dispatchEvent(new PopStateEvent('popstate')); }, threadUrl);
    await member.page.getByTestId('pinned-question').waitFor(WAIT);
    for (const body of posts) {
      await member.page.getByLabel('Your post').fill(body);
      await member.page.getByRole('button', { name: 'Post', exact: true }).click();
      await member.page.getByTestId('post').getByText(body).waitFor(WAIT);
    }
  }
  await setOffline(eva, false);
  await setOffline(luis, false);

  // Ana sees both, named, by section, with the conflict and who chose what.
  await review.getByTestId('review-summary').getByText(/contributions from 2 members/).waitFor(WAIT);
  const evas = review.getByTestId('review-author').filter({ hasText: 'Eva Díaz' });
  const luiss = review.getByTestId('review-author').filter({ hasText: 'Luis Gómez' });
  await evas.getByText('Eva Díaz added 2 posts to Indicators for telemedicine').waitFor(WAIT);
  await evas.getByText('Eva Díaz changed expected result 1').waitFor(WAIT);
  await luiss.getByText('Luis Gómez added a post to Indicators for telemedicine').waitFor(WAIT);
  await luiss.getByText('Luis Gómez changed expected result 1').waitFor(WAIT);
  for (const body of EVA_POSTS) await evas.getByTestId('review-post').getByText(body).waitFor(WAIT);
  assert.equal(await review.getByTestId('review-author').count(), 2, 'one block per member');
  const conflict = review.getByTestId('review-conflict');
  await conflict.waitFor(WAIT);
  const conflictText = await conflict.innerText();
  assert.match(conflictText, /“Achieved” by Eva Díaz/);
  assert.match(conflictText, /“In progress” by Luis Gómez/);
  await assertAxeClean(page, 'overview with the review');

  // She keeps Luis's value there; the conflict is gone for everyone.
  await conflict.getByRole('button', { name: 'Choose “In progress”' }).click();
  await conflict.waitFor({ state: 'detached', ...WAIT });
  await eventually('the chosen status on Eva\'s results page', async () => {
    await eva.page.goto(`${env.relay.base}/c/${id}/design/results`);
    const value = await eva.page.getByLabel('Status').first().inputValue({ timeout: 5_000 });
    const conflicts = await eva.page.locator('[data-testid="conflict"]').count();
    return value === 'in_progress' && conflicts === 0;
  }, { timeout: 30_000, interval: 1_000 });

  // She marks Eva's change of the result reviewed, and returns one of Eva's posts with a
  // comment; Eva reads it on her post and edits the post, which settles the return.
  const evaResult = evas.getByTestId('review-item').filter({ hasText: 'changed expected result 1' });
  await evaResult.getByTestId('review-mark').click();
  await evaResult.getByTestId('review-reviewed').getByText('Reviewed by Ana').waitFor(WAIT);
  const second = evas.getByTestId('review-post').filter({ hasText: EVA_POSTS[1] });
  await second.getByTestId('review-return').click();
  await second.getByLabel('Comment for the author').fill('Which services? Please name them');
  await second.getByRole('button', { name: 'Return the post' }).click();
  await second.getByTestId('review-return').waitFor(WAIT);
  await eva.page.goto(threadUrl);
  const returned = eva.page.getByTestId('post').filter({ hasText: EVA_POSTS[1] });
  await returned.getByTestId('post-returned').getByText('Returned by Ana: Which services? Please name them').waitFor(WAIT);
  await returned.getByTestId('post-edit').click();
  await returned.getByLabel('Text of the post').fill(`${EVA_POSTS[1]} in Cusco and Puno`);
  await returned.getByRole('button', { name: 'Save the post' }).click();
  await returned.getByText(`${EVA_POSTS[1]} in Cusco and Puno`).waitFor(WAIT);
  await returned.getByTestId('post-returned').waitFor({ state: 'detached', ...WAIT });

  // She hides Luis's post with a reason.
  await page.goto(threadUrl);
  await page.getByText(`${EVA_POSTS[1]} in Cusco and Puno`).waitFor(WAIT);
  const offTopic = page.getByTestId('post').filter({ hasText: LUIS_POST });
  await offTopic.getByTestId('post-hide').click();
  await offTopic.getByLabel('Reason (the author sees it)').fill(REASON);
  await offTopic.getByRole('button', { name: 'Hide the post' }).click();
  await offTopic.getByTestId('post-hidden').getByText(`Hidden by Ana: ${REASON}`).waitFor(WAIT);

  // The author reads why; the other participant reads only that it was hidden.
  await luis.page.goto(threadUrl);
  const luisView = luis.page.getByTestId('post').filter({ hasText: LUIS_POST });
  await luisView.getByTestId('post-hidden').getByText(`Hidden by Ana: ${REASON}`).waitFor(WAIT);
  await eva.page.goto(threadUrl);
  await eva.page.getByTestId('post').getByText(EVA_POSTS[0]).waitFor(WAIT);
  await eva.page.getByTestId('post-hidden').getByText('A moderator hid this post.').waitFor(WAIT);
  assert.equal(await eva.page.getByText(LUIS_POST).count(), 0, 'the hidden text is not shown to others');
  assert.equal(await eva.page.getByTestId('post-hide').count(), 0, 'participants cannot hide');
  await assertAxeClean(eva.page, 'thread with a hidden post');

  // Participation names the members who took part, with their posts.
  await page.goto(`${env.relay.base}/c/${id}`);
  const participation = page.getByTestId('participation');
  for (const [name, posts] of [['Eva Díaz', '2'], ['Luis Gómez', '1']]) {
    const row = participation.getByTestId('participation-row').filter({ hasText: name });
    await row.waitFor(WAIT);
    assert.equal(await row.locator('td').nth(1).innerText(), posts);
    assert.ok(Number(await row.locator('td').nth(0).innerText()) >= 3, `${name} made several changes`);
  }

  // Marking all as reviewed empties the review.
  await review.getByTestId('review-mark-all').click();
  await review.getByText('Nothing new since your last review.').waitFor(WAIT);
  assert.deepEqual([...ana.errors, ...eva.errors, ...luis.errors], []);
});
