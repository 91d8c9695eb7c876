package org.missionhub.ui.components;

import com.vaadin.flow.component.html.Span;
import org.missionhub.core.mission.domain.MissionHealth;

/**
 * Badges for statuses (styles/missionhub.css); the text carries the meaning, the colour only repeats it.
 * Variants: "" (primary), "success", "error", "contrast".
 */
public final class Badges {

  private Badges() {}

  public static Span of(String text, String variant) {
    Span badge = new Span(text);
    badge.addClassName("mh-badge");
    if (!variant.isEmpty()) {
      badge.addClassName(variant);
    }
    return badge;
  }

  public static Span health(MissionHealth.Status status, String text) {
    return of(
        text,
        switch (status) {
          case GOOD -> "success";
          case ATTENTION -> "contrast";
          case CRITICAL -> "error";
        });
  }
}
