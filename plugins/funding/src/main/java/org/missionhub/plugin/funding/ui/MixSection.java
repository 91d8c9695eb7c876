package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.function.Function;
import org.missionhub.plugin.funding.model.Mix;

/**
 * Where the money comes from: the committed money by type of source as bars, and the table of every stage
 * by type of source (the chart's accessible alternative).
 */
final class MixSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  MixSection(String id, Mix mix) {
    setId(id);
    setPadding(false);
    setSpacing(false);
    String currency = mix.currency().getCurrencyCode();
    int digits = Math.max(0, mix.currency().getDefaultFractionDigits());
    String description = getTranslation("funding.mix.chart", currency) + " " + String.join("; ", mix.shares().stream()
        .map(s -> getTranslation("funding.source." + s.sourceType().name()) + " " + format(s.committed(), digits)).toList());
    add(new Bars(id + "-chart", description, mix.shares().stream()
        .map(s -> new Bars.Bar(getTranslation("funding.source." + s.sourceType().name()), s.committed(),
            format(s.committed(), digits) + " " + currency + (s.committedShare() == null ? "" : " (" + s.committedShare().toPlainString() + " %)")))
        .toList()));
    Grid<Mix.Share> table = new Grid<>(Mix.Share.class, false);
    table.setId(id + "-table");
    table.addColumn(s -> getTranslation("funding.source." + s.sourceType().name())).setHeader(getTranslation("funding.funder.source")).setFlexGrow(1);
    amount(table, Mix.Share::pledged, "funding.stage.PLEDGE", digits);
    amount(table, Mix.Share::committed, "funding.stage.COMMITMENT", digits);
    amount(table, Mix.Share::disbursed, "funding.stage.DISBURSEMENT", digits);
    amount(table, Mix.Share::spent, "funding.stage.EXPENDITURE", digits);
    table.addColumn(s -> s.committedShare() == null ? "" : s.committedShare().toPlainString() + " %").setHeader(getTranslation("funding.mix.share"))
        .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    table.setItems(mix.shares());
    table.setAllRowsVisible(true);
    table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    add(table);
  }

  private void amount(Grid<Mix.Share> grid, Function<Mix.Share, BigDecimal> value, String header, int digits) {
    grid.addColumn(s -> format(value.apply(s), digits)).setHeader(getTranslation(header)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
  }

  private String format(BigDecimal value, int digits) {
    return Amounts.format(value, digits, getLocale());
  }
}
