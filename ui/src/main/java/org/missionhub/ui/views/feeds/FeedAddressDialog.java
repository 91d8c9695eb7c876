package org.missionhub.ui.views.feeds;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriBuilder;
import org.missionhub.core.feed.application.FeedSubscriptions;
import org.missionhub.core.feed.rest.PublicFeedResource;

/**
 * Shows a new feed address once: to copy into a calendar ("subscribe from URL" in Outlook or Google
 * Calendar) or to open in the computer's calendar application through {@code webcal:}. MissionHub keeps only
 * a hash of it, so closing the dialog without copying means revoking it and asking for another.
 */
class FeedAddressDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  FeedAddressDialog(String address, String feedTitle) {
    setHeaderTitle(getTranslation("feeds.addressTitle", feedTitle));
    TextField field = new TextField(getTranslation("feeds.address"));
    field.setId("feed-address");
    field.setValue(address);
    field.setReadOnly(true);
    field.setWidthFull();
    field.addFocusListener(focus -> field.getElement().executeJs("this.inputElement.select()"));
    Anchor open = new Anchor(address.replaceFirst("^https?://", "webcal://"), getTranslation("feeds.openInCalendar"));
    open.setId("feed-webcal");
    add(new Paragraph(getTranslation("feeds.addressOnce")), field, open, new Paragraph(getTranslation("feeds.addressSecret")));
    Button close = new Button(getTranslation("feeds.close"), click -> close());
    close.setId("feed-address-close");
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    setWidth("min(40rem, 95vw)");
  }

  /** The absolute address, on the host and scheme the person reached MissionHub by. */
  static String address(String slug, FeedSubscriptions.Created created) {
    HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    String base = request.getScheme() + "://" + request.getServerName() + port(request) + request.getContextPath() + "/api";
    return PublicFeedResource.address(UriBuilder.fromUri(base), slug, created);
  }

  private static String port(HttpServletRequest request) {
    int port = request.getServerPort();
    boolean standard = port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
    return standard || port <= 0 ? "" : ":" + port;
  }
}
