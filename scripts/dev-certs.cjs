"use strict";
/**
 * HTTPS for the dev server (https://localhost:3000), used by webpack.config.js (only under
 * `webpack serve`) and scripts/start.mjs. `npm run build` never comes here.
 *
 * office-addin-dev-certs generates a CA and a localhost certificate in ~/.office-addin-dev-certs
 * and trusts the CA (Windows certificate store, macOS keychain, or `sudo update-ca-certificates`
 * on Linux). On Linux as root without sudo the trust step fails ("sudo: not found") although the
 * files are fine, and every later call would delete and regenerate them (so a CA the developer
 * imported into a browser by hand would stop matching). So on Linux valid existing files are used
 * as they are, a failed trust step is a warning, and without any files the dev server falls back
 * to webpack-dev-server's own self-signed certificate.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** The certificate files, if all three exist, the key matches and the certificate is valid for a day more. */
function readUsableCertFiles() {
  try {
    const files = { ca: fs.readFileSync(FILES.ca), cert: fs.readFileSync(FILES.cert), key: fs.readFileSync(FILES.key) };
    const x509 = new crypto.X509Certificate(files.cert);
    const matches = x509.checkPrivateKey(crypto.createPrivateKey(files.key));
    const fresh = new Date(x509.validTo).getTime() - Date.now() > DAY_MS;
    return matches && fresh ? files : null;
  } catch {
    return null;
  }
}

/**
 * Makes sure usable certificate files exist, trusting the CA where the platform allows.
 * @param {{ warn?: (msg: string) => void }} [io] where warnings go (default console.warn)
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer } | null>} the files, or null when there
 *   are none (then serve with a self-signed certificate)
 */
async function ensureDevCerts(io = {}) {
  const warn = io.warn || ((m) => console.warn(m));
  // On Linux, or when `npm start` has just made sure of them: use valid files as they are.
  if (process.platform === "linux" || process.env.SF_DEV_CERTS_READY === "1") {
    const existing = readUsableCertFiles();
    if (existing) return existing;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, cert: options.cert, key: options.key };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const files = readUsableCertFiles();
    if (files) {
      warn(
        `Could not trust the development CA (${message.trim().split("\n")[0]}).\n` +
          `Serving with the generated certificate ${FILES.cert}; to trust it, import ${FILES.ca} as a certificate authority ` +
          `in your browser or system (e.g. sudo cp it to /usr/local/share/ca-certificates/ and run update-ca-certificates).`,
      );
      return files;
    }
    warn(`Could not create development certificates (${message.trim().split("\n")[0]}); using a self-signed certificate.`);
    return null;
  }
}

/**
 * The `devServer.server` value for webpack-dev-server.
 * @returns {Promise<"https" | { type: "https", options: { ca: Buffer, cert: Buffer, key: Buffer } }>}
 */
async function devServerHttps() {
  // `npm start` already found that there are no usable files (and said so).
  if (process.env.SF_DEV_CERTS_READY === "0") return "https";
  const files = await ensureDevCerts();
  return files ? { type: "https", options: files } : "https";
}

module.exports = { CERT_DIR, FILES, ensureDevCerts, devServerHttps, readUsableCertFiles };
