package org.missionhub.plugin.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** IATI activity files written the way other publishers write them (beside this class, {@code iati/publishers}), for import tests. */
public final class IatiFiles {

  private IatiFiles() {}

  /** The file's bytes, by its name ({@code foundation-grants.xml}). */
  public static byte[] bytes(String name) {
    try (InputStream in = IatiFiles.class.getResourceAsStream("iati/publishers/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no IATI test file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
