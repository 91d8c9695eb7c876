package org.missionhub.plugin.survey.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.plugin.survey.export.Codebook;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;

/**
 * How each column of a file of past responses is read, from its header, matched to the instrument's codes
 * as the three sources write them, unless the analyst's mapping says otherwise:
 *
 * <ul>
 *   <li>MissionHub's own export: {@code <code>}, {@code <code>__<option>} (0/1), {@code <code>.<item>},
 *       {@code <code>_other}, the facts {@code fact_organisation_type} etc. and {@code submitted_on}; and
 *       {@code organisation}, the slug of the MissionHub organisation that answered, when it is one;
 *   <li>KoboToolbox: group paths ({@code group/code}), a multiple choice as its options separated by spaces in
 *       {@code <code>} or as 0/1 columns {@code <code>/<option>}, {@code _submission_time}, and metadata
 *       columns starting with {@code _};
 *   <li>LimeSurvey: {@code <code>[<item>]} for an array, {@code <code>[<option>]} (Y or empty) for a multiple
 *       choice, {@code <code>[other]} for its other text, {@code submitdate}, and its own metadata columns.
 * </ul>
 *
 * A column that names no question is ignored (and reported so); a note or a whole matrix takes no answer.
 */
public final class ImportColumns {

  /** What a column holds. */
  public sealed interface Target permits Fact, Answer, OptionFlag, Day, Organisation, Ignored {}

  /** The MissionHub organisation that answered, by its slug (its type and country then come from its profile). */
  public record Organisation() implements Target {}

  /** One of the breakdown facts, by its export name ({@code fact_country}). */
  public record Fact(String name) implements Target {}

  /** An answer: {@code key} is the question's code, {@code <code>.<item>} or {@code <code>_other}. */
  public record Answer(Question question, String key) implements Target {}

  /** A 0/1 column saying whether an option of a multiple choice was chosen. */
  public record OptionFlag(Question question, String option) implements Target {}

  /** The day the response was submitted. */
  public record Day() implements Target {}

  public record Ignored(String why) implements Target {}

  public record Column(int index, String header, Target target) {}

  private static final Set<String> METADATA = Set.of(
      Codebook.RESPONSE, "id", "start", "end", "today", "deviceid", "username", "meta/instanceid", "meta/instancename", "__version__",
      "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token");
  private static final Set<String> DAYS = Set.of(Codebook.SUBMITTED_ON, "_submission_time", "submitdate");
  /** The column naming the organisation that answered, when it is one of MissionHub's. */
  public static final String ORGANISATION = "organisation";

  private final List<Column> columns;

