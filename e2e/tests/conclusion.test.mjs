// Phase III from the survey to the archive, in the browser. The leader takes a new
// community through Phase II into Phase III and writes its record in Spanish. She opens
// the final assessment (the method's questions, in Spanish), answers it and closes it;
// she records a conclusion, a lesson learned citing a discussion and one of its posts, and
// a recommendation (accepted at once: she reviews contributions). The communication kit is written from that record in Spanish:
// the intranet note names the lesson, every social post is within 280 characters as
// counted on the page, and the slide deck downloads as a .pptx. The closing checklist
// names the one discussion still open; she confirms and closes the community, and every
// page says it is a read-only record. The
// link opens the relay's archived record (no app, no wasm), which shows the lesson; the
// archive's search finds the community by an accent-free word of the lesson for her, and
// a stranger finds nothing and gets the same 404 as for an unknown record. Axe finds no
// WCAG 2.1 AA violation on the knowledge base, the kit, the closing, the archived record
// and the archive's search.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  relayAndBrowser, newMember, waitSynced, assertAxeClean, leaderOfNewCommunity,
} from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const TITLE = 'CdP para definir indicadores de telemedicina';
const OBJECTIVE_ES = '¿Qué tan satisfecho/a está con el desempeño de la comunidad respecto de su objetivo?';
const LESSON = 'La evaluación conjunta con los distritos acorta los plazos';
const DISCUSSION = 'Indicadores en uso';
const POST = 'En Cusco medimos el tiempo hasta la consulta';
const ENTRIES = [
  ['conclusion', 'Indicadores acordados', 'Cinco indicadores bastan para empezar'],
  ['lesson_learned', 'Evaluar juntos', LESSON],
  ['recommendation', 'Adoptar el conjunto', 'Que cada servicio informe los cinco indicadores'],
];

const env = relayAndBrowser({ before, after });

/** With PRAXIS_SHOTS set to a directory, saves a full-page screenshot there (for review). */
async function shot(page, name) {
  if (process.env.PRAXIS_SHOTS) await page.screenshot({ path: `${process.env.PRAXIS_SHOTS}/${name}.png`, fullPage: true });
}

