// Shared set-up of the browser tests: a real `pocket-id` daemon on a free port with its own data
// directory, an admin API key for it, and a headless Chromium whose tabs get virtual
// authenticators through the DevTools WebAuthn domain.

import { spawn, execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "..", "..");

const targetDir = process.env.CARGO_TARGET_DIR
  ? resolve(repoRoot, process.env.CARGO_TARGET_DIR)
  : join(repoRoot, "target");
export const daemonBin = process.env.POCKET_ID_BIN || join(targetDir, "debug", "pocket-id");
export const chromiumBin = process.env.CHROMIUM_BIN || "/usr/bin/chromium";

/** How long a page may take to get where a test expects it to. */
export const STEP_TIMEOUT = 15_000;

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Where each daemon's log is written when it stops, named after its test file. */
export const logDir = process.env.E2E_LOGS || join(tmpdir(), "pocket-id-e2e-logs");

/**
 * Starts a daemon with a fresh data directory. Returns its base URL, an admin API client and
 * `stop()`, which removes the data directory and writes the daemon's log to `logDir/NAME.log`.
 */
export async function startDaemon(name) {
  const dataDir = await mkdtemp(join(tmpdir(), "pocket-id-e2e-"));
  let lastError;
  // A port picked free can be taken before the daemon binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const log = [];
    const child = spawn(
      daemonBin,
      ["--data-dir", dataDir, "--listen", `127.0.0.1:${port}`, "--log-format", "json",
        "--public-url", url, "serve"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout.on("data", (chunk) => log.push(chunk.toString()));
    child.stderr.on("data", (chunk) => log.push(chunk.toString()));
    let exited = null;
    child.on("exit", (code, signal) => { exited = { code, signal }; });
    child.on("error", (error) => { exited = { error }; });

    const deadline = Date.now() + 20_000;
    let healthy = false;
    while (Date.now() < deadline && !exited) {
      try {
        const response = await fetch(`${url}/healthz`);
        if (response.status === 200) { healthy = true; break; }
      } catch (_) {
        // not listening yet
      }
      await sleep(50);
    }
    if (!healthy) {
      child.kill("SIGKILL");
      lastError = new Error(
        `pocket-id did not become healthy on ${url} (${JSON.stringify(exited)}):\n${log.join("")}`,
      );
      continue;
    }

    const apiKey = execFileSync(daemonBin, ["--data-dir", dataDir, "api-key", "create", "--name", "e2e"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();

    async function api(method, path, body) {
      const response = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${apiKey}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) {
        throw new Error(`${method} /api/v1${path} answered ${response.status}: ${text}`);
      }
      return text ? JSON.parse(text) : null;
    }

    async function stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await gone;
        clearTimeout(timer);
      }
      await mkdir(logDir, { recursive: true });
      await writeFile(join(logDir, `${name}.log`), log.join(""));
      await rm(dataDir, { recursive: true, force: true });
    }

    return { url, port, dataDir, api, stop, log: () => log.join(""), exited: () => exited };
  }
  await rm(dataDir, { recursive: true, force: true });
  throw lastError;
}

/** Creates a user and returns the user and a fresh invite link. */
export async function invitedUser(daemon, user) {
  const created = await daemon.api("POST", "/users", user);
  const invite = await daemon.api("POST", `/users/${encodeURIComponent(user.username)}/invite`, {});
  return { user: created, inviteUrl: invite.url };
}

/** Chromium with a throwaway profile. */
export async function launchBrowser(viewport = { width: 1024, height: 800 }) {
  const profile = await mkdtemp(join(tmpdir(), "pocket-id-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumBin,
    headless: true,
    viewport,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export const AUTHENTICATOR = {
  protocol: "ctap2",
  transport: "internal",
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

/**
 * A tab that records what a person would never see but a test must: uncaught script errors and
 * Content-Security-Policy refusals. `authenticators` adds and removes virtual authenticators of
 * this tab.
 */
export async function openTab(context) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  // Notes each WebAuthn request the page makes, so a test can wait until the sign-in page's
  // autofill request is pending before it hands the tab a device.
  await page.addInitScript(() => {
    const calls = (window.__webauthnCalls = []);
    const get = navigator.credentials.get.bind(navigator.credentials);
    navigator.credentials.get = (options) => {
      calls.push(options && options.mediation === "conditional" ? "conditional" : "modal");
      return get(options);
    };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const authenticators = {
    async add(options = {}) {
      const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
        options: { ...AUTHENTICATOR, ...options },
      });
      return authenticatorId;
    },
    async remove(authenticatorId) {
      await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId });
    },
    async credentials(authenticatorId) {
      const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
      return credentials;
    },
    async setUserVerified(authenticatorId, isUserVerified) {
      await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified });
    },
  };
  return { page, cdp, authenticators, problems };
}

/** Waits until the sign-in page has asked for a passkey through autofill. */
export async function autofillPending(page) {
  await page.waitForFunction(() => (window.__webauthnCalls || []).includes("conditional"));
}

/** The path of the tab's current URL. */
export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Runs `action` and waits until the tab has loaded a page at `path`. */
export async function expectNavigation(page, path, action) {
  await Promise.all([
    page.waitForURL((u) => u.pathname === path, { waitUntil: "load" }),
    action(),
  ]);
}

/** Waits until `#status` shows some text and returns it. */
export async function statusText(page) {
  const status = page.locator("#status");
  await page.waitForFunction(() => {
    const el = document.getElementById("status");
    return el && el.textContent.trim() !== "" && !/…$/.test(el.textContent.trim());
  });
  return (await status.textContent()).trim();
}
