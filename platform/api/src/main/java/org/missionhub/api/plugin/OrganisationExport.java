package org.missionhub.api.plugin;

import java.util.List;

/**
 * Where a plugin writes what it holds for an organisation into that organisation's export, the archive an
 * administrator downloads to take their data out of MissionHub (contract 1.3.0). Each table becomes
 * {@code plugins/<plugin id>/<name>.csv}: a header row, then one line per row. Export everything the
 * organisation would call its own — what its people wrote, what was recorded about it — and nothing of
 * other organisations.
 */
public interface OrganisationExport {

  /**
   * Adds a table. Values are written as text: {@code null} as an empty cell, numbers, dates and times in
   * their standard ISO form; text that a spreadsheet would run as a formula is written so that it is not.
   *
   * @param name the file's name, lower-case words with hyphens ({@code notes})
   * @param columns the header, one name per column
   * @param rows the rows, each with one value per column
   */
  void table(String name, List<String> columns, Iterable<? extends List<?>> rows);
}
