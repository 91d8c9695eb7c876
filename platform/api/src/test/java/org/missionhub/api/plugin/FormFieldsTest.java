package org.missionhub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

  enum Colour { RED, GREEN }

  @Test
  void everyWrongFieldIsNamedInOneRefusal() {
    FormFields f = new FormFields();

    assertThat(f.text("title", "  Helpline  ", 20, true)).isEqualTo("Helpline");
    assertThat(f.text("title", " ", 20, true)).isNull();
    assertThat(f.choice("colour", "green", Colour.class, null)).isEqualTo(Colour.GREEN);
    assertThat(f.choice("colour", "blue", Colour.class, Colour.RED)).isEqualTo(Colour.RED);
    assertThat(f.date("due", "2027-03-31", true)).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(f.date("due", "31/03/2027", true)).isNull();
    assertThat(f.decimal("budget", "1250.5", false, 15, 4, false)).isEqualByComparingTo("1250.5");
    assertThat(f.decimal("budget", "-1", false, 15, 4, false)).isNull();
    assertThat(f.decimal("value", "-1.000001", true, 18, 6, true)).isEqualByComparingTo("-1.000001");
    assertThat(f.decimal("value", "1.0000001", true, 18, 6, true)).isNull();
    assertThat(f.ok()).isFalse();

    assertThatThrownBy(f::check).isInstanceOfSatisfying(PluginProblem.class, p ->
        assertThat(p.fields()).extracting(PluginProblem.FieldError::field).containsExactly("title", "colour", "due", "budget", "value"));
  }

  @Test
  void aCleanFormPassesTheCheck() {
    FormFields f = new FormFields();
    f.text("title", "ok", 10, true);
    f.check();
    assertThat(f.ok()).isTrue();
  }

  @Test
  void spreadsheetCellsCannotRunAsFormulasButNumbersStayNumbers() {
    assertThat(SpreadsheetCells.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(SpreadsheetCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetCells.neutralised("-12.5")).isEqualTo("-12.5");
    assertThat(SpreadsheetCells.neutralised("+45")).isEqualTo("+45");
    assertThat(SpreadsheetCells.neutralised("Helpline")).isEqualTo("Helpline");
    assertThat(SpreadsheetCells.neutralised("")).isEmpty();
  }
}