test('Phase III: survey, knowledge base, kit, closing, then the archived record and its search', async () => {
  const { leader, id } = await leaderOfNewCommunity(env.browser, env.relay, TITLE,
    'Cada proyecto mide la telemedicina a su manera');
  const { page } = leader;
  const base = env.relay.base;

  // Into Phase III; the record's language is Spanish.
  await page.goto(`${base}/c/${id}`);
  await page.getByLabel('I confirm that we start with an incomplete design').check();
  await page.getByRole('button', { name: 'Start Phase II' }).click();
  await page.getByTestId('phase-two-started').waitFor(WAIT);
  // One discussion with one post, which the lesson learned will cite; it stays open.
  await page.goto(`${base}/c/${id}/discussions`);
  await page.getByLabel('Discussion title').fill(DISCUSSION);
  await page.getByLabel('Guiding question').fill('¿Qué indicadores usan hoy sus servicios?');
  await page.getByRole('button', { name: 'Create discussion' }).click();
  await page.getByTestId('discussion-list').getByRole('link', { name: DISCUSSION }).click();
  await page.waitForURL(`**/c/${id}/discussions/*`, WAIT);
  await page.getByLabel('Your post').fill(POST);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByTestId('post').getByText(POST).waitFor(WAIT);
  await page.goto(`${base}/c/${id}`);
  await page.getByTestId('start-conclusion').click();
  await page.getByLabel("Language of the community's record").selectOption('es');

  // The final assessment, in Spanish: she answers it and closes it.
  await page.getByTestId('phase-three-pages').getByRole('link', { name: 'Assessment' }).click();
  await page.waitForURL(`**/c/${id}/conclusion/assessment`, WAIT);
  await page.getByTestId('open-final-assessment').click();
  const form = page.getByTestId('answer-form');
  await form.waitFor(WAIT);
  await form.getByRole('group', { name: OBJECTIVE_ES }).getByLabel('4', { exact: true }).check();
  await form.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByTestId('results').getByTestId('response-rate').getByText('1 of 1 members answered').waitFor(WAIT);
  await page.getByTestId('close-assessment').click();
  await page.getByTestId('final-assessments').getByText(/^Closed on/).waitFor(WAIT);

  // The knowledge base: accepted at once, since she reviews contributions.
  await page.getByRole('navigation', { name: 'Phase III pages' }).getByRole('link', { name: 'Knowledge base' }).click();
  await page.waitForURL(`**/c/${id}/conclusion/knowledge`, WAIT);
  for (const [kind, title, text] of ENTRIES) {
    await page.getByLabel('Kind of knowledge').selectOption(kind);
    await page.locator('#kb-new-title').fill(title);
    await page.locator('#kb-new-text').fill(text);
    if (kind === 'lesson_learned') {
      // Its source: the discussion, then the post offered once the discussion is chosen.
      await page.getByRole('group', { name: 'Discussions it came from' }).getByLabel(DISCUSSION).check();
      await page.getByRole('group', { name: 'Posts it draws on' }).getByLabel(POST, { exact: false }).check();
    }
    await page.getByRole('button', { name: 'Propose the entry' }).click();
    await page.getByTestId('kb-outcome').getByText('Added to the knowledge base.').waitFor(WAIT);
    await page.locator(`[data-kind="${kind}"]`).getByTestId('kb-entry').getByText(title).waitFor(WAIT);
  }
  const lesson = page.locator('[data-kind="lesson_learned"]').getByTestId('kb-entry');
  await lesson.getByRole('link', { name: DISCUSSION }).waitFor(WAIT);
  await lesson.getByTestId('kb-cited-posts').getByText(POST).waitFor(WAIT);
  await assertAxeClean(page, 'knowledge base');

  // The kit, written in Spanish from that record.
  await page.getByRole('navigation', { name: 'Phase III pages' }).getByRole('link', { name: 'Communication kit' }).click();
  await page.waitForURL(`**/c/${id}/conclusion/kit`, WAIT);
  const note = page.locator('#kit-intranet');
  await note.waitFor(WAIT);
  const noteText = await note.inputValue();
  assert.ok(noteText.includes(LESSON), 'the intranet note names the lesson learned');
  assert.ok(noteText.includes(TITLE));
  await page.getByLabel('Address where the public page will be published').fill('https://example.org/telemedicina');
  const counts = page.getByTestId('social-count');
  await counts.first().waitFor(WAIT);
  for (const count of await counts.allInnerTexts()) {
    const [used, limit] = count.match(/\d+/g).map(Number);
    assert.equal(limit, 280);
    assert.ok(used > 23 && used <= 280, `a post within 280 with its link: ${count}`);
  }
  assert.ok((await page.locator('#kit-page').inputValue()).includes('<html lang="es"'), 'the public page is in Spanish');
  const [deck] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the slides (.pptx)' }).click(),
  ]);
  assert.equal(deck.suggestedFilename(), 'results.pptx');
  const bytes = await streamBytes(await deck.createReadStream());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip (OOXML) file');
  assert.ok(bytes.includes(Buffer.from('ppt/presentation.xml')));
  await assertAxeClean(page, 'communication kit');
  await shot(page, 'kit');

  // The checklist is complete; she closes the community.
  await page.getByRole('navigation', { name: 'Phase III pages' }).getByRole('link', { name: 'Close the community' }).click();
  await page.waitForURL(`**/c/${id}/conclusion/close`, WAIT);
  // The open discussion is the one gap: closing needs the leader's confirmation.
  await page.getByTestId('closing-gaps').getByText('1 discussions are not closed yet').waitFor(WAIT);
  await assertAxeClean(page, 'closing, with a gap');
  await page.getByTestId('close-community').click();
  await page.locator('#close-community-error').getByText('confirm that you want to close anyway').waitFor(WAIT);
  await page.getByLabel('Close anyway: I know items of the checklist are missing').check();
  await page.getByTestId('close-community').click();
  await page.getByTestId('community-closed').waitFor(WAIT);
  await waitSynced(page);
  // Read-only everywhere: the knowledge base refuses a new entry with the reason.
  await page.goto(`${base}/c/${id}/conclusion/knowledge`);
  await page.getByTestId('community-closed').waitFor(WAIT);
  await page.locator('#kb-new-title').fill('Tarde');
  await page.locator('#kb-new-text').fill('Después del cierre');
  await page.getByRole('button', { name: 'Propose the entry' }).click();
  await page.locator('#kb-propose-error').getByText('The community is closed').waitFor(WAIT);

  // The archived record: the relay's own page, reached through the notice's link.
  await page.getByTestId('archive-link').click();
  await page.waitForURL(`**/archive/${id}`, WAIT);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(WAIT);
  await page.getByText(LESSON).waitFor(WAIT);
  assert.equal(await page.locator('script').count(), 0, 'no script on the archive page');
  await shot(page, 'archive-record');

  // The search finds it by a word typed without its accent, for a member.
  await page.goto(`${base}/archive`);
  await page.getByLabel('Words to find in closed communities').fill('evaluacion distritos');
  await page.getByLabel('Words to find in closed communities').press('Enter');
  await page.getByRole('link', { name: TITLE }).waitFor(WAIT);
  await page.locator('mark').first().waitFor(WAIT);
  await shot(page, 'archive-search');
  // Axe on both pages, as the same member: their Content-Security-Policy forbids the
  // script axe injects, so the audit runs in a context that bypasses it.
  const auditor = await env.browser.newContext({ bypassCSP: true });
  await auditor.addCookies(await leader.context.cookies());
  const audit = await auditor.newPage();
  await audit.goto(`${base}/archive/${id}`);
  await audit.getByText(LESSON).waitFor(WAIT);
  await assertAxeClean(audit, 'archived record');
  await audit.goto(`${base}/archive?q=evaluacion`);
  await audit.getByRole('link', { name: TITLE }).waitFor(WAIT);
  await assertAxeClean(audit, 'archive search');
  await auditor.close();

  // A stranger: nothing found, and the record answers as an unknown one would.
  const stranger = await newMember(env.browser);
  const found = await stranger.page.goto(`${base}/archive?q=evaluacion`);
  assert.equal(found.status(), 200);
  assert.equal(await stranger.page.getByRole('link', { name: TITLE }).count(), 0, 'a restricted record is not found by a stranger');
  const hidden = await stranger.page.goto(`${base}/archive/${id}`);
  assert.equal(hidden.status(), 404);

  assert.deepEqual(leader.errors, []);
  await leader.context.close();
  await stranger.context.close();
});

/** All the bytes of a Node readable stream. */
async function streamBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
