package org.missionhub.plugin.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.MissionScope;

/** A plugin's figures that can feed indicators ({@link IndicatorFigures#offer}). Thread-safe. */
public interface FigureProvider {

  /** The kind of feed it gives: {@code FUNDING}. */
  String kind();

  /** The figures the mission's data can give, labelled in {@code locale}, for the people of a request choosing one. */
  List<Offer> offers(MissionScope mission, Locale locale);

  /** What the figure was each time it changed, oldest first, as {@code reader} (taking part in the mission) sees it. */
  List<Figure> figures(OrganisationId reader, MissionId mission, String source, String question, String option);

  /**
   * A figure on offer: {@code source} and {@code question} (and {@code option}, may be null) name it, {@code measure}
   * says what it is ({@code AMOUNT}), {@code label} says it to people.
   */
  record Offer(String source, String question, String option, String measure, String label) {

    public Offer {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * What a figure was on a day: {@code source} is written as the value's source ("Funding plan: committed to
   * date"), {@code origin} as who reported it ({@code funding:<mission>}), {@code originName} shown for it.
   */
  record Figure(LocalDate measuredOn, BigDecimal value, String source, String origin, String originName) {

    public Figure {
      Objects.requireNonNull(measuredOn, "measuredOn");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(originName, "originName");
    }
  }
}
