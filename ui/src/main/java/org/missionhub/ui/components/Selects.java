package org.missionhub.ui.components;

import com.vaadin.flow.component.select.Select;

/** Selects of an enum whose labels come from the resource bundles ({@code prefix + constant name}). */
public final class Selects {

  private Selects() {}

  public static <E extends Enum<E>> Select<E> of(String id, String label, Class<E> type, String keyPrefix) {
    Select<E> select = new Select<>();
    select.setId(id);
    select.setLabel(label);
    select.setItems(type.getEnumConstants());
    select.setItemLabelGenerator(e -> e == null ? "" : select.getTranslation(keyPrefix + e.name()));
    return select;
  }

  /** A filter: empty means "any", shown with the given caption. */
  public static <E extends Enum<E>> Select<E> filter(String id, String label, Class<E> type, String keyPrefix, String anyCaption) {
    Select<E> select = of(id, label, type, keyPrefix);
    select.setEmptySelectionAllowed(true);
    select.setEmptySelectionCaption(anyCaption);
    return select;
  }
}
