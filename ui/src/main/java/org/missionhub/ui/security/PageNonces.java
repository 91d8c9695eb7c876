package org.missionhub.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the response's Content-Security-Policy nonce ({@link SecurityHeadersFilter}) on every inline script and
 * style element of Vaadin's bootstrap page, so that the browser runs those and nothing injected.
 */
@ApplicationScoped
public class PageNonces {

  void onServiceInit(@Observes ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        page -> {
          Object nonce = page.getVaadinRequest().getAttribute(ContentSecurityPolicy.NONCE);
          if (nonce != null) {
            page.getDocument().select("script, style").attr("nonce", nonce.toString());
          }
        });
  }
}
