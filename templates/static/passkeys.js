// Passkey ceremonies and account actions for Pocket ID's pages. One file, no dependencies,
// loaded with `defer` under a Content-Security-Policy that allows no inline script.
"use strict";

(() => {
  const status = document.getElementById("status");

  function say(message, isError) {
    if (!status) return;
    // Server messages may start in lower case; people read sentences.
    status.textContent = message ? message.charAt(0).toUpperCase() + message.slice(1) : "";
    status.classList.toggle("error", Boolean(isError));
  }

  // --- base64url <-> ArrayBuffer, for browsers without the JSON helpers -------------------
  function fromBase64url(text) {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function creationOptions(json) {
    if (PublicKeyCredential.parseCreationOptionsFromJSON) {
      return PublicKeyCredential.parseCreationOptionsFromJSON(json);
    }
    return {
      ...json,
      challenge: fromBase64url(json.challenge),
      user: { ...json.user, id: fromBase64url(json.user.id) },
      excludeCredentials: (json.excludeCredentials || []).map((c) => ({ ...c, id: fromBase64url(c.id) })),
    };
  }

  function requestOptions(json) {
    if (PublicKeyCredential.parseRequestOptionsFromJSON) {
      return PublicKeyCredential.parseRequestOptionsFromJSON(json);
    }
    return {
      ...json,
      challenge: fromBase64url(json.challenge),
      allowCredentials: (json.allowCredentials || []).map((c) => ({ ...c, id: fromBase64url(c.id) })),
    };
  }

  function credentialJSON(credential) {
    if (typeof credential.toJSON === "function") {
      try {
        return credential.toJSON();
      } catch (_) {
        // Some browsers expose toJSON but fail on extension results; fall through.
      }
    }
    const response = credential.response;
    const json = {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
      response: { clientDataJSON: toBase64url(response.clientDataJSON) },
    };
    if (response.attestationObject) {
      json.response.attestationObject = toBase64url(response.attestationObject);
      json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
      json.response.authenticatorData = toBase64url(response.authenticatorData);
      json.response.signature = toBase64url(response.signature);
      json.response.userHandle = response.userHandle ? toBase64url(response.userHandle) : null;
    }
    return json;
  }

  // --- talking to the server -------------------------------------------------------------
  async function call(method, path, body) {
    const response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return null;
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.message || `The server answered ${response.status}.`);
      error.code = data.code;
      throw error;
    }
    return data;
  }

  // What to tell a person when the browser's ceremony fails, by DOMException name.
  function ceremonyMessage(error) {
    switch (error && error.name) {
      case "NotAllowedError":
        return "The passkey request was cancelled or timed out. Try again when you are ready.";
      case "InvalidStateError":
        return "This device already holds a passkey for your account.";
      case "SecurityError":
        return "This page's address does not match the server's passkey settings (RP ID or origin).";
      case "NotSupportedError":
        return "This browser or authenticator does not support the kind of passkey needed.";
      case "AbortError":
        return "";
      default:
        return (error && error.message) || "Something went wrong.";
    }
  }

  function supported() {
    if (!window.PublicKeyCredential || !navigator.credentials) {
      say("This browser has no passkey support. Use a current browser, or ask for a login code.", true);
      return false;
    }
    return true;
  }

  // Only our own paths are followed after sign-in: never another site.
  function safeReturn(path) {
    return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !/[\u0000-\u0020\\]/.test(path) ? path : "/account";
  }

  async function register(startPath, startBody, finishPath) {
    const started = await call("POST", startPath, startBody);
    const credential = await navigator.credentials.create({ publicKey: creationOptions(started.options.publicKey) });
    return call("POST", finishPath, { ceremony_id: started.ceremony_id, credential: credentialJSON(credential) });
  }

  // --- pages -----------------------------------------------------------------------------
  function loginPage() {
    const form = document.getElementById("sign-in");
    const button = document.getElementById("passkey-sign-in");
    const returnTo = safeReturn(form.dataset.returnTo);
    let pending = null;

    async function signIn(mediation) {
      if (pending) pending.abort();
      const controller = new AbortController();
      pending = controller;
      const started = await call("POST", "/webauthn/sign-in/start", {});
      const options = { publicKey: requestOptions(started.options.publicKey), signal: controller.signal };
      if (mediation) options.mediation = mediation;
      const credential = await navigator.credentials.get(options);
      if (controller.signal.aborted) return;
      pending = null;
      say("Checking your passkey…");
      await call("POST", "/webauthn/sign-in/finish", {
        ceremony_id: started.ceremony_id,
        credential: credentialJSON(credential),
      });
      window.location.assign(returnTo);
    }

    function report(error) {
      const message = typeof error.code === "string" ? error.message : ceremonyMessage(error);
      if (message) say(message, true);
      button.disabled = false;
    }

    let clicked = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!supported()) return;
      clicked = true;
      button.disabled = true;
      say("Waiting for your passkey…");
      signIn(null).catch(report);
    });

    // Autofill: offer passkeys in the username field's suggestions where the browser can.
    if (supported() && PublicKeyCredential.isConditionalMediationAvailable) {
      PublicKeyCredential.isConditionalMediationAvailable().then((available) => {
        // A click may have come first: then its request is the one the person is answering.
        if (available && !clicked) {
          signIn("conditional").catch((error) => { if (error.name !== "AbortError") report(error); });
        }
      });
    }
  }

  function codePage() {
    const form = document.getElementById("code-sign-in");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const code = form.elements.code.value.trim();
      if (!code) return say("Enter the code you were given.", true);
      call("POST", "/login/code", { code })
        .then(() => window.location.assign(safeReturn(form.dataset.returnTo)))
        .catch((error) => say(error.message, true));
    });
  }

  function invitePage() {
    const button = document.getElementById("create-passkey");
    button.addEventListener("click", () => {
      if (!supported()) return;
      button.disabled = true;
      say("Follow your device's prompt to create the passkey…");
      register("/webauthn/enrol/start", { token: button.dataset.token }, "/webauthn/enrol/finish")
        .then(() => window.location.assign("/account"))
        .catch((error) => {
          say(typeof error.code === "string" ? error.message : ceremonyMessage(error), true);
          button.disabled = false;
        });
    });
  }

  function signUpPage() {
    const form = document.getElementById("sign-up");
    const button = form.querySelector("button");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!supported()) return;
      const field = (name) => form.elements[name].value.trim() || null;
      const body = {
        via: form.dataset.via,
        token: form.dataset.token || null,
        username: form.elements.username.value.trim(),
        email: field("email"),
        first_name: field("first_name"),
        last_name: field("last_name"),
      };
      button.disabled = true;
      say("Follow your device's prompt to create the passkey…");
      register("/webauthn/self-enrol/start", body, "/webauthn/self-enrol/finish")
        .then(() => window.location.assign("/account"))
        .catch((error) => {
          say(typeof error.code === "string" ? error.message : ceremonyMessage(error), true);
          button.disabled = false;
        });
    });
  }

  function accountPage() {
    const reload = () => window.location.reload();
    const fail = (error) => say(typeof error.code === "string" ? error.message : ceremonyMessage(error), true);

    const profile = document.getElementById("profile");
    profile.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = (name) => profile.elements[name].value.trim();
      // Empty strings clear a field (or make the display name derived again).
      call("PATCH", "/account/profile", {
        username: value("username"),
        email: value("email"),
        first_name: value("first_name"),
        last_name: value("last_name"),
        display_name: value("display_name"),
      })
        .then(reload)
        .catch(fail);
    });

    document.getElementById("add-passkey").addEventListener("click", () => {
      if (!supported()) return;
      say("Follow your device's prompt to create the passkey…");
      register("/webauthn/add/start", {}, "/webauthn/add/finish").then(reload).catch(fail);
    });

    for (const form of document.querySelectorAll("form.rename")) {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        call("PATCH", `/account/passkeys/${form.dataset.passkeyId}`, { name: form.elements.name.value })
          .then(() => say("Renamed."))
          .catch(fail);
      });
    }

    for (const button of document.querySelectorAll("button.delete-passkey")) {
      button.addEventListener("click", () => {
        const question = button.dataset.last === "true"
          ? "This is your only passkey. Without it you cannot sign in until an administrator helps. Delete it anyway?"
          : "Delete this passkey? The device that holds it will no longer sign you in.";
        if (!window.confirm(question)) return;
        call("DELETE", `/account/passkeys/${button.dataset.passkeyId}`).then(reload).catch(fail);
      });
    }

    for (const button of document.querySelectorAll("button.end-session")) {
      button.addEventListener("click", () => {
        call("DELETE", `/account/sessions/${button.dataset.sessionId}`)
          .then(() => (button.dataset.current === "true" ? window.location.assign("/login") : reload()))
          .catch(fail);
      });
    }

    document.getElementById("sign-out-everywhere").addEventListener("click", () => {
      if (!window.confirm("Sign out of every browser and device, this one included?")) return;
      call("POST", "/account/sign-out-everywhere").then(() => window.location.assign("/login")).catch(fail);
    });

    document.getElementById("sign-out").addEventListener("click", () => {
      call("POST", "/sign-out").then(() => window.location.assign("/login")).catch(fail);
    });
  }

  const pages = {
    login: loginPage,
    "login-code": codePage,
    invite: invitePage,
    signup: signUpPage,
    account: accountPage,
    // The authorization response in form_post mode: send it on at once.
    "form-post": () => document.getElementById("form-post").submit(),
  };
  const page = pages[document.body.dataset.page];
  if (page) page();
})();
