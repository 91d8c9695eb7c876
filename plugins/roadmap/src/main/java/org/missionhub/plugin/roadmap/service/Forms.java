package org.missionhub.plugin.roadmap.service;

import java.util.List;

/**
 * What clients send. Dates, amounts and enumerated values arrive as text so that a wrong one is refused
 * naming its field ({@link FieldReader}), never as a parse failure of the whole body.
 */
public final class Forms {

  private Forms() {}

  public record ObjectiveForm(String title, String statement, Integer dueYear, Integer position) {}

  public record InitiativeForm(
      String title,
      String description,
      String type,
      String owner,
      String responsible,
      List<String> contributors,
      List<String> objectives,
      String start,
      String end,
      String horizon,
      String horizonReason,
      String lifecycle,
      String rag,
      String ragReason,
      String budget,
      String currency,
      List<String> tags) {}

  public record MilestoneForm(String initiative, String title, String due, String owner, String state) {}

  public record ItemForm(String kind, String id) {}

  public record DependencyForm(ItemForm predecessor, ItemForm successor, String kind) {}
}
