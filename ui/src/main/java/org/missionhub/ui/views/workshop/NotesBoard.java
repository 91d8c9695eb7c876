package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.core.workshop.application.NoteView;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.ui.components.Feedback;

/**
 * The prompts and their notes: a field to post a note while notes are accepted; each note as a card, grouped by
 * cluster once revealed, with the cluster to put it in (after the reveal), the person's dots (while voting) or all
 * its dots (once closed).
 */
final class NotesBoard extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final WorkshopPage page;

  NotesBoard(WorkshopPage page, NoteDrafts drafts) {
    this.page = page;
    setPadding(false);
    setId("workshop-board");
    List<String> prompts = page.workshop().prompts();
    for (int i = 0; i < prompts.size(); i++) {
      add(prompt(i, prompts.get(i), drafts));
    }
  }

  private VerticalLayout prompt(int index, String text, NoteDrafts drafts) {
    VerticalLayout section = new VerticalLayout();
    section.setPadding(false);
    section.setId("workshop-prompt-" + index);
    section.add(new H3(text));
    WorkshopPhase phase = page.workshop().phase();
    if (phase.acceptsNotes() && page.state().canTakePart()) {
      TextArea draft = drafts.field(index, getTranslation("workshop.yourNote"));
      Button post = new Button(getTranslation("workshop.post"), click -> {
        if (Feedback.attempt(() -> page.board().post(page.host(), page.workshopId(), index, draft.getValue()))) {
          draft.clear();
          page.changed().run();
        }
      });
      post.setId("workshop-post-" + index);
      post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      section.add(draft, post);
    }
    List<NoteView> notes = page.notes().stream().filter(n -> n.prompt() == index).toList();
    if (notes.isEmpty()) {
      section.add(new Paragraph(getTranslation(phase.showsAllNotes() ? "workshop.noNotes" : "workshop.noNotesYet")));
      return section;
    }
    Map<String, List<NoteView>> clusters = new LinkedHashMap<>();
    notes.forEach(n -> clusters.computeIfAbsent(n.cluster().orElse(""), c -> new java.util.ArrayList<>()).add(n));
    clusters.forEach((label, inCluster) -> {
      if (!label.isEmpty()) {
        section.add(new H4(label));
      }
      FlexLayout cards = new FlexLayout();
      cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
      cards.getStyle().set("gap", "var(--lumo-space-m)");
      inCluster.forEach(n -> cards.add(card(n)));
      section.add(cards);
    });
    return section;
  }

  private Component card(NoteView note) {
    Div card = new Div();
    card.addClassName("workshop-note");
    card.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "16rem");
    Paragraph body = new Paragraph(note.body());
    body.getStyle().set("margin", "0").set("white-space", "pre-wrap");
    card.add(body);
    String by = note.mine() ? getTranslation("workshop.yours")
        : note.author().map(a -> a + ", " + note.organisation().orElse("")).orElse(getTranslation("workshop.anonymousAuthor"));
    Span meta = new Span(by);
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    card.add(meta);
    WorkshopPhase phase = page.workshop().phase();
    String about = shortly(note.body());
    if (phase.acceptsClustering() && page.state().canTakePart()) {
      TextField cluster = new TextField();
      cluster.setLabel(getTranslation("workshop.cluster"));
      cluster.setAriaLabel(getTranslation("workshop.clusterOf", about));
      cluster.setValue(note.cluster().orElse(""));
      cluster.setWidthFull();
      cluster.addValueChangeListener(change -> {
        if (change.isFromClient() && Feedback.attempt(() -> page.board().cluster(page.host(), page.workshopId(), note.id(), change.getValue()))) {
          page.changed().run();
        }
      });
      card.add(cluster);
    }
    if (phase == WorkshopPhase.VOTING && page.state().canTakePart()) {
      card.add(dots(note, about));
    }
    note.dots().ifPresent(d -> {
      Span total = new Span(getTranslation("workshop.dots", d));
      total.addClassName("workshop-note-dots");
      card.add(new Div(total));
    });
    boolean removable = (note.mine() && phase.acceptsNotes()) || page.state().canFacilitate();
    if (removable) {
      Button remove = new Button(getTranslation("workshop.removeNote"), click -> {
        if (Feedback.attempt(() -> page.board().remove(page.host(), page.workshopId(), note.id(), note.version()))) {
          page.changed().run();
        }
      });
      remove.setAriaLabel(getTranslation("workshop.removeNoteOf", about));
      remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      card.add(new Div(remove));
    }
    return card;
  }

  /** The person's dots on the note, with a button to add one and one to take one back. */
  private Component dots(NoteView note, String about) {
    Span mine = new Span(getTranslation("workshop.myDots", note.myDots()));
    Button less = new Button("−", click -> vote(note, note.myDots() - 1));
    less.setAriaLabel(getTranslation("workshop.dotLess", about));
    less.setEnabled(note.myDots() > 0);
    Button more = new Button("+", click -> vote(note, note.myDots() + 1));
    more.setAriaLabel(getTranslation("workshop.dotMore", about));
    more.setEnabled(page.state().dotsLeft() > 0);
    for (Button b : List.of(less, more)) {
      b.addThemeVariants(ButtonVariant.LUMO_SMALL);
    }
    HorizontalLayout row = new HorizontalLayout(less, mine, more);
    row.setAlignItems(Alignment.CENTER);
    return row;
  }

  private void vote(NoteView note, int dots) {
    if (Feedback.attempt(() -> page.board().vote(page.host(), page.workshopId(), note.id(), dots))) {
      page.changed().run();
    }
  }

  private static String shortly(String body) {
    String line = body.replaceAll("\\s+", " ");
    return line.length() > 60 ? line.substring(0, 59) + "…" : line;
  }
}
