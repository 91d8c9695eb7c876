package org.missionhub.it.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A test person: the subject their tokens carry, and the organisations their identity provider lists (the
 * token's {@code organization} claim) and platform roles (its {@code groups} claim).
 */
public record Person(String subject, String name, Set<String> organisations, List<String> groups) {

  public Person {
    organisations = Set.copyOf(organisations);
    groups = List.copyOf(groups);
  }

  public String token() {
    return TestTokens.forSubject(subject)
        .name(name)
        .email(subject + "@example.org")
        .organisations(organisations.toArray(String[]::new))
        .groups(groups.toArray(String[]::new))
        .build();
  }

  public Api api() {
    return Api.as(token());
  }

  /** The same person, whose token also lists another organisation. */
  public Person alsoIn(String slug) {
    Set<String> more = new LinkedHashSet<>(organisations);
    more.add(slug);
    return new Person(subject, name, more, groups);
  }

  /** The same person with a token that lists no organisation at all. */
  public Person withoutOrganisationClaim() {
    return new Person(subject, name, Set.of(), groups);
  }
}
