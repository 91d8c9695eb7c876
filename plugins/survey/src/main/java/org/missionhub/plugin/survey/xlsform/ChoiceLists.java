package org.missionhub.plugin.survey.xlsform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Option;

/** The choices sheet as lists of options; a name met again in the same list (as with choice_filter) is the same answer, kept once. */
final class ChoiceLists {

  private ChoiceLists() {}

  static Map<String, List<Option>> read(Sheet sheet, Languages languages, Names names, Findings findings) {
    Map<String, List<Option>> lists = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Sheet.SheetRow row : sheet.rows()) {
      String list = row.get("list_name").isEmpty() ? row.get("list name") : row.get("list_name");
      String name = row.get("name");
      if (list.isEmpty() && name.isEmpty()) {
        continue;
      }
      if (list.isEmpty()) {
        findings.problem(sheet.name(), row.number(), "list_name", "is required");
      } else if (name.isEmpty()) {
        findings.problem(sheet.name(), row.number(), "name", "is required: the value an answer stores");
      } else if (!seen.add(list + "\u0000" + name)) {
        findings.note(sheet.name(), row.number(), "name", "the choice " + name + " is already in the list " + list + ": kept once (it is the same answer)");
      } else {
        LocalizedText label = languages.localized(languages.texts(row, "label"));
        lists.computeIfAbsent(list, l -> new ArrayList<>()).add(Option.of(names.choice(name), label == null ? LocalizedText.of("en", name) : label));
      }
    }
    return lists;
  }
}
