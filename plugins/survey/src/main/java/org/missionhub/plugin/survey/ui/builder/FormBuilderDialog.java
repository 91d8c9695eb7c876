package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.QuestionDraft;
import org.missionhub.plugin.survey.builder.SectionDraft;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * The form builder: a draft version's outline on the left (drag rows, or use the buttons, to reorder), the selected
 * section or question on the right, and below what stops the draft from being saved, or how many translations are
 * missing. Saving writes the whole draft under optimistic locking, exactly as the API's {@code PUT} does.
 */
public final class FormBuilderDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient InstrumentService instruments;
  private final transient FormDraft draft;
  private final transient Runnable saved;
  private final String code;
  private final int number;
  private long revision;
  private boolean dirty;
  private final Outline outline;
  private final Div editor = new Div();
  private final Paragraph status = new Paragraph();
  private final Paragraph missing = new Paragraph();
  private final Button save = new Button();
  private final Button close = new Button();
  private final Select<QuestionType> newType = new Select<>();

  public FormBuilderDialog(InstrumentService instruments, InstrumentVersion version, Runnable saved) {
    this.instruments = instruments;
    this.saved = saved;
    this.code = version.code();
    this.number = version.number();
    this.revision = version.revision();
    Optional<InstrumentVersion> previous = number > 1 ? Optional.of(instruments.version(code, number - 1)) : Optional.empty();
    this.draft = FormDraft.of(version, previous);
    setId("builder-dialog");
    setHeaderTitle(getTranslation("survey.builder.heading", code, number));
    setWidth("min(98vw, 1400px)");
    setHeight("92vh");
    setDraggable(true);
    setResizable(true);
    setCloseOnOutsideClick(false);
    outline = new Outline(draft, this::structureChanged);
    outline.addSelectionListener(selection -> edit(selection.getFirstSelectedItem().orElse(null)));
    outline.setHeightFull();
    VerticalLayout left = new VerticalLayout(tools(), outline);
    left.setPadding(false);
    left.setWidth("38%");
    left.setHeightFull();
    editor.setId("builder-editor");
    editor.setWidth("62%");
    editor.getStyle().set("overflow", "auto");
    editor.setHeightFull();
    HorizontalLayout body = new HorizontalLayout(left, editor);
    body.setSizeFull();
    Details form = new Details(getTranslation("survey.builder.formTexts"),
        new TranslatedTexts("builder-form-title", getTranslation("survey.title"), draft.title(), this::changed),
        new TranslatedTexts("builder-form-description", getTranslation("survey.builder.description"), draft.description(), this::changed));
    form.setId("builder-form");
    status.setId("builder-status");
    missing.setId("builder-missing");
    // what stops saving stays in sight above the outline, however far the editor is scrolled
    status.getStyle().set("margin", "0");
    missing.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
    VerticalLayout content = new VerticalLayout(status, missing, form, body);
    content.setPadding(false);
    content.setSizeFull();
    content.setFlexGrow(1, body);
    add(content);
    footer();
    outline.select(draft.questions().get(0));
    check();
  }

  private HorizontalLayout tools() {
    newType.setId("builder-new-type");
    newType.setLabel(getTranslation("survey.builder.newQuestionType"));
    newType.setItems(QuestionType.values());
    newType.setItemLabelGenerator(t -> getTranslation("survey.builder.type." + t.name()));
    newType.setValue(QuestionType.SINGLE_CHOICE);
    Button question = tool("builder-add-question", VaadinIcon.PLUS, "survey.builder.addQuestion", this::addQuestion);
    question.setText(getTranslation("survey.builder.addQuestion"));
    Button section = tool("builder-add-section", VaadinIcon.FOLDER_ADD, "survey.builder.addSection", this::addSection);
    section.setText(getTranslation("survey.builder.addSection"));
    HorizontalLayout tools = new HorizontalLayout(newType, question, section,
        tool("builder-move-up", VaadinIcon.ARROW_UP, "survey.builder.moveUp", () -> move(true)),
        tool("builder-move-down", VaadinIcon.ARROW_DOWN, "survey.builder.moveDown", () -> move(false)),
        tool("builder-remove", VaadinIcon.TRASH, "survey.builder.remove", this::remove));
    tools.setAlignItems(FlexComponent.Alignment.BASELINE);
    tools.setWrap(true);
    return tools;
  }

  private Button tool(String id, VaadinIcon icon, String what, Runnable action) {
    Button button = new Button(icon.create(), click -> action.run());
    button.setId(id);
    button.setAriaLabel(getTranslation(what));
    button.setTooltipText(getTranslation(what));
    return button;
  }

  private void footer() {
    Button replace = new Button(getTranslation("survey.builder.fromXlsForm"), click -> org.missionhub.plugin.survey.ui.XlsFormImportDialog.replacing(code, definition -> {
      draft.replaceWith(definition);
      outline.deselectAll();
      structureChanged();
      outline.select(draft.questions().get(0));
    }).open());
    replace.setId("builder-from-xlsform");
    // the draft as it is on screen, saved or not, written when the link is followed
    com.vaadin.flow.component.html.Anchor download = new com.vaadin.flow.component.html.Anchor(
        new com.vaadin.flow.server.StreamResource(code + "-v" + number + ".xlsx",
            () -> new java.io.ByteArrayInputStream(org.missionhub.plugin.survey.xlsform.XlsFormWriter.write(drawnOrSaved()))),
        getTranslation("survey.builder.toXlsForm"));
    download.getElement().setAttribute("download", true);
    download.setId("builder-to-xlsform");
    Button preview = new Button(getTranslation("survey.builder.preview"), click -> preview());
    preview.setId("builder-preview");
    Button compare = new Button(getTranslation("survey.builder.compare"), click -> check().ifPresent(valid -> new VersionDiffDialog(instruments.versions(code), draft, number).open()));
    compare.setId("builder-compare");
    compare.setEnabled(number > 1);
    close.setText(getTranslation("survey.builder.close"));
    close.setId("builder-close");
    close.addClickListener(click -> {
      if (dirty && !close.getText().equals(getTranslation("survey.builder.discard"))) {
        close.setText(getTranslation("survey.builder.discard"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return;
      }
      close();
    });
    save.setText(getTranslation("survey.builder.save"));
    save.setId("builder-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> save());
    getFooter().add(replace, download, preview, compare, close, save);
  }

  /** The draft on screen when it is a valid instrument, else the version as last saved (a sheet is never half a form). */
  private Instrument drawnOrSaved() {
    try {
      return draft.instrument();
    } catch (PluginProblem invalid) {
      return instruments.version(code, number).definition();
    }
  }

  private void edit(Object row) {
    editor.removeAll();
    if (row instanceof QuestionDraft question) {
      editor.add(new QuestionEditor(draft, question, this::changed));
    } else if (row instanceof SectionDraft section) {
      editor.add(new SectionEditor(draft, section, this::changed));
    }
  }

  private Object selected() {
    return outline.getSelectedItems().stream().findFirst().orElse(null);
  }

  private SectionDraft selectedSection() {
    Object row = selected();
    if (row instanceof SectionDraft section) {
      return section;
    }
    return row == null ? draft.sections().get(draft.sections().size() - 1) : draft.sectionOf((QuestionDraft) row);
  }

  private void addQuestion() {
    Object row = selected();
    QuestionType type = newType.getValue() == null ? QuestionType.TEXT_SHORT : newType.getValue();
    QuestionDraft question = draft.addQuestion(selectedSection(), row instanceof QuestionDraft q ? q : null, type, Map.of("en", getTranslation("survey.builder.newQuestion")));
    if (type.hasOptions()) {
      question.options().add(new org.missionhub.plugin.survey.builder.OptionDraft("option_1", Map.of("en", getTranslation("survey.builder.newOption", 1))));
      question.options().add(new org.missionhub.plugin.survey.builder.OptionDraft("option_2", Map.of("en", getTranslation("survey.builder.newOption", 2))));
    }
    if (type == QuestionType.MATRIX) {
      question.items().add(new org.missionhub.plugin.survey.builder.OptionDraft("item_1", Map.of("en", getTranslation("survey.builder.newItem", 1))));
    }
    structureChanged();
    outline.select(question);
  }

  private void addSection() {
    SectionDraft section = draft.addSection(selectedSection(), Map.of("en", getTranslation("survey.builder.newSection")), Map.of("en", getTranslation("survey.builder.newQuestion")));
    structureChanged();
    outline.select(section);
  }

  private void move(boolean up) {
    Object row = selected();
    boolean moved;
    if (row instanceof QuestionDraft question) {
      moved = up ? draft.moveUp(question) : draft.moveDown(question);
    } else if (row instanceof SectionDraft section) {
      moved = up ? draft.moveUp(section) : draft.moveDown(section);
    } else {
      return;
    }
    if (moved) {
      structureChanged();
      edit(row);
    }
  }

  private void remove() {
    Object row = selected();
    if (row instanceof QuestionDraft question) {
      if (draft.questions().size() == 1) {
        Notification.show(getTranslation("survey.builder.lastQuestion"), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return;
      }
      draft.remove(question);
    } else if (row instanceof SectionDraft section) {
      if (draft.sections().size() == 1) {
        Notification.show(getTranslation("survey.builder.lastQuestion"), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return;
      }
      draft.remove(section);
    } else {
      return;
    }
    outline.deselectAll();
    structureChanged();
    outline.select(draft.questions().get(0));
  }

  private void structureChanged() {
    outline.refresh();
    changed();
  }

  private void changed() {
    dirty = true;
    close.setText(getTranslation("survey.builder.close"));
    close.removeThemeVariants(ButtonVariant.LUMO_ERROR);
    outline.getDataProvider().refreshAll();
    check();
  }

  /** Whether the draft can be saved: the first problem and where it is, or the missing translations. */
  private Optional<Instrument> check() {
    try {
      Instrument instrument = draft.instrument();
      List<String> gaps = instrument.missingTranslations(List.of("fr", "da"));
      status.setText(getTranslation("survey.builder.ready", instrument.sections().size(), instrument.questions().size()));
      status.getStyle().remove("color");
      missing.setText(gaps.isEmpty() ? getTranslation("survey.builder.allTranslated") : getTranslation("survey.builder.translationsMissing", gaps.size()));
      outline.problemAt(null);
      save.setEnabled(true);
      return Optional.of(instrument);
    } catch (PluginProblem problem) {
      PluginProblem.FieldError error = problem.fields().get(0);
      Object where = DraftPaths.row(draft, error.field());
      status.setText(getTranslation("survey.builder.problem", DraftPaths.describe(draft, where, (key, params) -> getTranslation(key, params)), error.message()));
      status.getStyle().set("color", "var(--lumo-error-text-color)");
      missing.setText("");
      outline.problemAt(where);
      save.setEnabled(false);
      return Optional.empty();
    }
  }

  private void save() {
    Optional<Instrument> instrument = check();
    if (instrument.isEmpty()) {
      return;
    }
    try {
      InstrumentVersion changed = instruments.change(code, number, revision, instrument.get(), draft.predecessors());
      revision = changed.revision();
      dirty = false;
      Notification.show(getTranslation("survey.builder.saved", code, number), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      saved.run();
    } catch (PluginProblem problem) {
      status.setText(problem.fields().isEmpty() ? problem.getMessage() : problem.fields().get(0).message());
      status.getStyle().set("color", "var(--lumo-error-text-color)");
    }
  }

  private void preview() {
    check().ifPresent(instrument -> {
      Dialog preview = new Dialog();
      preview.setId("builder-preview-dialog");
      preview.setHeaderTitle(getTranslation("survey.builder.previewOf", instrument.title().in(getLocale())));
      preview.setWidth("min(95vw, 900px)");
      preview.add(new org.missionhub.plugin.survey.ui.AnswerForm(instrument, getLocale()));
      Button done = new Button(getTranslation("survey.builder.close"), click -> preview.close());
      done.setId("builder-preview-close");
      preview.getFooter().add(done);
      preview.open();
    });
  }
}
