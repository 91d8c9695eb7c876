package org.missionhub.core.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The dots one person put on one note (dot voting: several on one note allowed). */
@Entity
@Table(name = "workshop_vote")
@IdClass(WorkshopVote.Key.class)
public class WorkshopVote {

  /** The composite key: the note and the voter. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String note;
    String subject;

    public Key() {}

    public Key(String note, String subject) {
      this.note = note;
      this.subject = subject;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(note, key.note) && Objects.equals(subject, key.subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(note, subject);
    }
  }

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "note_id", nullable = false, updatable = false)
  private WorkshopNote note;

  @Id
  @Column(length = 255, nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false)
  private int dots;

  protected WorkshopVote() {}

  public WorkshopVote(WorkshopNote note, String subject, int dots) {
    this.note = Objects.requireNonNull(note, "note");
    this.subject = Objects.requireNonNull(subject, "subject");
    change(dots);
  }

  public void change(int dots) {
    if (dots < 1) {
      throw new IllegalArgumentException("a vote holds at least one dot: " + dots);
    }
    this.dots = dots;
  }

  public WorkshopNote note() {
    return note;
  }

  public String subject() {
    return subject;
  }

  public int dots() {
    return dots;
  }
}
