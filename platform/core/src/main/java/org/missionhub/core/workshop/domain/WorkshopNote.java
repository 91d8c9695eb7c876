package org.missionhub.core.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.ApplicationException;

/**
 * A sticky note posted for one of a workshop's prompts, by a person working for one of the mission's organisations;
 * possibly put in a cluster with others ("Funding", "Shared data"). Not audited: in an anonymous workshop nothing may
 * tell who wrote it, and the author is only ever compared with the reader, never shown.
 */
@Entity
@Table(name = "workshop_note")
public class WorkshopNote {

  public static final int MAX_BODY = 1000;
  public static final int MAX_CLUSTER = 100;

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
  private Workshop workshop;

  @Column(nullable = false, updatable = false)
  private int prompt;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_subject", nullable = false)
  private Person author;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_organisation_id", nullable = false, updatable = false)
  private Organisation authorOrganisation;

  @Column(nullable = false, length = MAX_BODY)
  private String body;

  @Column(name = "cluster_label", length = MAX_CLUSTER)
  private String cluster;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected WorkshopNote() {}

  public WorkshopNote(Workshop workshop, int prompt, Person author, Organisation organisation, String body, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.workshop = Objects.requireNonNull(workshop, "workshop");
    workshop.requirePrompt(prompt);
    this.prompt = prompt;
    this.author = Objects.requireNonNull(author, "author");
    this.authorOrganisation = Objects.requireNonNull(organisation, "organisation");
    this.createdAt = Objects.requireNonNull(now, "now");
    rewrite(body);
  }

  public void rewrite(String text) {
    this.body = clean(text, "body", MAX_BODY).orElseThrow(() -> ApplicationException.invalid("body", "is required"));
  }

  /** Puts the note in a cluster (a label shared by the notes in it), or out of any with a blank one. */
  public void cluster(String label) {
    this.cluster = clean(label, "cluster", MAX_CLUSTER).orElse(null);
  }

  /** Keeps the note when its author's organisation leaves the mission, without their name. */
  public void anonymise(Person nameless) {
    this.author = Objects.requireNonNull(nameless, "nameless");
  }

  private static java.util.Optional<String> clean(String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return java.util.Optional.empty();
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw ApplicationException.invalid(field, "is at most " + max + " characters");
    }
    return java.util.Optional.of(stripped);
  }

  public boolean isBy(String subject) {
    return author.subject().equals(subject);
  }

  public String id() {
    return id;
  }

  public Workshop workshop() {
    return workshop;
  }

  public int prompt() {
    return prompt;
  }

  public Person author() {
    return author;
  }

  public Organisation authorOrganisation() {
    return authorOrganisation;
  }

  public String body() {
    return body;
  }

  public java.util.Optional<String> clusterLabel() {
    return java.util.Optional.ofNullable(cluster);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
