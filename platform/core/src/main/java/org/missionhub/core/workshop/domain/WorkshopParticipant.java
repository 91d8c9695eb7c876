package org.missionhub.core.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;

/** Someone taking part in a workshop, for one of the mission's organisations, and their breakout group once formed. */
@Entity
@Table(name = "workshop_participant")
@IdClass(WorkshopParticipant.Key.class)
public class WorkshopParticipant {

  /** The composite key: the workshop and the person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String workshop;
    String person;

    public Key() {}

    public Key(String workshop, String person) {
      this.workshop = workshop;
      this.person = person;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(workshop, key.workshop) && Objects.equals(person, key.person);
    }

    @Override
    public int hashCode() {
      return Objects.hash(workshop, person);
    }
  }

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
  private Workshop workshop;

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "subject", nullable = false, updatable = false)
  private Person person;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "group_number")
  private Integer group;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private OffsetDateTime joinedAt;

  protected WorkshopParticipant() {}

  public WorkshopParticipant(Workshop workshop, Person person, Organisation organisation, OffsetDateTime now) {
    this.workshop = Objects.requireNonNull(workshop, "workshop");
    this.person = Objects.requireNonNull(person, "person");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.joinedAt = Objects.requireNonNull(now, "now");
  }

  /** Puts the person in breakout group {@code number} (1, 2, ...). */
  public void placeIn(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("groups are numbered from 1: " + number);
    }
    this.group = number;
  }

  public Workshop workshop() {
    return workshop;
  }

  public Person person() {
    return person;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Optional<Integer> group() {
    return Optional.ofNullable(group);
  }

  public OffsetDateTime joinedAt() {
    return joinedAt;
  }
}
