package org.missionhub.plugin.survey.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.survey.json.InstrumentDto;

/** A section being edited: code, title, the condition under which it is shown, its questions in order. */
public final class SectionDraft {

  private String code;
  private final Map<String, String> title;
  private String shownWhen;
  private final List<QuestionDraft> questions = new ArrayList<>();

  public SectionDraft(String code, Map<String, String> title) {
    this.code = code;
    this.title = Texts.copy(title);
  }

  static SectionDraft of(InstrumentDto.SectionDto section) {
    SectionDraft draft = new SectionDraft(section.code(), section.title());
    draft.shownWhen = section.shownWhen();
    section.questions().forEach(q -> draft.questions.add(QuestionDraft.of(q)));
    return draft;
  }

  InstrumentDto.SectionDto dto() {
    return new InstrumentDto.SectionDto(code, Texts.kept(title), Texts.condition(shownWhen), questions.stream().map(QuestionDraft::dto).toList());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  public Map<String, String> title() {
    return title;
  }

  public String getShownWhen() {
    return shownWhen == null ? "" : shownWhen;
  }

  public void setShownWhen(String shownWhen) {
    this.shownWhen = shownWhen;
  }

  /** The questions in order; the form changes them (add, move, remove). */
  public List<QuestionDraft> questions() {
    return questions;
  }
}
