// A long discussion: the thread shows its latest entries and the rest on demand, so the
// page stays small whatever the discussion's length; a link to an older post brings it
// onto the page; posting still works. The moderator's post pickers (the posts a summary
// cites) are bounded the same way, and a filter finds any older post.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, sampleCommunity, memberAs, deviceIdentity } from '../harness.mjs';

const WAIT = { timeout: 30_000 };
// The sample starts a thread with every fourth post: 60 threads, more than a window.
const POSTS = 240;
const WINDOW = 50; // app/src/routes/discussions/thread.rs
const PICKER_WINDOW = 30; // app/src/components/post_picker.rs
const LEADER = deviceIdentity();

const env = relayAndBrowser({ before, after });

/** A fresh sample community of POSTS posts, its leader's page on its long thread. */
async function openLongThread() {
  const id = await sampleCommunity(env.relay, { leader: LEADER, posts: POSTS });
  const { context, page } = await memberAs(env.browser, env.relay, LEADER);
  await page.goto(`${env.relay.base}/c/${id}/discussions`);
  const thread = await page.locator(`main a[href^="/c/${id}/discussions/"]`).first().getAttribute('href', WAIT);
  await page.goto(`${env.relay.base}${thread}`);
  return { context, page, thread };
}

test('a long thread shows its latest entries, the rest on demand, and a linked older post', async () => {
  const { context, page, thread } = await openLongThread();
  try {
    const posts = page.getByTestId('post');
    const earlier = page.getByTestId('show-earlier');
    await earlier.waitFor(WAIT);
    // The timeline's entries: threads (a post with its replies) and summaries.
    const TOP = 'section[aria-labelledby="posts-heading"] > [data-testid="post-list"] > li';
    const entries = page.locator(TOP);
    await page.waitForFunction(([top, n]) => document.querySelectorAll(top).length >= n, [TOP, WINDOW], WAIT);
    // The window: the latest WINDOW entries of the timeline, not every post.
    assert.equal(await entries.count(), WINDOW);
    const before = await posts.count();
    assert.ok(before < POSTS, `${before} of ${POSTS} posts on the page`);
    assert.match(await earlier.innerText(), /\(\d+ not shown\)/);

    // The rest, on demand, by keyboard; the focus is not lost when the button goes.
    for (let i = 0; i < 10 && await earlier.count(); i++) {
      await earlier.focus();
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="post"]').length >= n, POSTS, WAIT);
    assert.equal(await earlier.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'posts-heading');
    const oldest = await posts.first().getAttribute('id');
    assert.ok(await entries.count() > WINDOW);

    // A link to that post, opened afresh: the window widens to it, and it is in view.
    await page.goto(`${env.relay.base}${thread}#${oldest}`);
    const linked = page.locator(`#${oldest}`);
    await linked.waitFor(WAIT);
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      // In the viewport (scrolling lands on whole pixels, the layout is fractional).
      return box && box.top > -1 && box.top < innerHeight / 2;
    }, oldest, WAIT);

    // Posting in the window: the new post is on the page.
    await page.goto(`${env.relay.base}${thread}`);
    await earlier.waitFor(WAIT);
    await page.locator('#post-body-new').fill('Counts arrive late because forms travel by road.');
    await page.locator('form:has(#post-body-new) button[type="submit"]').click();
    await posts.filter({ hasText: 'Counts arrive late because forms travel by road.' }).waitFor(WAIT);
  } finally {
    await context.close();
  }
});

test('a summary cites an old post of a long thread, found with the picker\'s filter', async () => {
  const { context, page, thread } = await openLongThread();
  try {
    const form = page.getByTestId('close-form');
    const boxes = form.locator('input[type="checkbox"][id^="cite-"]');
    await boxes.first().waitFor(WAIT);
    // The latest posts only, and how many there are in all.
    assert.equal(await boxes.count(), PICKER_WINDOW);
    const status = form.locator('#cite-filter-status');
    assert.match(await status.innerText(), new RegExp(`^Showing ${PICKER_WINDOW} of \\d+ posts$`));
    const OLD = /: Post 7: we report/;
    assert.equal(await form.getByLabel(OLD).count(), 0, 'an early post is not listed at first');

    // The filter finds it; Enter there does not send the form.
    const filter = form.getByLabel('Find posts by author or words');
    await filter.fill('no post says this');
    await page.waitForFunction(() => document.querySelector('#cite-filter-status')?.innerText === 'No post matches.', null, WAIT);
    assert.equal(await boxes.count(), 0);
    await filter.fill('post 7:');
    await form.getByLabel(OLD).waitFor(WAIT);
    assert.equal(await boxes.count(), 1);
    assert.match(await status.innerText(), /^Showing 1 of \d+ posts$/);
    await filter.press('Enter');
    assert.equal(await page.locator('#close-error').innerText(), '');
    await form.getByLabel(OLD).check();

    // Chosen, it stays listed (and checked) once the filter is cleared.
    await filter.fill('');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="close-form"] input[type="checkbox"][id^="cite-"]').length === n,
      PICKER_WINDOW + 1, WAIT);
    assert.ok(await form.getByLabel(OLD).isChecked());

    // "Show earlier" lists more, by keyboard.
    const more = form.getByRole('button', { name: /^Show earlier posts/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="close-form"] input[type="checkbox"][id^="cite-"]').length === n,
      2 * PICKER_WINDOW + 1, WAIT);

    // The summary cites the old post: closed, the discussion links to it.
    await form.getByLabel('Articulated summary').fill('Most countries correct vital registration with a survey.');
    await form.getByRole('button', { name: 'Close the discussion' }).click();
    const cited = page.getByTestId('closing-summary').getByRole('link', { name: /^Post by / });
    await cited.first().waitFor(WAIT);
    assert.equal(await cited.count(), 1);
    // Followed, the link brings that post, outside the thread's window, onto the page.
    const href = await cited.getAttribute('href');
    await cited.click();
    await page.locator(`${href} > article`).getByText(/^Post 7: we report/).waitFor(WAIT);
  } finally {
    await context.close();
  }
});
