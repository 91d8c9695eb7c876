package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.Forms.InitiativeForm;

/**
 * The rows of an initiatives file (the export's columns): organisations by name or slug, objectives by
 * title, the responsible person by name, lists separated by semicolons. The derived {@code horizon} the
 * export writes is read as a choice made by hand only when {@code horizonReason} says why.
 */
final class InitiativeRows {

  static final Set<String> COLUMNS = new LinkedHashSet<>(List.of(
      "title", "type", "owner", "contributors", "objectives", "start", "end", "horizon", "horizonreason", "status", "rag", "ragreason", "budget",
      "currency", "tags", "responsible", "description"));

  /** Form fields whose column has another name. */
  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of("lifecycle", "status", "ragReason", "ragreason", "horizonReason", "horizonreason");

  private final Portfolio portfolio;
  private final MissionMembers members;
  private final Access access;
  private final InitiativeRules rules;
  private final String mission;
  private final String writer;
  private final OffsetDateTime now;
  private final Set<String> titles = new HashSet<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  InitiativeRows(Portfolio portfolio, MissionMembers members, Access access, String mission, String writer, OffsetDateTime now) {
    this.portfolio = portfolio;
    this.members = members;
    this.access = access;
    this.rules = new InitiativeRules(members, portfolio);
    this.mission = mission;
    this.writer = writer;
    this.now = now;
    portfolio.initiatives().forEach(i -> titles.add(key(i.title())));
  }

  Optional<Initiative> read(CsvSheet.Row row) {
    ImportRows in = new ImportRows(row, COLUMN_OF_FIELD);
    String title = in.cell("title");
    if (title != null && !titles.add(key(title))) {
      in.problem("title", "an initiative with this title is already in the roadmap or higher in the file");
    }
    String owner = organisation(in, "owner", in.cell("owner"));
    List<String> contributors = in.list("contributors").stream().map(c -> organisation(in, "contributors", c)).filter(s -> s != null).toList();
    List<String> objectives = in.list("objectives").stream().map(o -> objective(in, o)).filter(s -> s != null).toList();
    String responsible = responsible(in, in.cell("responsible"));
    String horizonReason = in.cell("horizonreason");
    InitiativeForm form = new InitiativeForm(
        title, in.cell("description"), in.cell("type"), owner, responsible, contributors, objectives, in.cell("start"), in.cell("end"),
        horizonReason == null ? null : in.cell("horizon"), horizonReason, in.cell("status"), in.cell("rag"), in.cell("ragreason"),
        in.cell("budget"), in.cell("currency"), in.list("tags"));
    Initiative initiative = null;
    try {
      initiative = rules.read(UUID.randomUUID().toString(), mission, form, writer, now, 1);
      access.requireCreateFor(initiative.owner());
    } catch (PluginProblem refused) {
      in.refused(refused, "owner");
    }
    problems.addAll(in.problems());
    return in.problems().isEmpty() ? Optional.ofNullable(initiative) : Optional.empty();
  }

  List<ImportProblem> problems() {
    return problems;
  }

  /** The slug of a co-managing organisation named by name or slug; null (and a problem) if none is. */
  private String organisation(ImportRows in, String column, String text) {
    if (text == null) {
      return null;
    }
    return members.organisationNamed(text).map(o -> o.slug()).orElseGet(() -> {
      in.problem(column, "'" + text + "' is not the lead or an accepted partner of the mission: " + members.slugs());
      return null;
    });
  }

  private String objective(ImportRows in, String title) {
    return portfolio.objectives().stream().filter(o -> key(o.title()).equals(key(title))).map(Objective::id).findFirst().orElseGet(() -> {
      in.problem("objectives", "'" + title + "' is not an objective of this mission");
      return null;
    });
  }

  private String responsible(ImportRows in, String name) {
    if (name == null) {
      return null;
    }
    List<String> subjects = members.peopleNamed(name);
    if (subjects.size() != 1) {
      in.problem("responsible", subjects.isEmpty() ? "'" + name + "' holds no role in the mission" : "several people in the mission are called '" + name + "'");
      return null;
    }
    return subjects.get(0);
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