  private ImportColumns(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * @param mapping header → what to read it as (a question key, {@code <code>__<option>}, a fact's export
   *     name or {@code submitted_on}), or empty to ignore the column; it overrides the header's own name
   */
  public static ImportColumns of(List<String> header, Instrument instrument, Map<String, String> mapping) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).strip();
      Target target;
      if (mapping.containsKey(name)) {
        String to = mapping.get(name) == null ? "" : mapping.get(name).strip();
        target = to.isEmpty() ? new Ignored("ignored, as the mapping says") : read(to, instrument);
      } else {
        target = read(name, instrument);
      }
      columns.add(new Column(i, name, target));
    }
    return new ImportColumns(columns);
  }

  public List<Column> columns() {
    return columns;
  }

  /** The column an answer key or fact is read from, for a problem's location. */
  public Optional<Column> columnOf(String key) {
    return columns.stream().filter(c -> c.target() instanceof Answer a && a.key().equals(key)
        || c.target() instanceof OptionFlag f && f.question().code().equals(key)
        || c.target() instanceof Fact f && f.name().equals(key)
        || c.target() instanceof Organisation && ORGANISATION.equals(key)).findFirst();
  }

  static Target read(String header, Instrument instrument) {
    String lower = header.toLowerCase(Locale.ROOT);
    if (DAYS.contains(lower)) {
      return new Day();
    }
    if (Codebook.FACTS.contains(lower)) {
      return new Fact(lower);
    }
    if (lower.equals(ORGANISATION) || lower.equals("fact_organisation")) {
      return new Organisation();
    }
    if (header.isEmpty() || METADATA.contains(lower) || header.startsWith("_")) {
      return new Ignored("metadata of the source, not an answer");
    }
    String name = header;
    if (name.contains("/")) {
      // KoboToolbox: group/.../code, or group/.../code/option for a multiple choice's 0/1 column
      String[] path = name.split("/");
      if (path.length >= 2) {
        Optional<Target> flag = optionFlag(instrument, path[path.length - 2], path[path.length - 1]);
        if (flag.isPresent()) {
          return flag.get();
        }
      }
      name = path[path.length - 1];
    }
    int bracket = name.indexOf('[');
    if (bracket > 0 && name.endsWith("]")) {
      // LimeSurvey: code[item] of an array, code[option] of a multiple choice, code[other]
      String base = name.substring(0, bracket);
      String sub = name.substring(bracket + 1, name.length() - 1);
      Optional<Question> question = question(instrument, base);
      if (question.isPresent() && question.get().type() == QuestionType.MATRIX) {
        return item(question.get(), sub).<Target>map(item -> new Answer(question.get(), question.get().itemKey(item)))
            .orElseGet(() -> new Ignored("the matrix " + base + " has no item " + sub));
      }
      if (question.isPresent() && sub.equalsIgnoreCase(Question.OTHER) && question.get().otherSpecify()) {
        return new Answer(question.get(), question.get().otherKey());
      }
      return optionFlag(instrument, base, sub).orElseGet(() -> new Ignored("no question of the instrument has this code"));
    }
    int flag = name.indexOf("__");
    if (flag > 0) {
      Optional<Target> chosen = optionFlag(instrument, name.substring(0, flag), name.substring(flag + 2));
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    int dot = name.indexOf('.');
    if (dot > 0) {
      Optional<Question> matrix = question(instrument, name.substring(0, dot)).filter(q -> q.type() == QuestionType.MATRIX);
      String itemCode = name.substring(dot + 1);
      Optional<Option> item = matrix.flatMap(q -> item(q, itemCode));
      if (item.isPresent()) {
        return new Answer(matrix.get(), matrix.get().itemKey(item.get()));
      }
    }
    if (name.endsWith("_other")) {
      Optional<Question> chooser = question(instrument, name.substring(0, name.length() - "_other".length())).filter(Question::otherSpecify);
      if (chooser.isPresent()) {
        return new Answer(chooser.get(), chooser.get().otherKey());
      }
    }
    Optional<Question> question = question(instrument, name);
    if (question.isEmpty()) {
      return new Ignored("no question of the instrument has this code");
    }
    return switch (question.get().type()) {
      case NOTE -> new Ignored("a note takes no answer");
      case CALCULATED -> new Ignored("a calculated value is computed from the other answers");
      case MATRIX -> new Ignored("a matrix is answered item by item (" + question.get().code() + ".<item>)");
      default -> new Answer(question.get(), question.get().code());
    };
  }

  private static Optional<Target> optionFlag(Instrument instrument, String code, String option) {
    Optional<Question> question = question(instrument, code).filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE);
    if (question.isEmpty()) {
      return Optional.empty();
    }
    if (option.equalsIgnoreCase(Question.OTHER) && question.get().otherSpecify()) {
      return Optional.of(new OptionFlag(question.get(), Question.OTHER));
    }
    return question.get().options().stream().filter(o -> o.code().equalsIgnoreCase(option)).findFirst()
        .map(o -> new OptionFlag(question.get(), o.code()));
  }

  private static Optional<Option> item(Question matrix, String code) {
    return matrix.items().stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
  }

  /** The question by its code, exactly or whatever the case (LimeSurvey codes are often capitalised). */
  private static Optional<Question> question(Instrument instrument, String code) {
    return instrument.question(code).or(() -> instrument.questions().stream().filter(q -> q.code().equalsIgnoreCase(code)).findFirst());
  }
}
