package org.missionhub.core.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the digests that are due: each person's in a transaction of its own, so that one that fails (or that
 * another server made at the same moment: the notices' versions collide) leaves the others alone.
 */
@ApplicationScoped
public class Digests {

  private static final Logger LOG = Logger.getLogger(Digests.class.getName());

  @Inject DigestWriter writer;

  public void makeDue() {
    for (DigestWriter.Waiting waiting : writer.due()) {
      try {
        writer.write(waiting);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "A digest was not made this round (made by another server, or failed)", e);
      }
    }
  }
}
