// What this device's IndexedDB holds of a community, for the benches that open it from
// the device.

/** The bytes of the community's saved document (its snapshot) in IndexedDB. */
export const storedBytes = (page, id) => page.evaluate(async (docId) => new Promise((ok) => {
  const open = indexedDB.open('praxis');
  open.onsuccess = () => {
    const get = open.result.transaction('documents').objectStore('documents').get(docId);
    get.onsuccess = () => ok(get.result?.byteLength ?? 0);
  };
}), id);

/**
 * Waits for the coalesced IndexedDB save of a document that has just arrived: until what
 * is stored stops growing, checked every second, for a minute at most. Returns the bytes.
 */
export async function untilStored(page, id) {
  let stored = -1;
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(1000);
    const now = await storedBytes(page, id);
    if (now > 0 && now === stored) break;
    stored = now;
  }
  return stored;
}
