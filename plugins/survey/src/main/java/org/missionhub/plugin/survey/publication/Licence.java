package org.missionhub.plugin.survey.publication;

import java.util.Arrays;
import java.util.Optional;

/** The licences public results are offered under: open data licences that let anyone reuse the figures. */
public enum Licence {
  CC_BY_4_0("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
  CC0_1_0("CC0-1.0", "Creative Commons Zero 1.0 (public domain)", "https://creativecommons.org/publicdomain/zero/1.0/");

  private final String code;
  private final String title;
  private final String address;

  Licence(String code, String title, String address) {
    this.code = code;
    this.title = title;
    this.address = address;
  }

  /** The SPDX identifier, as stored and as the API names it. */
  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  /** Where the licence's text is, as DCAT's {@code dct:license} names it. */
  public String address() {
    return address;
  }

  public static Optional<Licence> ofCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
