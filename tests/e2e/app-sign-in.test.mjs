// One whole app sign-in through the browser, as an OpenID Connect relying party sees it. A tiny
// app runs in this process (a Node `http` server on a loopback port, registered as a confidential
// client): its `/` sends the browser to the authorization endpoint with state, nonce and a PKCE
// S256 challenge; its `/callback` checks state and `iss`, redeems the code at the token endpoint
// with HTTP Basic client authentication, calls the userinfo endpoint, verifies the ID token
// against the JWKS and greets the person by username.
//
// In the browser: alice enrols a passkey from her invite link and signs out; the app sends her to
// the sign-in page, she signs in with the passkey button, allows the app on the consent page and
// lands back in the app. A second visit goes straight through (session alive, consent
// remembered). A second app she has not allowed yet is refused on its consent page, and that app
// gets `error=access_denied` at its callback.

import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import {
  startDaemon, invitedUser, launchBrowser, openTab, expectNavigation, pathOf, autofillPending,
} from "./harness.mjs";

const b64url = (bytes) => Buffer.from(bytes).toString("base64url");
const random = () => b64url(randomBytes(32));

/** Decodes a JWT and verifies its signature with the key of the JWKS it names. */
function verifiedClaims(jwt, jwks) {
  const parts = jwt.split(".");
  assert.equal(parts.length, 3, `an ID token has three parts: ${jwt}`);
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = JSON.parse(Buffer.from(headerPart, "base64url").toString("utf8"));
  const claims = JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8"));
  const jwk = jwks.keys.find((k) => k.kid === header.kid) ?? (jwks.keys.length === 1 ? jwks.keys[0] : null);
  assert.ok(jwk, `no key in the JWKS for kid ${header.kid}: ${JSON.stringify(jwks)}`);
  const key = createPublicKey({ key: jwk, format: "jwk" });
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  const signature = Buffer.from(signaturePart, "base64url");
  let valid;
  if (header.alg === "ES256") {
    valid = verify("sha256", signed, { key, dsaEncoding: "ieee-p1363" }, signature);
  } else if (header.alg === "RS256") {
    valid = verify("sha256", signed, key, signature);
  } else {
    assert.fail(`unexpected ID token algorithm ${header.alg}`);
  }
  assert.ok(valid, `the ID token's ${header.alg} signature does not verify: ${JSON.stringify(header)}`);
  return { header, claims };
}

