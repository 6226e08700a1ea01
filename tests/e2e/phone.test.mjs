// The pages at phone width (390 CSS pixels): nothing wider than the screen, so no sideways
// scrolling. Screenshots go to $E2E_SCREENSHOTS (default: the temporary directory) for a look.

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  startDaemon, invitedUser, launchBrowser, openTab, expectNavigation,
} from "./harness.mjs";

const WIDTH = 390;
const shots = process.env.E2E_SCREENSHOTS || join(tmpdir(), "pocket-id-e2e-screenshots");

describe("pages at phone width", { timeout: 90_000 }, () => {
  let daemon, browser, tab, page, inviteUrl;

  before(async () => {
    await mkdir(shots, { recursive: true });
    daemon = await startDaemon("phone");
    browser = await launchBrowser({ width: WIDTH, height: 844 });
    tab = await openTab(browser.context);
    page = tab.page;
    ({ inviteUrl } = await invitedUser(daemon, {
      username: "maximiliane.von-hohenberg",
      email: "maximiliane.von-hohenberg@example.com",
      first_name: "Maximiliane",
      last_name: "von Hohenberg-Wittelsbach",
    }));
  });

  after(async () => {
    await browser?.close();
    await daemon?.stop();
  });

  /** Fails when anything makes the page wider than the screen; saves a full-page screenshot. */
  async function fitsTheScreen(name) {
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    const { scrollWidth, wide } = await page.evaluate((width) => ({
      scrollWidth: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}`),
    }), WIDTH);
    assert.ok(scrollWidth <= WIDTH, `${name}: ${scrollWidth}px wide; too wide: ${wide.join(", ")}`);
    assert.deepEqual(wide, [], `${name}: elements past the right edge`);
  }

  it("sign-in, code and invite pages fit", async () => {
    await page.goto(`${daemon.url}/login`);
    await fitsTheScreen("login");
    await page.goto(`${daemon.url}/login/code`);
    await fitsTheScreen("login-code");
    await page.goto(inviteUrl);
    await fitsTheScreen("invite");
  });

  it("the account page fits, with long names and two passkeys", async () => {
    const first = await tab.authenticators.add();
    await page.goto(inviteUrl);
    await expectNavigation(page, "/account", () => page.click("#create-passkey"));
    await tab.authenticators.remove(first);
    await tab.authenticators.add();
    await Promise.all([page.waitForEvent("load"), page.click("#add-passkey")]);
    assert.equal(await page.locator("#passkeys li[data-passkey-id]").count(), 2);
    await fitsTheScreen("account");
    assert.deepEqual(tab.problems, []);
  });

  it("the error page fits", async () => {
    await page.goto(inviteUrl);
    await fitsTheScreen("invite-used");
  });
});
