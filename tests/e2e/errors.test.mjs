// What a person sees when something goes wrong: spent or made-up invite links, a passkey prompt
// that is cancelled, a device with no passkey for this site, and unsafe return addresses.

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startDaemon, invitedUser, launchBrowser, openTab, expectNavigation, pathOf, statusText,
  autofillPending,
} from "./harness.mjs";

describe("errors a person can see", { timeout: 90_000 }, () => {
  let daemon, browser, tab, page;
  let davesPasskey;

  before(async () => {
    daemon = await startDaemon("errors");
    browser = await launchBrowser();
    tab = await openTab(browser.context);
    page = tab.page;
  });

  after(async () => {
    await browser?.close();
    await daemon?.stop();
  });

  const signOut = () => page.evaluate(() => fetch("/sign-out", { method: "POST" }));

  /** Expects a readable error in `#status` while the tab stays on `path`. */
  async function expectError(path) {
    const message = await statusText(page);
    assert.equal(await page.locator("#status.error").count(), 1, `status: ${message}`);
    assert.equal(pathOf(page), path);
    return message;
  }

  it("shows that a used invite link no longer works, and a made-up one neither", async () => {
    const { inviteUrl } = await invitedUser(daemon, { username: "carol" });
    const authenticator = await tab.authenticators.add();
    await page.goto(inviteUrl);
    await expectNavigation(page, "/account", () => page.click("#create-passkey"));
    await tab.authenticators.remove(authenticator);
    await signOut();

    for (const url of [inviteUrl, `${daemon.url}/invite/not-a-real-token`]) {
      const response = await page.goto(url);
      assert.equal(response.status(), 410, url);
      assert.equal((await page.locator("h1").textContent()).trim(), "This link no longer works");
      assert.equal(await page.locator("#create-passkey").count(), 0);
      await expectNavigation(page, "/login", () => page.getByRole("link", { name: "Go to sign-in" }).click());
    }
    assert.deepEqual(tab.problems, []);
  });

  it("keeps the invite page usable when the passkey prompt is cancelled", async () => {
    const { inviteUrl } = await invitedUser(daemon, { username: "dave" });
    // The person does not confirm with fingerprint or PIN.
    const authenticator = await tab.authenticators.add({ isUserVerified: false });
    await page.goto(inviteUrl);
    await page.click("#create-passkey");
    const message = await expectError(new URL(inviteUrl).pathname);
    assert.match(message, /cancelled|timed out/i);
    assert.equal(await page.isEnabled("#create-passkey"), true);
    assert.equal((await daemon.api("GET", "/users/dave/passkeys")).items.length, 0);

    // Trying again on the same page works.
    await tab.authenticators.setUserVerified(authenticator, true);
    await expectNavigation(page, "/account", () => page.click("#create-passkey"));
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "dave");
    assert.equal((await daemon.api("GET", "/users/dave/passkeys")).items.length, 1);
    [davesPasskey] = await tab.authenticators.credentials(authenticator);
    await tab.authenticators.remove(authenticator);
    await signOut();
    assert.deepEqual(tab.problems, []);
  });

  it("stays on the sign-in page when the passkey prompt is cancelled", async () => {
    // The device holds dave's passkey but he does not confirm; it gets the passkey only once
    // the page's autofill request waits, so that request cannot answer first.
    const authenticator = await tab.authenticators.add({ isUserVerified: false });
    await page.goto(`${daemon.url}/login`);
    await autofillPending(page);
    await tab.cdp.send("WebAuthn.addCredential", { authenticatorId: authenticator, credential: davesPasskey });
    await page.click("#passkey-sign-in");
    const message = await expectError("/login");
    assert.match(message, /cancelled|timed out/i);
    assert.equal(await page.isEnabled("#passkey-sign-in"), true);
    await page.goto(`${daemon.url}/account`);
    assert.equal(pathOf(page), "/login");
    await tab.authenticators.remove(authenticator);
    assert.deepEqual(tab.problems, []);
  });

  it("stays on the sign-in page when the device holds no passkey for this site", async () => {
    const authenticator = await tab.authenticators.add();
    await page.goto(`${daemon.url}/login`);
    await autofillPending(page);
    await page.click("#passkey-sign-in");
    await expectError("/login");
    assert.equal(await page.isEnabled("#passkey-sign-in"), true);
    await tab.authenticators.remove(authenticator);
    assert.deepEqual(tab.problems, []);
  });

  it("cancels adding a passkey on the account page without losing anything", async () => {
    const { code } = await daemon.api("POST", "/users/dave/login-code", {});
    const authenticator = await tab.authenticators.add({ isUserVerified: false });
    await page.goto(`${daemon.url}/login/code?code=${code}`);
    await expectNavigation(page, "/account", () => page.getByRole("button", { name: "Sign in" }).click());
    await page.click("#add-passkey");
    const message = await expectError("/account");
    assert.match(message, /cancelled|timed out/i);
    assert.equal(await page.locator("#passkeys li[data-passkey-id]").count(), 1);
    assert.equal((await daemon.api("GET", "/users/dave/passkeys")).items.length, 1);
    await tab.authenticators.remove(authenticator);
    await signOut();
    assert.deepEqual(tab.problems, []);
  });

  it("follows a return address on this site, and never one to another site", async () => {
    const elsewhere = [];
    let leftTheSite = () => {};
    const offSite = (url) => url.hostname !== "localhost";
    await browser.context.route(offSite, (route) => {
      elsewhere.push(route.request().url());
      leftTheSite();
      return route.abort();
    });
    const signInReturningTo = async (returnTo) => {
      const { code } = await daemon.api("POST", "/users/dave/login-code", {});
      await page.goto(`${daemon.url}/login/code?code=${code}&return_to=${encodeURIComponent(returnTo)}`);
      await Promise.race([
        expectNavigation(page, "/account", () => page.getByRole("button", { name: "Sign in" }).click()),
        new Promise((resolve) => { leftTheSite = resolve; }),
      ]);
      assert.deepEqual(elsewhere, [], `return_to ${JSON.stringify(returnTo)} led off the site`);
      await page.waitForTimeout(200);
      const landed = new URL(page.url());
      await signOut();
      return landed;
    };

    const here = await signInReturningTo("/account?from=e2e");
    assert.equal(here.search, "?from=e2e");

    // Browsers drop tabs and newlines inside URLs: "/\t/evil.example" means "//evil.example".
    for (const unsafe of ["//evil.example/", "/\\evil.example/", "/\t/evil.example/", "/\n\\evil.example/", "https://evil.example/"]) {
      const landed = await signInReturningTo(unsafe);
      assert.equal(landed.host, new URL(daemon.url).host, JSON.stringify(unsafe));
      assert.equal(landed.search, "", JSON.stringify(unsafe));
    }
    assert.deepEqual(elsewhere, [], "no request may leave the site");
    await browser.context.unroute(offSite);
  });
});
