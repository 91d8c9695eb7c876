package org.missionhub.plugin.survey.builder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.Section;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.json.InstrumentDto;
import org.missionhub.plugin.survey.json.InstrumentReader;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * An instrument's draft as the form builder edits it: sections and questions that can be added, moved and removed
 * freely, checked only when asked for (the model's rules and {@link InstrumentReader}'s located problems decide).
 * It remembers which questions of the previous version it started from, so renaming one keeps the waves comparable.
 */
public final class FormDraft {

  private final String code;
  private final Map<String, String> title;
  private final Map<String, String> description;
  private final List<SectionDraft> sections = new ArrayList<>();
  private final Map<String, String> predecessors;
  private final Set<String> previousQuestions;

  private FormDraft(Instrument definition, Map<String, String> predecessors, Set<String> previousQuestions) {
    InstrumentDto dto = InstrumentDto.from(definition);
    this.code = dto.code();
    this.title = Texts.copy(dto.title());
    this.description = Texts.copy(dto.description());
    dto.sections().forEach(s -> sections.add(SectionDraft.of(s)));
    this.predecessors = new HashMap<>(predecessors);
    this.previousQuestions = Set.copyOf(previousQuestions);
  }

  /** A draft version to edit; {@code previous} is the version before it, if any. */
  public static FormDraft of(InstrumentVersion draft, Optional<InstrumentVersion> previous) {
    Set<String> asked = new HashSet<>();
    previous.ifPresent(p -> p.definition().questions().forEach(q -> asked.add(q.code())));
    return new FormDraft(draft.definition(), draft.predecessors(), asked);
  }

  public static FormDraft of(Instrument definition) {
    return new FormDraft(definition, Map.of(), Set.of());
  }

  /** A new form: one section with one short-text question, to be built from there. */
  public static Instrument blank(String code, LocalizedText title, LocalizedText description, LocalizedText section, LocalizedText question) {
    try {
      return new Instrument(code, title, description, List.of(Section.of("section_1", section, Question.plain("question_1", QuestionType.TEXT_SHORT, question))));
    } catch (InvalidInstrumentException e) {
      throw PluginProblem.invalid("code", e.getMessage());
    }
  }

  /**
   * Everything the draft says replaced by another definition (an XLSForm brought in). A question keeping the code of
   * a question of the previous version, or the code a renamed one has now, is that question.
   */
  public void replaceWith(Instrument definition) {
    if (!definition.code().equals(code)) {
      throw new IllegalArgumentException("the definition of " + definition.code() + " cannot replace the draft of " + code);
    }
    InstrumentDto dto = InstrumentDto.from(definition);
    // the renames made so far, now keyed by the codes the new questions are opened as
    Map<String, String> named = predecessors();
    predecessors.clear();
    predecessors.putAll(named);
    title.clear();
    title.putAll(dto.title());
    description.clear();
    description.putAll(dto.description());
    sections.clear();
    dto.sections().forEach(s -> sections.add(SectionDraft.of(s)));
  }

  public String code() {
    return code;
  }

  public Map<String, String> title() {
    return title;
  }

  public Map<String, String> description() {
    return description;
  }

  public List<SectionDraft> sections() {
    return sections;
  }

  /** The instrument this draft describes, or a 400 problem naming where it is wrong ({@code definition.sections[0].questions[2]}). */
  public Instrument instrument() {
    return InstrumentReader.read(dto());
  }

  public InstrumentDto dto() {
    return new InstrumentDto(code, Texts.kept(title), Texts.kept(description), sections.stream().map(SectionDraft::dto).toList());
  }

  /**
   * Each question's predecessor in the previous version: kept for a question that had one, and for a question renamed
   * in this builder, the question of the previous version it was opened as (unless the new definition still asks it).
   */
  public Map<String, String> predecessors() {
    Set<String> asked = new HashSet<>();
    questions().forEach(q -> asked.add(q.getCode()));
    Map<String, String> named = new HashMap<>();
    for (QuestionDraft question : questions()) {
      Optional<String> before = question.openedAs().map(opened -> predecessors.getOrDefault(opened, opened));
      before.filter(previousQuestions::contains).filter(b -> !b.equals(question.getCode())).filter(b -> !asked.contains(b))
          .ifPresent(b -> named.put(question.getCode(), b));
    }
    return named;
  }

  public List<QuestionDraft> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public SectionDraft sectionOf(QuestionDraft question) {
    return sections.stream().filter(s -> s.questions().contains(question)).findFirst().orElseThrow(() -> new IllegalArgumentException("not a question of this draft"));
  }

