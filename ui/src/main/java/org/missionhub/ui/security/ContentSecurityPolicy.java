package org.missionhub.ui.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy of MissionHub's pages. Scripts: only the application's own files and the
 * bootstrap's inline scripts that carry this response's nonce ({@link PageNonces} puts it on them);
 * {@code 'unsafe-eval'} because Vaadin's client runs the server's {@code executeJs} calls through
 * {@code new Function}. Styles: own files and inline styles — Vaadin's theme and components inject style
 * elements at run time without a nonce (Vaadin documents {@code style-src 'unsafe-inline'} as required); a
 * style cannot run script. Nothing may be loaded from elsewhere, framed, posted elsewhere or used as a base
 * URL.
 */
final class ContentSecurityPolicy {

  /** Request attribute with the nonce of the page being answered. */
  static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";

  /** For responses that are not MissionHub's pages (the API, the OpenAPI viewer): framing and plugins only. */
  static final String MINIMAL = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ContentSecurityPolicy() {}

  /** A fresh nonce: 128 random bits. */
  static String nonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The policy of a page whose inline scripts and styles carry {@code nonce}. */
  static String forPage(String nonce) {
    String self = "'self' 'nonce-" + nonce + "'";
    return "default-src 'self'; "
        + "script-src " + self + " 'unsafe-eval'; "
        + "style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; "
        + "font-src 'self' data:; "
        + "connect-src 'self'; "
        + "form-action 'self'; "
        + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
  }
}
