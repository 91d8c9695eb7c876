package org.missionhub.plugin.roadmap.service;

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
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.Forms.MilestoneForm;

/**
 * The rows of a milestones file (the export's columns): the initiative by its title in the roadmap (blank for
 * a milestone of the mission itself), the owner organisation by name or slug.
 */
final class MilestoneRows {

  static final Set<String> COLUMNS = new LinkedHashSet<>(List.of("initiative", "title", "due", "owner", "state"));

  private final Portfolio portfolio;
  private final MissionMembers members;
  private final Access access;
  private final MilestoneRules rules;
  private final String mission;
  private final String writer;
  private final Set<String> existing = new HashSet<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  MilestoneRows(Portfolio portfolio, MissionMembers members, Access access, String mission, String writer) {
    this.portfolio = portfolio;
    this.members = members;
    this.access = access;
    this.rules = new MilestoneRules(members, portfolio);
    this.mission = mission;
    this.writer = writer;
    portfolio.milestones().forEach(m -> existing.add(key(m.initiativeId(), m.title(), m.due().toString())));
  }

  Optional<Milestone> read(CsvSheet.Row row) {
    ImportRows in = new ImportRows(row, Map.of());
    Initiative initiative = initiative(in, in.cell("initiative"));
    String owner = in.cell("owner");
    String ownerSlug = owner == null ? null : members.organisationNamed(owner).map(o -> o.slug()).orElse(owner);
    Milestone milestone = null;
    try {
      milestone = rules.read(
          UUID.randomUUID().toString(), mission, new MilestoneForm(initiative == null ? null : initiative.id(), in.cell("title"), in.cell("due"), ownerSlug, in.cell("state")),
          writer, 1);
      // an initiative named but not found is already a problem; who may add to it is then moot
      if (in.problems().isEmpty()) {
        requireAdd(initiative);
      }
      if (!existing.add(key(milestone.initiativeId(), milestone.title(), milestone.due().toString()))) {
        in.problem("title", "this milestone (initiative, title and date) is already in the roadmap or higher in the file");
      }
    } catch (PluginProblem refused) {
      in.refused(refused, "initiative");
    }
    problems.addAll(in.problems());
    return in.problems().isEmpty() ? Optional.ofNullable(milestone) : Optional.empty();
  }

  private void requireAdd(Initiative initiative) {
    if (initiative == null) {
      access.requireManage();
    } else {
      access.requireEdit(initiative);
    }
  }

  List<ImportProblem> problems() {
    return problems;
  }

  private Initiative initiative(ImportRows in, String title) {
    if (title == null) {
      return null;
    }
    List<Initiative> named = portfolio.initiatives().stream().filter(i -> i.title().strip().equalsIgnoreCase(title.strip())).toList();
    if (named.size() != 1) {
      in.problem("initiative", named.isEmpty() ? "'" + title + "' is not an initiative of this mission" : "several initiatives are called '" + title + "'");
      return null;
    }
    return named.get(0);
  }

  private static String key(String initiative, String title, String due) {
    return initiative + "|" + title.strip().toLowerCase(Locale.ROOT) + "|" + due;
  }
}
