package org.missionhub.plugin.survey.answering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.missionhub.plugin.survey.campaign.Unit;

/** What a campaign counts once, as a key, and the one-way hash kept to refuse a second submission. */
public final class UnitKeys {

  private UnitKeys() {}

  public static String key(Unit unit, String missionId, String subject) {
    return unit == Unit.MISSION ? "mission:" + missionId : "person:" + subject;
  }

  public static String hash(String campaignId, String unitKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest((campaignId + "\n" + unitKey).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
