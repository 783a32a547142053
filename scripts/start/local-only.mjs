// npm start serves this computer only. It listens on the loopback addresses (127.0.0.1, and ::1 where the machine has
// IPv6), answers only requests addressed to localhost, 127.0.0.1 or [::1] on its port (a page on another site that
// points its own name at 127.0.0.1, "DNS rebinding", gets a 403), and lets no other site read what it serves, but
// Excel on the web its functions.json.
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";

/** The addresses the server listens on: `localhost` resolves to one or both, and Excel names it so. */
export const LOOPBACK = Object.freeze({ ipv4: "127.0.0.1", ipv6: "::1" });

/** Errors of an address this machine does not have (no IPv6): not a problem, there is nothing to serve there. */
export const ABSENT_ADDRESS = new Set(["EADDRNOTAVAIL", "EAFNOSUPPORT", "EINVAL"]);

/** The Host headers this server answers: each loopback name with the port (bare too when it is the scheme's own). */
export function allowedHostHeaders(port, https) {
  const names = ["localhost", LOOPBACK.ipv4, `[${LOOPBACK.ipv6}]`];
  const defaultPort = https ? 443 : 80;
  return new Set(names.flatMap((name) => (port === defaultPort ? [name, `${name}:${port}`] : [`${name}:${port}`])));
}

/**
 * Connect middleware, first on every route (webpack-dev-server's own, the compiled files, our pages): a request
 * addressed to any other host gets 403 and one plain line. webpack-dev-server's allowedHosts alone would let any IP
 * address through (its isValidHost); this list is exact.
 */
export function hostGuard(port, https) {
  const allowed = allowedHostHeaders(port, https);
  const names = [...allowed].filter((host) => host.includes(":") && !host.endsWith("]")).join(", ");
  return (request, response, next) => {
    const host = (request.headers.host ?? "").toLowerCase();
    if (allowed.has(host)) return next();
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    return response.end(`Refused: this development server answers only requests addressed to ${names}.\n`);
  };
}

/**
 * Excel on the web reads the functions' metadata (functions.json, the manifest's Metadata URL) with a cross-origin
 * request from its own page, so the server hosting it must allow that origin ("the server settings on the server
 * that hosts the JSON file must have CORS enabled in order for custom functions to work correctly in Excel on the
 * web": https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json, earlier revision). The origins
 * seen are https://excel.officeapps.live.com (OfficeDev/office-js issue 3970) and https://inc-excel.officeapps.live.com
 * (OfficeDev/office-js-docs-pr issue 1920); Microsoft publishes no list (office-js-docs-pr issue 2956 suggests a
 * filter on the live.com domain). So: https origins under officeapps.live.com, on the default port, exactly.
 * @param {string | undefined} origin the request's Origin header
 */
export function isExcelOnTheWeb(origin) {
  if (typeof origin !== "string") return false;
  try {
    const url = new URL(origin);
    const host = url.hostname;
    return url.origin === origin && url.protocol === "https:" && (host === "officeapps.live.com" || host.endsWith(".officeapps.live.com"));
  } catch {
    return false;
  }
}

/** The CORS headers of functions.json for a request from `origin`: that origin when it is Excel on the web's, else none. */
export function metadataCorsHeaders(origin) {
  return isExcelOnTheWeb(origin) ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : { Vary: "Origin" };
}

/**
 * Listens on `port` of one address with the dev server's own request handler (its express app): how the server is
 * also reachable on ::1 while webpack-dev-server listens on 127.0.0.1. Resolves to the server, or to null when this
 * machine does not have the address.
 * @param {{ app: import("node:http").RequestListener, tls: import("node:https").ServerOptions | null, host: string, port: number }} options
 */
export function listenAlso({ app, tls, host, port }) {
  const server = tls ? createHttpsServer(tls, app) : createHttpServer(app);
  return new Promise((done, fail) => {
    server.once("error", (error) => (ABSENT_ADDRESS.has(error.code) ? done(null) : fail(error)));
    server.listen({ host, port, ipv6Only: true }, () => done(server));
  });
}
