package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.missionhub.core.mail.domain.MailTexts;
import org.missionhub.core.workshop.domain.SummaryMarkdown;
import org.missionhub.core.workshop.domain.WorkshopSummary;

/** What the closed workshop produced, ranked by dots, and the same as a Markdown file to download. */
final class SummaryPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  SummaryPanel(WorkshopPage page) {
    setPadding(false);
    setId("workshop-summary");
    WorkshopSummary summary = page.results().summary(page.host(), page.workshopId());
    add(new H3(getTranslation("workshop.summary")));
    MailTexts texts = MailTexts.in(getLocale());
    add(new Paragraph(getTranslation("workshop.figures", summary.participants(), summary.organisations(), summary.dotsSpent())));
    for (WorkshopSummary.Prompt prompt : summary.prompts()) {
      add(new H4(prompt.text()));
      OrderedList ranked = new OrderedList();
      for (WorkshopSummary.Cluster cluster : prompt.clusters()) {
        if (cluster.label() != null) {
          ListItem item = new ListItem(cluster.label() + " (" + getTranslation("workshop.dots", cluster.dots()) + ")");
          OrderedList inside = new OrderedList();
          cluster.notes().forEach(n -> inside.add(note(n)));
          item.add(inside);
          ranked.add(item);
        } else {
          cluster.notes().forEach(n -> ranked.add(note(n)));
        }
      }
      add(prompt.clusters().isEmpty() ? new Paragraph(getTranslation("workshop.noNotes")) : ranked);
    }
    byte[] markdown = SummaryMarkdown.of(summary, (key, arguments) -> texts.text(key, arguments)).getBytes(StandardCharsets.UTF_8);
    Anchor download = new Anchor(new StreamResource("workshop-summary.md", () -> new ByteArrayInputStream(markdown)), getTranslation("workshop.download"));
    download.getElement().setAttribute("download", true);
    download.setId("workshop-summary-download");
    add(download);
  }

  private ListItem note(WorkshopSummary.Note note) {
    String by = note.author() == null ? "" : " — " + note.author() + ", " + note.organisation();
    return new ListItem(note.body() + " (" + getTranslation("workshop.dots", note.dots()) + ")" + by);
  }
}
