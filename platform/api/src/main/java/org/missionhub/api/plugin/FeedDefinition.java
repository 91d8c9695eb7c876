package org.missionhub.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A read-only document a plugin publishes behind a secret address (contract 1.4.0), such as an iCalendar
 * feed of milestones that Outlook or Google Calendar polls. A person subscribes in MissionHub and gets an
 * address holding a secret (shown once); anyone holding it reads the feed as that person, with that
 * person's access checked anew at every read, until the person (or an organisation administrator) revokes
 * it. The platform owns the secret, its checks and revocation; the plugin only writes the document.
 *
 * @param id the feed's name within the plugin, lower case ({@code milestones})
 * @param level whether it is about one mission or about the subscribing person
 * @param mediaType the document's media type ({@code text/calendar})
 * @param fileExtension the extension of the address ({@code ics}), so that clients recognise the file
 * @param title what the subscription page calls it
 * @param description what it holds, shown beside the title
 */
public record FeedDefinition(String id, FeedLevel level, String mediaType, String fileExtension, LocalizedText title, LocalizedText description) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public FeedDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(fileExtension, "fileExtension");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    if (!NAME.matcher(id).matches()) {
      throw new IllegalArgumentException("a feed id is lower case letters, digits and dashes: " + id);
    }
    // type/subtype only (RFC 6838 names): the platform adds the charset, and a typo would reach every client
    if (!mediaType.matches("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}")) {
      throw new IllegalArgumentException("a feed's media type is type/subtype in lower case, with no parameters: " + mediaType);
    }
    if (!fileExtension.matches("[a-z0-9]{1,8}")) {
      throw new IllegalArgumentException("a feed's file extension is a few lower case letters or digits: " + fileExtension);
    }
  }
}
