// A long discussion: the thread shows its latest entries and the rest on demand, so the
// page stays small whatever the discussion's length; a link to an older post brings it
// onto the page; posting still works.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, sampleCommunity, memberAs, deviceIdentity } from '../harness.mjs';

const WAIT = { timeout: 30_000 };
// The sample starts a thread with every fourth post: 60 threads, more than a window.
const POSTS = 240;
const WINDOW = 50; // app/src/routes/discussions/thread.rs
const LEADER = deviceIdentity();

const env = relayAndBrowser({ before, after });

test('a long thread shows its latest entries, the rest on demand, and a linked older post', async () => {
  const id = await sampleCommunity(env.relay, { leader: LEADER, posts: POSTS });
  const { context, page } = await memberAs(env.browser, env.relay, LEADER);
  try {
    await page.goto(`${env.relay.base}/c/${id}/discussions`);
    const thread = await page.locator(`main a[href^="/c/${id}/discussions/"]`).first().getAttribute('href', WAIT);
    await page.goto(`${env.relay.base}${thread}`);
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
