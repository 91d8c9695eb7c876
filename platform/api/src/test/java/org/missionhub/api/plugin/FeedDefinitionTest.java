package org.missionhub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedDefinitionTest {

  private static final LocalizedText TITLE = LocalizedText.of("en", "Milestones");

  @Test
  void aCalendarFeedIsAccepted() {
    FeedDefinition feed = new FeedDefinition("milestones", FeedLevel.MISSION, "text/calendar", "ics", TITLE, TITLE);

    assertThat(feed.mediaType()).isEqualTo("text/calendar");
  }

  @Test
  void aMediaTypeWithParametersOrWithoutASubtypeIsRefusedWhenThePluginLoads() {
    assertThatThrownBy(() -> new FeedDefinition("milestones", FeedLevel.MISSION, "text/calendar; charset=utf-8", "ics", TITLE, TITLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("media type");
    assertThatThrownBy(() -> new FeedDefinition("milestones", FeedLevel.MISSION, "calendar", "ics", TITLE, TITLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("media type");
  }

  @Test
  void anIdOrExtensionThatCannotBeInAnAddressIsRefused() {
    assertThatThrownBy(() -> new FeedDefinition("My feed", FeedLevel.PERSON, "text/calendar", "ics", TITLE, TITLE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeedDefinition("mine", FeedLevel.PERSON, "text/calendar", ".ics", TITLE, TITLE)).isInstanceOf(IllegalArgumentException.class);
  }
}
