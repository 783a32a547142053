// ADDIN_URL, the address a release is served from: checked once (an https URL, written as a browser writes it, that
// every file name can be appended to) and escaped for each file it is written into. webpack.config.js (the manifest),
// scripts/build.mjs (functions.json) and npm start (the served port's URLs) all rewrite with these functions.
"use strict";

/** The URL every source file names: the development server (npm start). */
const DEV_URL = "https://localhost:3000/";
const EXAMPLE = "e.g. https://dsr-addin.example.org/";

class AddinUrlError extends Error {}

/** The value as one line: quoted, control characters and quotes escaped (a pasted newline stays visible). */
const shown = (value) => JSON.stringify(value);

/**
 * Why `value` cannot be the add-in's base URL, in one line, or null when it can. Its credentials are never echoed.
 * @param {string} value
 * @returns {string | null}
 */
function addinUrlProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `ADDIN_URL is not a URL (got ${shown(value)}): set it to the https address the add-in is served from, ${EXAMPLE}`;
  }
  if (url.protocol !== "https:") {
    return `ADDIN_URL must be an https URL: Office loads add-ins only over https (got ${shown(value)}), ${EXAMPLE}`;
  }
  if (url.username !== "" || url.password !== "") {
    return `ADDIN_URL must not contain a user name or password (got one before ${url.host}): Office sends none, ${EXAMPLE}`;
  }
  if (url.search !== "" || url.hash !== "" || /[?#]/.test(value)) {
    return `ADDIN_URL must not have a query (?) or a fragment (#): each file's name is appended to it (got ${shown(value)}), ${EXAMPLE}`;
  }
  if (!url.pathname.endsWith("/")) {
    return `ADDIN_URL must end with "/": each file's name is appended to it (got ${shown(value)}), ${EXAMPLE}`;
  }
  // What is written is exactly what was set: a value the URL parser would change (spaces, quotes, <, >, a backslash,
  // an upper-case or non-ASCII host) is refused with the form to use instead of being changed silently.
  if (url.href !== value) {
    return `ADDIN_URL must be written as a browser writes it: ${shown(url.href)} (got ${shown(value)})`;
  }
  return null;
}

/**
 * The production base URL from the environment, checked; null when ADDIN_URL is unset or empty.
 * @throws {AddinUrlError} one line saying what is wrong with it
 */
function readAddinUrl(env = process.env) {
  const value = env.ADDIN_URL;
  if (!value) return null;
  const problem = addinUrlProblem(value);
  if (problem !== null) throw new AddinUrlError(problem);
  return value;
}

/** Text for an XML attribute value or element content (the manifest quotes its attributes with "). */
const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/**
 * A comment can hold no "--" and no entity; a hyphen written %2D is the same URL (RFC 3986, section 2.3), so an
 * IDN host (xn--) stays readable there.
 */
const commentSafe = (url) => url.replace(/--/g, "-%2D");

/**
 * The manifest with every development URL replaced by `baseUrl`: escaped as XML in attributes and text, and made
 * comment-safe in comments. The source manifest writes DEV_URL unescaped (it holds no character XML escapes).
 * @param {string} xml
 * @param {string | null} baseUrl
 */
function rewriteManifestUrls(xml, baseUrl) {
  if (!baseUrl) return xml;
  return xml
    .split(/(<!--[\s\S]*?-->)/)
    .map((part) => part.split(DEV_URL).join(part.startsWith("<!--") ? commentSafe(baseUrl) : escapeXml(baseUrl)))
    .join("");
}

/**
 * functions.json with every development URL replaced by `baseUrl`. In JSON the URL only ever sits inside a string,
 * so it is written as JSON string content.
 * @param {string} json
 * @param {string | null} baseUrl
 */
function rewriteJsonUrls(json, baseUrl) {
  if (!baseUrl) return json;
  return json.split(DEV_URL).join(JSON.stringify(baseUrl).slice(1, -1));
}

module.exports = { DEV_URL, AddinUrlError, addinUrlProblem, readAddinUrl, escapeXml, rewriteManifestUrls, rewriteJsonUrls };