const htmlPage = (title, body) =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1 id="result">${body}</h1></body></html>`;

/**
 * Starts the app on a free loopback port. `register(appUrl)` registers it with the daemon and
 * returns `{ client, secret }`. Every callback's outcome is kept in `results`, newest last.
 */
async function startApp(daemonUrl, register) {
  const pending = new Map(); // state -> { nonce, verifier }
  const results = [];
  let discovery, client, secret, appUrl;

  async function callback(url) {
    const params = url.searchParams;
    const state = params.get("state");
    const flow = pending.get(state);
    if (!flow) throw new Error(`unknown state ${state} in ${url}`);
    pending.delete(state);
    if (params.get("iss") !== discovery.issuer) {
      throw new Error(`iss ${params.get("iss")} is not the issuer ${discovery.issuer}`);
    }
    if (params.get("error")) {
      const result = { error: params.get("error"), description: params.get("error_description") };
      results.push(result);
      return htmlPage("Refused", `Sign-in refused: ${result.error}`);
    }
    const code = params.get("code");
    if (!code) throw new Error(`no code in ${url}`);

    const tokenResponse = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(
          `${encodeURIComponent(client.id)}:${encodeURIComponent(secret)}`,
        ).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: `${appUrl}/callback`,
        code_verifier: flow.verifier,
      }),
    });
    const tokenText = await tokenResponse.text();
    if (tokenResponse.status !== 200) {
      throw new Error(`token endpoint answered ${tokenResponse.status}: ${tokenText}`);
    }
    const tokens = JSON.parse(tokenText);

    const userinfoResponse = await fetch(discovery.userinfo_endpoint, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    const userinfoText = await userinfoResponse.text();
    if (userinfoResponse.status !== 200) {
      throw new Error(`userinfo endpoint answered ${userinfoResponse.status}: ${userinfoText}`);
    }
    const userinfo = JSON.parse(userinfoText);

    const jwks = await (await fetch(discovery.jwks_uri)).json();
    const { header, claims } = verifiedClaims(tokens.id_token, jwks);
    if (claims.nonce !== flow.nonce) throw new Error(`nonce ${claims.nonce}, expected ${flow.nonce}`);
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audience.includes(client.id)) throw new Error(`aud ${claims.aud} lacks ${client.id}`);
    if (claims.iss !== discovery.issuer) throw new Error(`iss ${claims.iss} in the ID token`);

    results.push({ tokens, userinfo, header, claims });
    return htmlPage("Signed in", `Signed in as ${userinfo.preferred_username}`);
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, appUrl);
    try {
      if (url.pathname === "/") {
        discovery = await (await fetch(`${daemonUrl}/.well-known/openid-configuration`)).json();
        const state = random();
        const nonce = random();
        const verifier = random();
        pending.set(state, { nonce, verifier });
        const target = new URL(discovery.authorization_endpoint);
        target.search = new URLSearchParams({
          response_type: "code",
          scope: "openid profile email",
          client_id: client.id,
          redirect_uri: `${appUrl}/callback`,
          state,
          nonce,
          code_challenge: b64url(createHash("sha256").update(verifier).digest()),
          code_challenge_method: "S256",
        }).toString();
        res.writeHead(302, { Location: target.toString() });
        res.end();
      } else if (url.pathname === "/callback") {
        const html = await callback(url);
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(html);
      } else if (url.pathname === "/bye") {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(htmlPage("Bye", "Signed out"));
      } else {
        res.writeHead(404);
        res.end();
      }
    } catch (error) {
      results.push({ failure: error.message });
      res.writeHead(500, { "Content-Type": "text/html; charset=utf-8" });
      res.end(htmlPage("App error", `App error: ${error.message.replace(/</g, "&lt;")}`));
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolveListen);
  });
  appUrl = `http://localhost:${server.address().port}`;
  ({ client, secret } = await register(appUrl));
  return {
    url: appUrl,
    client,
    results,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

describe("signing in to an app", { timeout: 90_000 }, () => {
  let daemon, browser, tab, page, device, inviteUrl;
  let passkey; // alice's credential, off the device while the sign-in page loads
  let app, otherApp;

  const registerApp = (name) => async (appUrl) => {
    const created = await daemon.api("POST", "/clients", {
      name,
      redirect_uris: [`${appUrl}/callback`],
      post_logout_redirect_uris: [`${appUrl}/bye`],
    });
    assert.ok(created.client?.id, `a created client has an id: ${JSON.stringify(created)}`);
    assert.ok(created.secret, `a confidential client gets a secret: ${JSON.stringify(created)}`);
    return created;
  };

  // The consent form's submissions, with the Origin header the browser sent along.
  const consentPosts = [];

  /** What the tab shows, for assertion messages. */
  const where = async () => {
    const text = await page.locator("body").innerText().catch(() => "(no body)");
    const posts = consentPosts.length ? `\nconsent form posts: ${JSON.stringify(consentPosts)}` : "";
    return `at ${page.url()}:\n${text.slice(0, 1500)}${posts}`;
  };

  /** The outcome the app recorded last, which must not be a failure. */
  const lastResult = (target) => {
    const result = target.results.at(-1);
    assert.ok(result, "the app's callback was never reached");
    assert.equal(result.failure, undefined, `the app's callback failed: ${result.failure}`);
    return result;
  };

  before(async () => {
    daemon = await startDaemon("app-sign-in");
    browser = await launchBrowser();
    tab = await openTab(browser.context);
    page = tab.page;
    page.on("request", async (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/authorize/consent") {
        const entry = { body: request.postData() };
        consentPosts.push(entry);
        entry.origin = await request.headerValue("origin").catch(() => "(unknown)");
      }
    });
    ({ inviteUrl } = await invitedUser(daemon, {
      username: "alice", email: "alice@example.com", first_name: "Alice",
    }));
    app = await startApp(daemon.url, registerApp("Test App"));
    otherApp = await startApp(daemon.url, registerApp("Other App"));
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await otherApp?.close();
    await daemon?.stop();
  });

  it("enrols alice's passkey from her invite link, then signs out", async () => {
    device = await tab.authenticators.add();
    await page.goto(inviteUrl);
    await expectNavigation(page, "/account", () => page.click("#create-passkey"));
    // Chromium's virtual authenticator answers the sign-in page's autofill request by itself
    // whenever it holds a matching passkey: keep the passkey off the device until it is wanted.
    const held = await tab.authenticators.credentials(device);
    assert.equal(held.length, 1);
    passkey = held[0];
    await tab.cdp.send("WebAuthn.clearCredentials", { authenticatorId: device });

    const status = await page.evaluate(async () => (await fetch("/sign-out", { method: "POST" })).status);
    assert.ok(status < 400, `POST /sign-out answered ${status}`);
    await page.goto(`${daemon.url}/account`);
    assert.equal(pathOf(page), "/login", `signed out, the account page sends to sign-in ${await where()}`);
  });

  it("signs in to the app with the passkey button and the consent page", async () => {
    // The sign-in page's autofill request waits on the empty device; then the passkey goes back
    // on the device and the button is clicked.
    await page.goto(`${app.url}/`);
    const signIn = new URL(page.url());
    assert.equal(signIn.origin, daemon.url, `the app sends to the daemon ${await where()}`);
    assert.equal(signIn.pathname, "/login", `signed out, authorization asks to sign in ${await where()}`);
    assert.ok(signIn.searchParams.get("return_to"), `the sign-in page knows where to go back: ${page.url()}`);

    await autofillPending(page);
    await tab.cdp.send("WebAuthn.addCredential", { authenticatorId: device, credential: passkey });
    await page.waitForTimeout(200);
    assert.equal(pathOf(page), "/login", "the waiting autofill request must not sign in by itself");

    await page.click("#passkey-sign-in");
    await page.locator("#consent-allow").waitFor().catch(async () => {
      assert.fail(`no consent page after signing in ${await where()}`);
    });
    const consent = await page.locator("body").innerText();
    assert.match(consent, /Test App/, `the consent page names the app ${await where()}`);
    assert.match(consent, new RegExp(app.url.replace(/[.:/]/g, "\\$&")), `the consent page shows the app's origin ${await where()}`);
    assert.match(consent, /alice/, `the consent page says who is signed in ${await where()}`);

    await Promise.all([
      page.waitForURL((u) => u.origin === app.url && u.pathname === "/callback", { waitUntil: "load" }),
      page.click("#consent-allow"),
    ]).catch(async (error) => assert.fail(`${error.message}\n${await where()}`));
    assert.equal((await page.locator("#result").textContent().catch(() => "")).trim(), "Signed in as alice",
      `the app greets alice ${await where()}`);

    const { tokens, userinfo, claims } = lastResult(app);
    assert.equal(tokens.token_type.toLowerCase(), "bearer", JSON.stringify(tokens));
    assert.equal(userinfo.sub, claims.sub, "userinfo and the ID token name the same subject");
    assert.equal(userinfo.email, "alice@example.com", JSON.stringify(userinfo));
    assert.equal(claims.aud === app.client.id || claims.aud.includes(app.client.id), true);
    assert.ok(claims.exp > Date.now() / 1000, `the ID token has not expired: ${JSON.stringify(claims)}`);
    assert.deepEqual(tab.problems, []);
  });

  it("signs in again straight away: session alive, consent remembered", async () => {
    const visited = [];
    const note = (frame) => { if (frame === page.mainFrame()) visited.push(frame.url()); };
    page.on("framenavigated", note);
    try {
      await page.goto(`${app.url}/`);
      await page.waitForURL((u) => u.origin === app.url && u.pathname === "/callback", { waitUntil: "load" })
        .catch(async (error) => assert.fail(`${error.message}\n${await where()}`));
    } finally {
      page.off("framenavigated", note);
    }
    const onDaemon = visited.filter((u) => new URL(u).origin === daemon.url);
    assert.deepEqual(onDaemon, [], "no sign-in or consent page on the way back to the app");
    assert.equal((await page.locator("#result").textContent()).trim(), "Signed in as alice", await where());
    assert.equal(app.results.length, 2);
    assert.equal(lastResult(app).claims.sub, app.results[0].claims.sub);
  });

  it("brings an app refused on its consent page back with access_denied", async () => {
    await page.goto(`${otherApp.url}/`);
    await page.locator("#consent-deny").waitFor().catch(async () => {
      assert.fail(`a new app must ask for consent ${await where()}`);
    });
    assert.match(await page.locator("body").innerText(), /Other App/, await where());

    await Promise.all([
      page.waitForURL((u) => u.origin === otherApp.url && u.pathname === "/callback", { waitUntil: "load" }),
      page.click("#consent-deny"),
    ]).catch(async (error) => assert.fail(`${error.message}\n${await where()}`));
    const callback = new URL(page.url());
    assert.equal(callback.searchParams.get("error"), "access_denied", `callback ${page.url()}`);
    assert.equal(callback.searchParams.get("code"), null, `no code for a refused app: ${page.url()}`);
    assert.equal((await page.locator("#result").textContent()).trim(), "Sign-in refused: access_denied",
      await where());
    assert.deepEqual(lastResult(otherApp).error, "access_denied");
    assert.deepEqual(tab.problems, []);
  });
});
