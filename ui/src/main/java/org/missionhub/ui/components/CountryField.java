package org.missionhub.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** A country, by ISO 3166 code, named and sorted in the reader's language; the code shows too. */
public final class CountryField extends ComboBox<String> {

  private static final long serialVersionUID = 1L;

  public CountryField(String id, String label) {
    super(label);
    setId(id);
    Locale reader = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
    setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(c -> name(c, reader))).toList());
    setItemLabelGenerator(c -> name(c, reader) + " (" + c + ")");
  }

  private static String name(String code, Locale reader) {
    return new Locale("", code).getDisplayCountry(reader);
  }
}
