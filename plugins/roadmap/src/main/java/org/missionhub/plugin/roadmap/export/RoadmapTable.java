package org.missionhub.plugin.roadmap.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;

/**
 * The roadmap as tables of text and numbers, one per kind (objectives, initiatives, milestones,
 * dependencies): what the CSV and the workbook are written from. Organisations by name, as people read them.
 */
public record RoadmapTable(String name, List<String> columns, List<List<Object>> rows) {

  public static List<RoadmapTable> of(Portfolio portfolio, Map<String, String> organisationNames) {
    Map<String, String> objectiveTitles = portfolio.objectives().stream().collect(Collectors.toMap(Objective::id, Objective::title));
    Map<String, String> itemTitles = new HashMap<>();
    portfolio.initiatives().forEach(i -> itemTitles.put(i.id(), i.title()));
    portfolio.milestones().forEach(m -> itemTitles.put(m.id(), m.title()));
    List<RoadmapTable> tables = new ArrayList<>();
    tables.add(new RoadmapTable("objectives", List.of("position", "title", "statement", "dueYear"),
        portfolio.objectives().stream().map(o -> List.<Object>of(o.position(), o.title(), nz(o.statement()), o.dueYear() == null ? "" : o.dueYear())).toList()));
    tables.add(initiatives(portfolio, organisationNames, objectiveTitles));
    tables.add(new RoadmapTable("milestones", List.of("initiative", "title", "due", "owner", "state"),
        portfolio.milestones().stream()
            .map(m -> List.<Object>of(m.initiativeId() == null ? "" : itemTitles.getOrDefault(m.initiativeId(), ""), m.title(), m.due().toString(),
                organisationNames.getOrDefault(m.owner(), ""), m.state().name()))
            .toList()));
    var broken = new HashSet<>(portfolio.brokenDependencies());
    tables.add(new RoadmapTable("dependencies", List.of("predecessor", "successor", "kind", "broken"),
        portfolio.dependencies().stream()
            .map(d -> List.<Object>of(itemTitles.getOrDefault(d.predecessor().id(), ""), itemTitles.getOrDefault(d.successor().id(), ""), d.kind().name(), broken.contains(d) ? "yes" : "no"))
            .toList()));
    return tables;
  }

  public static RoadmapTable named(List<RoadmapTable> tables, String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static RoadmapTable initiatives(Portfolio portfolio, Map<String, String> names, Map<String, String> objectives) {
    List<List<Object>> rows = new ArrayList<>();
    for (Initiative i : portfolio.initiatives()) {
      List<Object> row = new ArrayList<>();
      row.add(i.title());
      row.add(i.type().name());
      row.add(names.getOrDefault(i.owner(), ""));
      row.add(i.contributors().stream().map(c -> names.getOrDefault(c, "")).collect(Collectors.joining("; ")));
      row.add(i.objectives().stream().map(o -> objectives.getOrDefault(o, "")).collect(Collectors.joining("; ")));
      row.add(i.start() == null ? "" : i.start().toString());
      row.add(i.end() == null ? "" : i.end().toString());
      row.add(i.horizon().map(Enum::name).orElse(""));
      row.add(i.lifecycle().name());
      row.add(i.rag().name());
      row.add(nz(i.ragReason()));
      row.add(i.budget() == null ? "" : i.budget().amount());
      row.add(i.budget() == null ? "" : i.budget().currency().getCurrencyCode());
      row.add(String.join("; ", i.tags()));
      row.add(nz(i.responsibleName()));
      rows.add(row);
    }
    return new RoadmapTable(
        "initiatives",
        List.of("title", "type", "owner", "contributors", "objectives", "start", "end", "horizon", "status", "rag", "ragReason", "budget", "currency", "tags", "responsible"),
        rows);
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
