package org.missionhub.plugin.survey.builder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.missionhub.plugin.survey.json.InstrumentDto;

/** An option or a matrix item being edited: its code and its label in each language. */
public final class OptionDraft {

  private String code;
  private final Map<String, String> label;

  public OptionDraft(String code, Map<String, String> label) {
    this.code = code;
    this.label = new LinkedHashMap<>(label);
  }

  static OptionDraft of(InstrumentDto.OptionDto option) {
    return new OptionDraft(option.code(), option.label());
  }

  InstrumentDto.OptionDto dto() {
    return new InstrumentDto.OptionDto(code, Texts.kept(label));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  /** The label by language, changed in place by the editor. */
  public Map<String, String> label() {
    return label;
  }
}
