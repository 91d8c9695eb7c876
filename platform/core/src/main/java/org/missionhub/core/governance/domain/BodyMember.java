package org.missionhub.core.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A seat on a governance body. Bodies often include people who do not use MissionHub (a minister, an
 * external expert), so a member is a name and an affiliation; {@code subject} links a MissionHub user when
 * there is one.
 */
@Embeddable
public class BodyMember {

  /** A member's function on the body. */
  public enum Function {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SECRETARY,
    OBSERVER
  }

  @NotBlank
  @Size(max = 200)
  @Column(name = "member_name", nullable = false, length = 200)
  private String name;

  @Size(max = 200)
  @Column(length = 200)
  private String affiliation;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "body_function", nullable = false, length = 20)
  private Function function;

  @Size(max = 255)
  @Column(length = 255)
  private String subject;

  public BodyMember() {}

  public BodyMember(String name, String affiliation, Function function, String subject) {
    this.name = name;
    this.affiliation = affiliation;
    this.function = function;
    this.subject = subject;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(String affiliation) {
    this.affiliation = affiliation;
  }

  public Function getFunction() {
    return function;
  }

  public void setFunction(Function function) {
    this.function = function;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  /** A copy with trimmed text, so stored members never alias a client's objects. */
  BodyMember normalised() {
    return new BodyMember(
        name.strip(), blankToNull(affiliation), function, blankToNull(subject));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodyMember m
        && Objects.equals(name, m.name)
        && Objects.equals(affiliation, m.affiliation)
        && function == m.function
        && Objects.equals(subject, m.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, affiliation, function, subject);
  }

  @Override
  public String toString() {
    return name + (affiliation == null ? "" : " (" + affiliation + ")") + " " + function;
  }
}
