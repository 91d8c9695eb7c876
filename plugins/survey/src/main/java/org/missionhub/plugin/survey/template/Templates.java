package org.missionhub.plugin.survey.template;

import java.util.List;
import java.util.Optional;
import org.missionhub.plugin.survey.instrument.Instrument;

/** The survey templates MissionHub ships; organisations and analysts start their instruments from them. */
public final class Templates {

  private final List<Instrument> all = List.of(NeedsAssessmentTemplate.instrument());

  public List<Instrument> all() {
    return all;
  }

  public Optional<Instrument> find(String code) {
    return all.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
