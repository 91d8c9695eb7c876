package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A day of the year (a budget round's closing day, an approval day): the day's number and a month in the
 * reader's language; empty while either is. A day the month does not have (30 February) is refused by the service,
 * whose message shows on the field.
 */
final class MonthDayField extends CustomField<MonthDay> {

  private static final long serialVersionUID = 1L;

  private final IntegerField day = new IntegerField();
  private final Select<Month> month = new Select<>();

  MonthDayField(String id, String label, Locale locale) {
    setId(id);
    setLabel(label);
    day.setId(id + "-day");
    day.setMin(1);
    day.setMax(31);
    day.setPlaceholder(getTranslation("funding.calendar.day"));
    day.setWidth("5.5em");
    day.setAriaLabel(label);
    month.setId(id + "-month");
    month.setItems(Month.values());
    month.setEmptySelectionAllowed(true);
    month.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName(TextStyle.FULL_STANDALONE, locale));
    month.setAriaLabel(label);
    HorizontalLayout both = new HorizontalLayout(day, month);
    both.setSpacing(true);
    both.setPadding(false);
    add(both);
  }

  @Override
  protected MonthDay generateModelValue() {
    if (day.getValue() == null || month.getValue() == null) {
      return null;
    }
    try {
      return MonthDay.of(month.getValue(), day.getValue());
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Override
  protected void setPresentationValue(MonthDay value) {
    day.setValue(value == null ? null : value.getDayOfMonth());
    month.setValue(value == null ? null : value.getMonth());
  }

  /** What the two fields say, as the service reads it ({@code --05-31}), even a day the month does not have. */
  String text() {
    if (day.getValue() == null && month.getValue() == null) {
      return null;
    }
    return String.format("--%02d-%02d", month.getValue() == null ? 0 : month.getValue().getValue(), day.getValue() == null ? 0 : day.getValue());
  }
}
