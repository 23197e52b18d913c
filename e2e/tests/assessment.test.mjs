// Phase III's assessment in the browser. The leader takes a new community through
// Phase II into Phase III and opens the final assessment (the method's questions). A
// confirmed participant, told first that answers are not anonymous, answers offline (a
// scale question and an open one) and reconnects. The leader sees one response, the
// response rate, the chart and the table counting her answer, and her open answer with
// her name; an answered question cannot be removed (translated refusal). The leader
// closes the assessment: the participant can no longer answer and now reads the
// results. Axe finds no WCAG 2.1 AA violation, and no page reports an error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, waitSynced, eventually, assertAxeClean, leaderOfNewCommunity, confirmedParticipant, setOffline,
} from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const OBJECTIVE = 'How satisfied are you with how the community performed against its objective?';
const KEEP_ANSWER = 'The monthly calls with the district teams';

const env = relayAndBrowser({ before, after });

/** With PRAXIS_SHOTS set to a directory, saves a full-page screenshot there (for review). */
async function shot(page, name) {
  if (process.env.PRAXIS_SHOTS) await page.screenshot({ path: `${process.env.PRAXIS_SHOTS}/${name}.png`, fullPage: true });
}

/** The leader starts Phase II (confirming the incomplete design), then Phase III. */
async function intoPhaseThree(page, id) {
  await page.goto(`${env.relay.base}/c/${id}`);
  await page.getByLabel('I confirm that we start with an incomplete design').check();
  await page.getByRole('button', { name: 'Start Phase II' }).click();
  await page.getByTestId('phase-two-started').waitFor(WAIT);
  await page.getByTestId('start-conclusion').click();
  // In-app navigation: a reload could beat the debounced save.
  await page.getByTestId('phase-three-pages').getByRole('link', { name: 'Assessment' }).click();
  await page.waitForURL(`**/c/${id}/conclusion/assessment`, WAIT);
}

test('final assessment: answered offline, results charted and tabled, answered questions kept, closed', async () => {
  const started = Date.now();
  const { leader, id } = await leaderOfNewCommunity(env.browser, env.relay,
    'CoP on maternal health indicators', 'Deaths are counted differently');
  const eva = await confirmedParticipant(env.browser, env.relay, leader.page, id, 'Eva Díaz');
  const { page } = leader;
  await intoPhaseThree(page, id);

  // 1. The leader opens the final assessment: the method's questions, in English.
  await page.getByTestId('open-final-assessment').click();
  await page.waitForURL(/\?a=/, WAIT);
  await page.getByTestId('final-assessments').getByTestId('assessment-item').waitFor(WAIT);
  await page.locator('#question-objective-text').waitFor(WAIT);
  assert.equal(await page.locator('#question-objective-text').inputValue(), OBJECTIVE);
  assert.equal(await page.getByTestId('open-final-assessment').count(), 0, 'one final assessment only');
  await waitSynced(page);

  // 2. Eva reads that answers are not anonymous, then answers while offline.
  await eva.page.goto(`${env.relay.base}/c/${id}/conclusion/assessment`);
  const form = eva.page.getByTestId('answer-form');
  await form.waitFor(WAIT);
  await eva.page.getByTestId('not-anonymous').getByText('Your answers are not anonymous').waitFor(WAIT);
  await eva.page.getByTestId('results').getByText('shown to every member once the assessment is closed').waitFor(WAIT);
  assert.equal(await eva.page.getByTestId('edit-assessment').count(), 0, 'participants do not edit it');
  await setOffline(eva, true);
  const objective = form.getByRole('group', { name: OBJECTIVE });
  await objective.getByLabel('4', { exact: true }).check();
  await form.getByLabel('What should be kept: what worked well in this community?').fill(KEEP_ANSWER);
  await form.getByRole('button', { name: 'Send my answers' }).click();
  await eva.page.getByTestId('answer-status')
    .getByText('Your answers are saved on this device and sent when you are online.').waitFor(WAIT);
  await assertAxeClean(eva.page, 'assessment, participant, answered offline');
  await shot(eva.page, 'participant-answered-offline');
  await setOffline(eva, false);

  // 3. The leader sees the response, the rate, the chart, the table and the open answer.
  const results = page.getByTestId('results');
  await results.getByTestId('response-rate').getByText('1 of 2 members answered (50 %)').waitFor(WAIT);
  await page.getByTestId('final-assessments').getByText('1 of 2 members answered (50 %)').waitFor(WAIT);
  await results.locator('figure svg[role="img"]').waitFor(WAIT);
  const row = results.getByTestId('results-table').getByRole('row').filter({ hasText: OBJECTIVE });
  const cells = await row.locator('td').allInnerTexts();
  assert.deepEqual(cells, ['0', '0', '0', '1', '0', '1', '4', '4'], 'one answer of 4: answered, median, mean');
  const answer = results.getByTestId('open-answer').filter({ hasText: KEEP_ANSWER });
  await answer.getByText('Eva Díaz').waitFor(WAIT);

  // 4. An answered question stays: removing it is refused with the reason.
  const item = page.getByTestId('question-item').filter({ has: page.locator('#question-objective-text') });
  await item.getByRole('button', { name: /^Remove/ }).click();
  await page.locator('#question-objective-error')
    .getByText('Members have answered this question already').waitFor(WAIT);
  assert.equal(await page.locator('#question-objective-text').count(), 1, 'the question is still there');
  // An unanswered one moves with the keyboard's buttons.
  const tools = page.getByTestId('question-item').nth(1);
  const second = await tools.locator('input[type="text"]').inputValue();
  await tools.getByRole('button', { name: /^Move up/ }).click();
  await eventually('the moved question first', async () =>
    (await page.getByTestId('question-item').first().locator('input[type="text"]').inputValue()) === second);
  // Focus stays with the moved question (its "move down" button, now it is first).
  const field = await page.getByTestId('question-item').first().locator('input[type="text"]').getAttribute('id');
  await eventually('focus on the moved question', async () =>
    (await page.evaluate(() => document.activeElement?.id)) === field.replace(/-text$/, '-down'));
  await assertAxeClean(page, 'assessment, leader, with results');
  await shot(page, 'leader-results');

  // 5. The leader closes it: Eva can no longer answer, and reads the results.
  await page.getByTestId('close-assessment').click();
  await page.getByTestId('final-assessments').getByText(/^Closed on/).waitFor(WAIT);
  await eva.page.getByTestId('assessment-closed').waitFor(WAIT);
  assert.equal(await eva.page.getByTestId('answer-form').count(), 0, 'no form on a closed assessment');
  await eva.page.getByTestId('results').getByTestId('results-table').waitFor(WAIT);
  await eva.page.getByTestId('open-answer').getByText('Eva Díaz').waitFor(WAIT);
  await assertAxeClean(eva.page, 'assessment, participant, closed');
  await shot(eva.page, 'participant-closed');
  // The same page in Spanish reads naturally and stays clean.
  await eva.page.getByLabel('Language').selectOption('es');
  await eva.page.getByTestId('assessment-closed').getByText('Esta evaluación está cerrada').waitFor(WAIT);
  await eva.page.getByTestId('response-rate').getByText('1 de 2 miembros respondieron (50 %)').waitFor(WAIT);
  await assertAxeClean(eva.page, 'assessment, participant, closed, in Spanish');

  const offline = /WebSocket|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED/;
  assert.deepEqual([...leader.errors, ...eva.errors].filter((e) => !offline.test(e)), []);
  console.log(`assessment e2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await leader.context.close();
  await eva.context.close();
});