  /** A new section after {@code after} (or at the end), with one question, since a section is never empty. */
  public SectionDraft addSection(SectionDraft after, Map<String, String> sectionTitle, Map<String, String> questionLabel) {
    SectionDraft section = new SectionDraft(freshCode("section", sectionCodes()), sectionTitle);
    sections.add(after == null ? sections.size() : sections.indexOf(after) + 1, section);
    section.questions().add(new QuestionDraft(freshCode("question", questionCodes()), QuestionType.TEXT_SHORT, questionLabel));
    return section;
  }

  /** A new question right after {@code after}, or at the end of {@code section}. */
  public QuestionDraft addQuestion(SectionDraft section, QuestionDraft after, QuestionType type, Map<String, String> label) {
    QuestionDraft question = new QuestionDraft(freshCode("question", questionCodes()), type, label);
    List<QuestionDraft> list = section.questions();
    list.add(after == null || !list.contains(after) ? list.size() : list.indexOf(after) + 1, question);
    return question;
  }

  /** Removes a question; a section left without questions goes with it. */
  public void remove(QuestionDraft question) {
    SectionDraft section = sectionOf(question);
    section.questions().remove(question);
    if (section.questions().isEmpty()) {
      sections.remove(section);
    }
  }

  public void remove(SectionDraft section) {
    sections.remove(section);
  }

  /** One place earlier: within its section, or to the end of the section before. False when it is first. */
  public boolean moveUp(QuestionDraft question) {
    SectionDraft section = sectionOf(question);
    int index = section.questions().indexOf(question);
    if (index > 0) {
      return move(question, section, index - 1);
    }
    int s = sections.indexOf(section);
    return s > 0 && move(question, sections.get(s - 1), sections.get(s - 1).questions().size());
  }

  /** One place later: within its section, or to the start of the section after. False when it is last. */
  public boolean moveDown(QuestionDraft question) {
    SectionDraft section = sectionOf(question);
    int index = section.questions().indexOf(question);
    if (index < section.questions().size() - 1) {
      return move(question, section, index + 1);
    }
    int s = sections.indexOf(section);
    return s < sections.size() - 1 && move(question, sections.get(s + 1), 0);
  }

  /** Puts a question at {@code index} of {@code target} (the index as the list is after it is taken out). */
  public boolean move(QuestionDraft question, SectionDraft target, int index) {
    SectionDraft from = sectionOf(question);
    if (from != target && from.questions().size() == 1) {
      return false; // a section is never left empty: delete the section instead
    }
    from.questions().remove(question);
    target.questions().add(Math.max(0, Math.min(index, target.questions().size())), question);
    return true;
  }

  public boolean moveUp(SectionDraft section) {
    int index = sections.indexOf(section);
    if (index <= 0) {
      return false;
    }
    sections.remove(index);
    sections.add(index - 1, section);
    return true;
  }

  public boolean moveDown(SectionDraft section) {
    int index = sections.indexOf(section);
    if (index < 0 || index >= sections.size() - 1) {
      return false;
    }
    sections.remove(index);
    sections.add(index + 1, section);
    return true;
  }

  /**
   * What a condition at this place may read: the questions asked before it (with their matrix items and "other"
   * texts); for a question's constraint, the question itself too.
   */
  public Set<String> readableBefore(Object place, boolean includingItself) {
    Set<String> readable = new LinkedHashSet<>();
    for (SectionDraft section : sections) {
      if (section == place) {
        return readable;
      }
      for (QuestionDraft question : section.questions()) {
        if (question == place && !includingItself) {
          return readable;
        }
        readable.add(question.getCode());
        question.items().forEach(item -> readable.add(question.getCode() + "." + item.getCode()));
        if (question.isOtherSpecify()) {
          readable.add(question.getCode() + "_other");
        }
        if (question == place) {
          return readable;
        }
      }
    }
    return readable;
  }

  private Set<String> sectionCodes() {
    Set<String> codes = new HashSet<>();
    sections.forEach(s -> codes.add(s.getCode()));
    return codes;
  }

  private Set<String> questionCodes() {
    Set<String> codes = new HashSet<>();
    questions().forEach(q -> codes.add(q.getCode()));
    return codes;
  }

  private static String freshCode(String prefix, Set<String> taken) {
    int n = taken.size() + 1;
    while (taken.contains(prefix + "_" + n)) {
      n++;
    }
    return prefix + "_" + n;
  }
}
