package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.discussion.domain.CommentText;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.SafeMarkdown;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;

/**
 * The discussion of one item of a mission (the mission itself, a decision, a risk, a governance body): threads of
 * comments in Markdown, rendered safely, each with its replies; the author edits and deletes their own, a leader or
 * coordinator hides one saying why; people holding a role in the mission can be mentioned, and are told.
 */
final class DiscussionPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  /** At most this many comments are shown on one item; the API pages further. */
  private static final int SHOWN = 500;

  private final MissionContext context;
  private final transient MissionServices services;
  private final String item;
  private final String idPrefix;
  private final VerticalLayout threads = new VerticalLayout();
  private java.util.Map<String, String> names = java.util.Map.of();

  /**
   * @param item {@code MISSION}, {@code DECISION:<id>}, ...
   * @param idPrefix the element ids' prefix, unique on the page
   */
  DiscussionPanel(MissionContext context, MissionServices services, String item, String idPrefix) {
    this.context = context;
    this.services = services;
    this.item = item;
    this.idPrefix = idPrefix;
    setId(idPrefix);
    setPadding(false);
    threads.setPadding(false);
    threads.setId(idPrefix + "-threads");
    add(threads);
    if (context.can(MissionPermission.COMMENT)) {
      add(composer(null, idPrefix + "-new"));
    }
    render();
  }

  /**
   * Shows what others wrote meanwhile (live pages): the threads again, unless an answer or an edit is being
   * written in one (nothing typed is lost). The new-comment form stays as it is. True if redrawn.
   */
  boolean showNewComments() {
    if (hasInput(threads)) {
      return false;
    }
    render();
    return true;
  }

  private static boolean hasInput(com.vaadin.flow.component.Component component) {
    return component.getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?> || hasInput(c));
  }

  private void render() {
    threads.removeAll();
    names = services.comments().mentionable(context.missionId()).stream().collect(java.util.stream.Collectors.toMap(Person::subject, Person::displayName));
    List<Comment> all = services.comments().list(context.missionId(), Optional.of(item), PageRequest.first(SHOWN, new PageRequest.SortOrder("createdAt", false))).items();
    if (all.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("discussion.none"));
      none.setId(idPrefix + "-none");
      threads.add(none);
    }
    for (Comment first : all.stream().filter(c -> c.replyTo() == null).toList()) {
      Div thread = new Div(comment(first));
      thread.getStyle().set("width", "100%");
      Div replies = new Div();
      replies.getStyle().set("margin-inline-start", "var(--lumo-space-l)").set("border-inline-start", "2px solid var(--lumo-contrast-10pct)")
          .set("padding-inline-start", "var(--lumo-space-s)");
      all.stream().filter(c -> first.id().equals(c.replyTo())).forEach(reply -> replies.add(comment(reply)));
      if (context.can(MissionPermission.COMMENT) && first.isShown()) {
        Button reply = small(getTranslation("discussion.reply"), "comment-reply-" + first.id());
        reply.addClickListener(click -> {
          reply.setVisible(false);
          replies.add(composer(first.id(), "comment-reply-form-" + first.id()));
        });
        replies.add(reply);
      }
      thread.add(replies);
      threads.add(thread);
    }
  }

  private VerticalLayout comment(Comment c) {
    VerticalLayout box = new VerticalLayout();
    box.setId("comment-" + c.id());
    box.setPadding(false);
    box.setSpacing(false);
    box.getStyle().set("margin-block", "var(--lumo-space-s)");
    String when = Formats.dateTime(c.createdAt(), getLocale(), ZoneId.systemDefault());
    Span meta = new Span(c.author().displayName() + " · " + c.authorOrganisation().name() + " · " + when
        + (c.editedAt() != null && c.isShown() ? " · " + getTranslation("discussion.edited") : ""));
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    box.add(meta);
    if (c.deletedAt() != null) {
      box.add(muted(getTranslation("discussion.deleted"), "comment-deleted-" + c.id()));
      return box;
    }
    if (c.hiddenAt() != null) {
      box.add(muted(c.hiddenReason() == null ? getTranslation("discussion.hidden") : getTranslation("discussion.hiddenBecause", c.hiddenReason()),
          "comment-hidden-" + c.id()));
      if (context.can(MissionPermission.RECORD_DECISIONS)) {
        box.add(actions(small(getTranslation("discussion.unhide"), "comment-unhide-" + c.id(), () -> services.comments().unhide(context.missionId(), c.id(), c.version()))));
      }
      return box;
    }
    Div body = new Div(new Html("<div>" + SafeMarkdown.html(c.body()) + "</div>"));
    body.setId("comment-body-" + c.id());
    box.add(body);
    if (!c.mentions().isEmpty()) {
      Span mentioned = new Span(getTranslation("discussion.mentions", String.join(", ", c.mentions().stream().map(m -> names.getOrDefault(m, "—")).sorted().toList())));
      mentioned.setId("comment-mentions-" + c.id());
      mentioned.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
      box.add(mentioned);
    }
    HorizontalLayout actions = actions();
    if (c.isBy(context.callerSubject()) && context.can(MissionPermission.COMMENT)) {
      Button edit = small(getTranslation("discussion.edit"), "comment-edit-" + c.id());
      edit.addClickListener(click -> {
        box.remove(body);
        actions.setVisible(false);
        box.add(editor(c));
      });
      Button delete = small(getTranslation("discussion.delete"), "comment-delete-" + c.id());
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
      delete.addClickListener(click -> confirmDelete(c));
      actions.add(edit, delete);
    }
    if (!c.isBy(context.callerSubject()) && context.can(MissionPermission.RECORD_DECISIONS)) {
      Button hide = small(getTranslation("discussion.hide"), "comment-hide-" + c.id());
      hide.addClickListener(click -> {
        actions.setVisible(false);
        box.add(hiding(c));
      });
      actions.add(hide);
    }
    if (actions.getComponentCount() > 0) {
      box.add(actions);
    }
    return box;
  }

  /** A new comment, or a reply to the thread of {@code replyTo}. */
  private VerticalLayout composer(String replyTo, String id) {
    TextArea text = new TextArea(getTranslation(replyTo == null ? "discussion.write" : "discussion.replyLabel"));
    text.setId(id + "-text");
    text.setWidthFull();
    text.setMaxLength(4000);
    text.setHelperText(getTranslation("discussion.markdown"));
    MultiSelectComboBox<Person> mention = mentions(id);
    Button post = new Button(getTranslation(replyTo == null ? "discussion.post" : "discussion.reply"));
    post.setId(id + "-post");
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    post.addClickListener(click -> {
      if (text.getValue().isBlank()) {
        text.setInvalid(true);
        text.setErrorMessage(getTranslation("discussion.empty"));
        return;
      }
      List<String> subjects = mention.getSelectedItems().stream().map(Person::subject).toList();
      if (Feedback.attempt(() -> services.comments().post(context.missionId(), new CommentText(text.getValue(), item, replyTo, subjects)))) {
        text.clear();
        mention.clear();
        render();
      }
    });
    VerticalLayout form = new VerticalLayout(text, mention, post);
    form.setId(id);
    form.setPadding(false);
    form.setSpacing(false);
    return form;
  }

  private MultiSelectComboBox<Person> mentions(String id) {
    MultiSelectComboBox<Person> mention = new MultiSelectComboBox<>(getTranslation("discussion.mention"));
    mention.setId(id + "-mentions");
    mention.setItems(services.comments().mentionable(context.missionId()).stream().filter(p -> !p.subject().equals(context.callerSubject())).toList());
    mention.setItemLabelGenerator(Person::displayName);
    mention.setHelperText(getTranslation("discussion.mentionHelp"));
    mention.setWidthFull();
    return mention;
  }

  private VerticalLayout editor(Comment c) {
    TextArea text = new TextArea(getTranslation("discussion.edit"));
    text.setId("comment-edit-text-" + c.id());
    text.setValue(c.body());
    text.setWidthFull();
    text.setMaxLength(4000);
    Button save = new Button(getTranslation("discussion.save"));
    save.setId("comment-edit-save-" + c.id());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> {
      if (Feedback.attempt(() -> services.comments().edit(context.missionId(), c.id(), c.version(), new CommentText(text.getValue(), null, null, null)))) {
        render();
      }
    });
    Button cancel = new Button(getTranslation("discussion.cancel"), click -> render());
    VerticalLayout form = new VerticalLayout(text, new HorizontalLayout(save, cancel));
    form.setPadding(false);
    return form;
  }

  private VerticalLayout hiding(Comment c) {
    TextField reason = new TextField(getTranslation("discussion.hideReason"));
    reason.setId("comment-hide-reason-" + c.id());
    reason.setMaxLength(500);
    reason.setWidthFull();
    Button hide = new Button(getTranslation("discussion.hide"));
    hide.setId("comment-hide-save-" + c.id());
    hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    hide.addClickListener(click -> {
      if (reason.getValue().isBlank()) {
        reason.setInvalid(true);
        reason.setErrorMessage(getTranslation("discussion.hideReasonMissing"));
        return;
      }
      if (Feedback.attempt(() -> services.comments().hide(context.missionId(), c.id(), c.version(), reason.getValue()))) {
        render();
      }
    });
    Button cancel = new Button(getTranslation("discussion.cancel"), click -> render());
    VerticalLayout form = new VerticalLayout(reason, new HorizontalLayout(hide, cancel));
    form.setPadding(false);
    return form;
  }

  private void confirmDelete(Comment c) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation("discussion.deleteTitle"));
    dialog.setText(getTranslation("discussion.deleteText"));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("discussion.cancel"));
    Button confirm = new Button(getTranslation("discussion.delete"), click -> {
      dialog.close();
      if (Feedback.attempt(() -> services.comments().delete(context.missionId(), c.id(), c.version()))) {
        render();
      }
    });
    confirm.setId("comment-delete-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    dialog.setConfirmButton(confirm);
    dialog.open();
  }

  private HorizontalLayout actions(Button... buttons) {
    HorizontalLayout actions = new HorizontalLayout(buttons);
    actions.setSpacing(false);
    return actions;
  }

  private Button small(String text, String id) {
    Button button = new Button(text);
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private Button small(String text, String id, Runnable action) {
    Button button = small(text, id);
    button.addClickListener(click -> {
      if (Feedback.attempt(action)) {
        render();
      }
    });
    return button;
  }

  private static Paragraph muted(String text, String id) {
    Paragraph p = new Paragraph(text);
    p.setId(id);
    p.getStyle().set("font-style", "italic").set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
    return p;
  }
}
