package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.missionhub.core.governance.application.RiskMatrix;

/**
 * Open risks on a 5x5 grid, likelihood up, impact across, as a real table (so screen readers announce
 * row and column) with a caption; cells at or above the high score are marked, in text as well as colour.
 */
class RiskMatrixView extends Div {

  private static final long serialVersionUID = 1L;

  RiskMatrixView(RiskMatrix matrix) {
    setId("risk-matrix");
    addClassName("risk-matrix");
    NativeTable table = new NativeTable();
    table.getElement().appendChild(new com.vaadin.flow.dom.Element("caption").setText(getTranslation("risks.matrix.caption")));
    NativeTableHeader head = new NativeTableHeader();
    NativeTableRow headRow = new NativeTableRow();
    headRow.add(headerCell(getTranslation("risks.matrix.corner"), "col"));
    for (int impact = 1; impact <= 5; impact++) {
      headRow.add(headerCell(getTranslation("risks.matrix.impact", impact), "col"));
    }
    head.add(headRow);
    NativeTableBody body = new NativeTableBody();
    for (int likelihood = 5; likelihood >= 1; likelihood--) {
      NativeTableRow row = new NativeTableRow();
      row.add(headerCell(getTranslation("risks.matrix.likelihood", likelihood), "row"));
      for (int impact = 1; impact <= 5; impact++) {
        int count = matrix.counts()[likelihood - 1][impact - 1];
        boolean high = likelihood * impact >= matrix.highScore();
        NativeTableCell cell = new NativeTableCell(count == 0 ? "" : String.valueOf(count));
        cell.setId("risk-cell-" + likelihood + "-" + impact);
        cell.addClassName(high ? "high" : likelihood * impact >= 5 ? "medium" : "low");
        if (count > 0) {
          cell.addClassName("occupied");
        }
        cell.getElement().setAttribute("aria-label",
            getTranslation(high ? "risks.matrix.cellHigh" : "risks.matrix.cell", count, likelihood, impact));
        row.add(cell);
      }
      body.add(row);
    }
    table.add(head, body);
    add(table);
  }

  private static NativeTableHeaderCell headerCell(String text, String scope) {
    NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
    cell.getElement().setAttribute("scope", scope);
    return cell;
  }
}
