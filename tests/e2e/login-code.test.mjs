// Signing in with a one-time login code from an administrator, typed by hand or opened as a link;
// then ending sessions from the account page.

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startDaemon, launchBrowser, openTab, expectNavigation, pathOf, statusText,
} from "./harness.mjs";

describe("login codes in the browser", { timeout: 90_000 }, () => {
  let daemon, browser, tab, page;

  before(async () => {
    daemon = await startDaemon("login-code");
    browser = await launchBrowser();
    tab = await openTab(browser.context);
    page = tab.page;
    await daemon.api("POST", "/users", { username: "bob", first_name: "Bob", last_name: "Builder" });
  });

  after(async () => {
    await browser?.close();
    await daemon?.stop();
  });

  const newCode = () => daemon.api("POST", "/users/bob/login-code", {});

  /** A session of bob's in another program (not this browser): its cookie header. */
  async function sessionElsewhere() {
    const { code } = await newCode();
    const response = await fetch(`${daemon.url}/login/code`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: daemon.url, "User-Agent": "e2e-other-device" },
      body: JSON.stringify({ code }),
    });
    assert.equal(response.status, 200, await response.text());
    const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
    assert.equal(cookies.length, 1, `cookies: ${cookies}`);
    assert.equal(await stillSignedIn(cookies[0]), true);
    return cookies[0];
  }

  async function stillSignedIn(cookie) {
    const response = await fetch(`${daemon.url}/session`, { headers: { Cookie: cookie } });
    await response.arrayBuffer();
    return response.status === 200;
  }

  async function signInHere() {
    const { url } = await newCode();
    await page.goto(url);
    await expectNavigation(page, "/account", () => page.getByRole("button", { name: "Sign in" }).click());
  }

  it("signs in with a code typed on the code page, which then no longer works", async () => {
    const { code } = await newCode();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    await page.goto(`${daemon.url}/login`);
    await expectNavigation(page, "/login/code", () => page.getByRole("link", { name: "Use a login code" }).click());
    assert.equal(await page.inputValue("#code"), "");
    await page.fill("#code", code);
    await expectNavigation(page, "/account", () => page.getByRole("button", { name: "Sign in" }).click());
    assert.equal((await page.locator("h1").textContent()).trim(), "Bob Builder");
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "bob");
    assert.match(await page.locator("#sessions").textContent(), /this browser/);

    await expectNavigation(page, "/login", () => page.click("#sign-out"));
    await page.goto(`${daemon.url}/login/code`);
    await page.fill("#code", code);
    await page.getByRole("button", { name: "Sign in" }).click();
    const message = await statusText(page);
    assert.equal(await page.locator("#status.error").count(), 1, `status: ${message}`);
    assert.equal(pathOf(page), "/login/code");
    await page.goto(`${daemon.url}/account`);
    assert.equal(pathOf(page), "/login", "a used code opens no session");
    assert.deepEqual(tab.problems, []);
  });

  it("fills the code in from the link and accepts it in lower case", async () => {
    const { code, url } = await newCode();
    assert.ok(url.startsWith(`${daemon.url}/login/code?`), `link ${url}`);
    await page.goto(url);
    assert.equal(await page.inputValue("#code"), code);

    await page.fill("#code", ` ${code.toLowerCase()} `);
    await expectNavigation(page, "/account", () => page.press("#code", "Enter"));
    assert.equal((await page.locator("#profile-username").textContent()).trim(), "bob");
    await expectNavigation(page, "/login", () => page.click("#sign-out"));
  });

  it("says so when a code is wrong or missing", async () => {
    await page.goto(`${daemon.url}/login/code`);
    await page.fill("#code", "ZZZZ-ZZZZ");
    await page.getByRole("button", { name: "Sign in" }).click();
    const wrong = await statusText(page);
    assert.equal(await page.locator("#status.error").count(), 1, `status: ${wrong}`);
    assert.equal(pathOf(page), "/login/code");

    // An empty field is caught by the browser before anything is sent.
    await page.goto(`${daemon.url}/login/code`);
    let posted = false;
    page.on("request", (r) => { if (r.method() === "POST") posted = true; });
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForTimeout(300);
    assert.equal(posted, false);
    assert.equal(await page.locator("#code:invalid").count(), 1);
    assert.equal(pathOf(page), "/login/code");
  });

  it("ends another session from the account page, then signs out everywhere", async () => {
    const other = await sessionElsewhere();
    await signInHere();
    const rows = page.locator("#sessions li[data-session-id]");
    assert.equal(await rows.count(), 2);
    const otherRow = page.locator('#sessions li:has(button.end-session[data-current="false"])');
    assert.equal(await otherRow.count(), 1);
    await Promise.all([page.waitForEvent("load"), otherRow.locator("button.end-session").click()]);
    assert.equal(pathOf(page), "/account");
    assert.equal(await rows.count(), 1);
    assert.match(await rows.nth(0).textContent(), /this browser/);
    assert.equal(await stillSignedIn(other), false, "the ended session no longer works");

    const another = await sessionElsewhere();
    await page.reload();
    assert.equal(await rows.count(), 2);
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.click("#sign-out-everywhere");
    await page.waitForTimeout(300);
    assert.equal(await stillSignedIn(another), true, "declining signs nobody out");
    assert.equal(pathOf(page), "/account");

    page.once("dialog", (dialog) => dialog.accept());
    await expectNavigation(page, "/login", () => page.click("#sign-out-everywhere"));
    assert.equal(await stillSignedIn(another), false);
    await page.goto(`${daemon.url}/account`);
    assert.equal(pathOf(page), "/login");
    assert.deepEqual(tab.problems, []);
  });

  it("signs this browser out from its own row in the session list", async () => {
    await signInHere();
    const mine = page.locator('#sessions button.end-session[data-current="true"]');
    assert.equal(await mine.count(), 1);
    await expectNavigation(page, "/login", () => mine.click());
    await page.goto(`${daemon.url}/account`);
    assert.equal(pathOf(page), "/login");
  });
});
