package org.missionhub.it.support;

import java.time.Instant;
import java.util.UUID;

/**
 * A test person: a user of the tests' Keycloak. Their tokens come from Keycloak and list the organisations
 * Keycloak knows them in; a token is reused for up to a minute. Get a fresh one ({@link #refreshed}) after
 * the person's organisations changed.
 */
public final class Person {

  private final String username;
  private final String subject;
  private final String name;
  private final String email;
  private String password = Keycloak.PASSWORD;
  private String token;
  private Instant tokenTakenAt = Instant.EPOCH;

  private Person(String username, String subject, String name, String email) {
    this.username = username;
    this.subject = subject;
    this.name = name;
    this.email = email;
  }

  /** A new Keycloak user. */
  public static Person register(String label) {
    String username = label + "-" + UUID.randomUUID().toString().substring(0, 12);
    String email = username + "@example.org";
    String first = Character.toUpperCase(label.charAt(0)) + label.substring(1);
    String subject = Keycloak.createUser(username, email, first, "Tester");
    return new Person(username, subject, first + " Tester", email);
  }

  /** A user of the development realm (password {@code missionhub}), such as the platform admin {@code pia}. */
  public static Person existing(String username, String subject, String name, String email) {
    return new Person(username, subject, name, email).withPassword("missionhub");
  }

  private Person withPassword(String value) {
    this.password = value;
    return this;
  }

  public synchronized String token() {
    if (token == null || Instant.now().isAfter(tokenTakenAt.plusSeconds(60))) {
      token = Keycloak.token(Keycloak.REALM, "missionhub-cli", username, password);
      tokenTakenAt = Instant.now();
    }
    return token;
  }

  public Api api() {
    return Api.as(token());
  }

  /** The same person, with a new token (to see organisations they joined or left since). */
  public Person refreshed() {
    return new Person(username, subject, name, email).withPassword(password);
  }

  public String password() {
    return password;
  }

  public String username() {
    return username;
  }

  public String subject() {
    return subject;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  @Override
  public String toString() {
    return username;
  }
}
