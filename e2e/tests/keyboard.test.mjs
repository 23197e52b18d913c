// Keyboard only: Phase I walked from the community overview with Tab, Enter and Space
// (every design stage reached, the objective chosen and written, an audience added), a
// visible focus indicator on each focused control, and a member's profile opened from
// the roster, its fields read and checked with axe (WCAG 2.1 AA). No pointer actions:
// focus moves only by key presses, in bounded loops that look at document.activeElement.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, newMember, createCommunity, waitSynced, eventually, assertAxeClean } from '../harness.mjs';

const WAIT = { timeout: 15_000 };
const STAGES = ['name', 'problem', 'objective', 'results', 'members', 'audiences'];

const env = relayAndBrowser({ before, after });

/**
 * Presses Tab (at most `limit` times) until the focused element matches `selector`;
 * fails otherwise. Checks the focus indicator of every control it lands on.
 */
async function tabTo(page, selector, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { matches: false, visible: true };
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== 'none' || (style.boxShadow && style.boxShadow !== 'none');
      return { matches: el.matches(sel), visible, what: el.outerHTML.slice(0, 120) };
    }, selector);
    assert.ok(state.visible, `no visible focus indicator on ${state.what}`);
    if (state.matches) return;
  }
  const main = await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 1500));
  assert.fail(`${selector} not reached with ${limit} Tab presses; page: ${main}`);
}

/** Follows a link by keyboard: Tab to it, Enter, and wait for the URL. */
async function followLink(page, hrefEnd) {
  await tabTo(page, `a[href$="${hrefEnd}"]`);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${hrefEnd}`, WAIT);
}


test('Phase I walked with the keyboard alone: every stage, the objective and an audience', async () => {
  const { context, page, errors } = await newMember(env.browser);
  const id = await createCommunity(page, env.relay.base, 'Keyboard CoP', 'Reached without a mouse');
  await waitSynced(page);

  // Every design stage, from the overview and back.
  for (const stage of STAGES) {
    await followLink(page, `/c/${id}/design/${stage}`);
    await page.locator('h1').waitFor(WAIT);
    await followLink(page, `/c/${id}`);
    await page.locator('h1').waitFor(WAIT);
  }

  // The objective: the first type with Space, the next with the arrow key, then the text.
  await followLink(page, `/c/${id}/design/objective`);
  await tabTo(page, 'input[name="objective-type"]');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.evaluate(() => document.activeElement?.value);
  assert.ok(chosen, 'a type radio has focus');
  await eventually('the chosen type is checked', () =>
    page.evaluate(() => document.querySelector('input[name="objective-type"]:checked')?.value));
  await tabTo(page, '#objective-text');
  await page.keyboard.type('Share what works in rural clinics');

  // An audience, added with Enter in its field.
  await followLink(page, `/c/${id}/design/audiences`);
  await tabTo(page, '#new-audience');
  await page.keyboard.type('District nurses');
  await page.keyboard.press('Enter');
  await page.getByTestId('audience-list').locator('.member-name', { hasText: 'District nurses' }).waitFor(WAIT);
  assert.equal(await page.locator('#new-audience').inputValue(), '', 'the field empties once added');

  // Back on the objective page (by keyboard), the values stuck.
  await followLink(page, `/c/${id}/design/objective`);
  await page.locator('#objective-text').waitFor(WAIT);
  assert.equal(await page.locator('#objective-text').inputValue(), 'Share what works in rural clinics');
  assert.equal(
    await page.evaluate(() => document.querySelector('input[name="objective-type"]:checked')?.value),
    chosen,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a member profile opened from the roster with the keyboard shows the registration', async () => {
  const { context, page, errors } = await newMember(env.browser);
  const id = await createCommunity(page, env.relay.base, 'Profile CoP', 'Who knows what');
  await waitSynced(page);

  // Register (this device), by keyboard.
  await page.goto(`${env.relay.base}/c/${id}/implementation/register`);
  await page.locator('#reg-name').waitFor(WAIT);
  const fields = [
    ['#reg-name', 'Ana Pérez'],
    ['#reg-institution', 'Hospital Regional'],
    ['#reg-country', 'Bolivia'],
    ['#reg-expertise', 'Maternal health'],
    ['#reg-interests', 'Indicators'],
  ];
  for (const [selector, value] of fields) {
    await tabTo(page, selector);
    await page.keyboard.type(value);
  }
  await tabTo(page, '#reg-consent');
  await page.keyboard.press('Space');
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.getByTestId('my-registration').waitFor(WAIT);

  // Become the leader (so the registration can be confirmed), by keyboard.
  await followLink(page, `/c/${id}`);
  await followLink(page, `/c/${id}/design/members`);
  await tabTo(page, '#new-member-name');
  await page.keyboard.type('Ana Pérez');
  await page.getByLabel('Role', { exact: true }).selectOption('leader');
  await tabTo(page, '#new-member-me');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[aria-describedby="add-member-error"]');
  await page.keyboard.press('Enter');
  await page.getByText('(you)').waitFor(WAIT);

  // Confirm, then open the profile from the roster.
  await followLink(page, `/c/${id}`);
  await followLink(page, `/c/${id}/implementation/register`);
  await tabTo(page, 'button[aria-describedby^="registration-"]');
  await page.keyboard.press('Enter');
  await page.getByTestId('pending-list').getByText('Ana Pérez').waitFor({ state: 'detached', ...WAIT });
  await tabTo(page, '[data-testid="roster"] a');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/c/${id}/members/*`, WAIT);
  await page.getByRole('heading', { level: 1, name: 'Ana Pérez' }).waitFor(WAIT);

  const shown = async (testid) => (await page.getByTestId(testid).textContent()).trim();
  assert.equal(await shown('profile-role'), 'Leader');
  assert.equal(await shown('profile-institution'), 'Hospital Regional');
  assert.equal(await shown('profile-country'), 'Bolivia');
  assert.equal(await shown('profile-expertise'), 'Maternal health');
  assert.equal(await shown('profile-interests'), 'Indicators');
  assert.equal(await shown('profile-posts'), '0');
  const headings = await page.locator('h1, h2').evaluateAll((hs) => hs.map((h) => h.tagName));
  assert.equal(headings[0], 'H1');
  await assertAxeClean(page, 'profile page');
  assert.deepEqual(errors, []);
  await context.close();
});
