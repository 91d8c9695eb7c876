package org.missionhub.plugin.survey.json;

import jakarta.json.bind.Jsonb;
import org.missionhub.plugin.survey.instrument.Instrument;

/** The one JSON form of an instrument: what the API sends and receives, and what the store keeps. */
public final class InstrumentJson {

  private InstrumentJson() {}

  public static InstrumentDto write(Instrument instrument) {
    return InstrumentDto.from(instrument);
  }

  public static Instrument read(Jsonb json, String text) {
    return InstrumentReader.read(json.fromJson(text, InstrumentDto.class));
  }
}
