package org.missionhub.core.shared;

/** Rules of an organisation's web domain ({@code ministry.example.org}): lower-case host name, no scheme. */
public final class WebDomain {

  public static final String REGEX =
      "(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";
  public static final String RULE = "must be a domain name such as ministry.example.org, without http:// or a path";

  private WebDomain() {}
}
