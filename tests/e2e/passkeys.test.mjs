// One person's passkeys from first to last: enrol from an invite link, sign out and back in with
// no username (button and autofill), add a second passkey, rename one, delete one. The steps
// share one tab and its virtual authenticator, as a person's device would carry over.
//
// Chromium's virtual authenticator answers an autofill (conditional) request by itself as soon as
// it holds a matching passkey, and the page offers autofill only while the tab has an
// authenticator. To sign in with the button, a test therefore loads the sign-in page with the
// device present but empty (the autofill request waits, as it does for a person who ignores the
// suggestion), then puts the passkey on the device and clicks.

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startDaemon, invitedUser, launchBrowser, openTab, expectNavigation, pathOf, statusText,
  autofillPending,
} from "./harness.mjs";

describe("passkeys in the browser", { timeout: 90_000 }, () => {
  let daemon, browser, tab, page;
  let device; // the tab's virtual authenticator
  let firstPasskey; // the credential enrolled first, kept after its device is replaced
  let inviteUrl;

  before(async () => {
    daemon = await startDaemon("passkeys");
    browser = await launchBrowser();
    tab = await openTab(browser.context);
    page = tab.page;
    ({ inviteUrl } = await invitedUser(daemon, {
      username: "alice", email: "alice@example.com", first_name: "Alice",
    }));
  });

  after(async () => {
    await browser?.close();
    await daemon?.stop();
  });

  const passkeysOf = async (username) =>
    (await daemon.api("GET", `/users/${username}/passkeys`)).items;

  /** Empties the device, returning the one credential it held. */
  const emptyDevice = async () => {
    const held = await tab.authenticators.credentials(device);
    assert.equal(held.length, 1);
    await tab.cdp.send("WebAuthn.clearCredentials", { authenticatorId: device });
    return held[0];
  };

  const putOnDevice = (credential) =>
    tab.cdp.send("WebAuthn.addCredential", { authenticatorId: device, credential });

  /** From a signed-out tab with an empty device: sign in with the button using `credential`. */
  const clickSignIn = async (credential) => {
    await page.goto(`${daemon.url}/login`);
    await autofillPending(page);
    await putOnDevice(credential);
    await page.waitForTimeout(200);
    assert.equal(pathOf(page), "/login", "the waiting autofill request must not sign in by itself");
    await page.click("#passkey-sign-in");
  };

  it("enrols a passkey from an invite link and lands on the account page", async () => {
    device = await tab.authenticators.add();
    assert.ok(inviteUrl.startsWith(`${daemon.url}/invite/`), `invite URL ${inviteUrl}`);

    const response = await page.goto(inviteUrl);
    assert.equal(response.status(), 200);
    assert.equal((await page.locator("h1").textContent()).trim(), "Welcome, Alice");

    await expectNavigation(page, "/account", () => page.click("#create-passkey"));
    assert.equal((await page.locator("h1").textContent()).trim(), "Alice");
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "alice");
    assert.equal(await page.locator("#passkeys li[data-passkey-id]").count(), 1);
    assert.match(await page.locator("#sessions").textContent(), /this browser/);

    assert.equal((await passkeysOf("alice")).length, 1);
    const held = await tab.authenticators.credentials(device);
    assert.equal(held.length, 1);
    assert.equal(held[0].isResidentCredential, true, "the passkey must be discoverable");
    assert.equal(held[0].rpId, "localhost");
    assert.deepEqual(tab.problems, []);
  });

  it("signs out, then signs in with the button without typing a username", async () => {
    const passkey = await emptyDevice();
    await expectNavigation(page, "/login", () => page.click("#sign-out"));
    // Signed out for real: the account page sends us back to sign-in.
    await page.goto(`${daemon.url}/account`);
    assert.equal(pathOf(page), "/login");
    assert.equal(await page.inputValue("#username"), "");

    await expectNavigation(page, "/account", () => clickSignIn(passkey));
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "alice");

    const [held] = await tab.authenticators.credentials(device);
    assert.ok(held.signCount > passkey.signCount, `signCount ${passkey.signCount} -> ${held.signCount}`);
    const stored = await passkeysOf("alice");
    assert.ok(stored[0].last_used_at, "sign-in records when the passkey was last used");
    assert.deepEqual(tab.problems, []);
  });

  it("signs in through autofill when the device offers the passkey", async () => {
    await page.evaluate(() => fetch("/sign-out", { method: "POST" }));
    await page.goto(`${daemon.url}/login`);
    // Nothing clicked: the conditional request made on load is answered by the device.
    await page.waitForURL((u) => u.pathname === "/account", { waitUntil: "load" });
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "alice");
    assert.deepEqual(tab.problems, []);
  });

  it("refuses a second passkey on the device that already holds one", async () => {
    await page.click("#add-passkey");
    assert.match(await statusText(page), /already holds a passkey/);
    assert.equal(await page.locator("#status.error").count(), 1);
    assert.equal(pathOf(page), "/account");
    assert.equal((await passkeysOf("alice")).length, 1);
  });

  it("adds a second passkey from another device", async () => {
    // Chromium allows one internal authenticator per tab: replace the device.
    [firstPasskey] = await tab.authenticators.credentials(device);
    await tab.authenticators.remove(device);
    device = await tab.authenticators.add();

    await Promise.all([page.waitForEvent("load"), page.click("#add-passkey")]);
    assert.equal(pathOf(page), "/account");
    assert.equal(await page.locator("#passkeys li[data-passkey-id]").count(), 2);
    assert.equal((await passkeysOf("alice")).length, 2);
    assert.equal((await tab.authenticators.credentials(device)).length, 1);
    assert.deepEqual(tab.problems, []);
  });

  it("renames a passkey, and the new name survives a reload", async () => {
    const item = page.locator("#passkeys li[data-passkey-id]").nth(1);
    const id = await item.getAttribute("data-passkey-id");
    await item.locator('input[name="name"]').fill("Work laptop");
    await item.getByRole("button", { name: "Rename" }).click();
    assert.equal(await statusText(page), "Renamed.");
    assert.equal(await page.locator("#status.error").count(), 0);

    await page.reload();
    const renamed = page.locator(`#passkeys li[data-passkey-id="${id}"] input[name="name"]`);
    assert.equal(await renamed.inputValue(), "Work laptop");
    const stored = await passkeysOf("alice");
    assert.equal(stored.find((p) => p.id === id)?.name, "Work laptop");
  });

  it("deletes a passkey after the person confirms", async () => {
    const items = page.locator("#passkeys li[data-passkey-id]");
    assert.equal(await items.count(), 2);
    const first = (await passkeysOf("alice")).find((p) => p.name !== "Work laptop");
    const keep = (await passkeysOf("alice")).find((p) => p.name === "Work laptop");
    const firstRow = page.locator(`#passkeys li[data-passkey-id="${first.id}"]`);

    // Declining the question deletes nothing.
    page.once("dialog", (dialog) => dialog.dismiss());
    await firstRow.locator("button.delete-passkey").click();
    await page.waitForTimeout(300);
    assert.equal((await passkeysOf("alice")).length, 2);

    let question = "";
    page.once("dialog", (dialog) => { question = dialog.message(); dialog.accept(); });
    await Promise.all([page.waitForEvent("load"), firstRow.locator("button.delete-passkey").click()]);
    assert.match(question, /Delete this passkey/);
    assert.equal(await items.count(), 1);
    assert.equal(await items.nth(0).getAttribute("data-passkey-id"), keep.id);
    assert.deepEqual((await passkeysOf("alice")).map((p) => p.id), [keep.id]);

    // The last one asks a sterner question.
    page.once("dialog", (dialog) => { question = dialog.message(); dialog.dismiss(); });
    await items.nth(0).locator("button.delete-passkey").click();
    await page.waitForTimeout(300);
    assert.match(question, /only passkey/);
    assert.equal((await passkeysOf("alice")).length, 1);
  });

  it("no longer signs in with the deleted passkey, but does with the one kept", async () => {
    const kept = await emptyDevice();
    await expectNavigation(page, "/login", () => page.click("#sign-out"));

    assert.ok(firstPasskey);
    await clickSignIn(firstPasskey);
    const message = await statusText(page);
    assert.equal(await page.locator("#status.error").count(), 1, `status: ${message}`);
    assert.match(message, /not registered/i);
    assert.equal(pathOf(page), "/login");
    assert.equal(await page.isEnabled("#passkey-sign-in"), true, "the button works again");

    await tab.cdp.send("WebAuthn.clearCredentials", { authenticatorId: device });
    await expectNavigation(page, "/account", () => clickSignIn(kept));
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "alice");
    assert.deepEqual(tab.problems, []);
  });
});
