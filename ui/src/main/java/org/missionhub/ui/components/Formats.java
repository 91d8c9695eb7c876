package org.missionhub.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the reader's language writes them; times in the reader's time zone. */
public final class Formats {

  private Formats() {}

  public static String date(LocalDate date, Locale locale) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** In the reader's time zone (reported by their browser, see {@link #rememberZone}), else UTC. */
  public static String dateTime(OffsetDateTime time, Locale locale) {
    VaadinSession session = VaadinSession.getCurrent();
    ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
    return dateTime(time, locale, zone == null ? ZoneOffset.UTC : zone);
  }

  /** Asks the browser once per session for its time zone. */
  public static void rememberZone(UI ui) {
    if (ui.getSession().getAttribute(ZoneId.class) == null) {
      ui.getPage()
          .retrieveExtendedClientDetails(
              details -> {
                try {
                  ui.getSession().setAttribute(ZoneId.class, ZoneId.of(details.getTimeZoneId()));
                } catch (RuntimeException unknownZone) {
                  ui.getSession().setAttribute(ZoneId.class, ZoneOffset.UTC);
                }
              });
    }
  }

  public static String dateTime(OffsetDateTime time, Locale locale, ZoneId zone) {
    return time == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(time.atZoneSameInstant(zone));
  }
}
