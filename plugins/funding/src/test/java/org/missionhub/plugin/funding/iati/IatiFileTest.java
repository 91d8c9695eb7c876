package org.missionhub.plugin.funding.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.testkit.IatiFiles;

/** Reading IATI activity files as other publishers write them, and files that are broken or hostile. */
class IatiFileTest {

  private static IatiFile read(String name) {
    return IatiFile.read(new ByteArrayInputStream(IatiFiles.bytes(name)));
  }

  @Test
  void aFoundationsFileGivesItsActivityPublisherAndTransactions() {
    IatiFile file = read("foundation-grants.xml");

    assertThat(file.problems()).isEmpty();
    assertThat(file.activities()).hasSize(1);
    IatiFile.Activity activity = file.activities().get(0);
    assertThat(activity.identifier()).isEqualTo("XI-IATI-NYF-2026-014");
    assertThat(activity.title()).as("the first narrative").isEqualTo("School counsellors: grant to the Ministry's mission");
    assertThat(activity.reportingOrg()).isEqualTo(new IatiFile.Org("XI-IATI-NYF", "60", "Nordic Youth Foundation"));
    assertThat(activity.transactions()).extracting(IatiFile.Transaction::type).containsExactly("2", "3", "1", "4");
    IatiFile.Transaction commitment = activity.transactions().get(0);
    assertThat(commitment.amount()).isEqualByComparingTo("1500000.00");
    assertThat(commitment.currency()).as("the activity's default currency").isEqualTo("DKK");
    assertThat(commitment.date()).hasToString("2026-02-01");
    assertThat(commitment.description()).isEqualTo("Grant agreement signed");
    assertThat(commitment.receiver().name()).isEqualTo("Ministry of Social Affairs");
    assertThat(commitment.line()).isEqualTo(26);
  }

  @Test
  void severalActivitiesAreKeptApart() {
    IatiFile file = read("ministry-several.xml");
    assertThat(file.activities()).extracting(IatiFile.Activity::identifier).containsExactly("XM-DAC-99-1-2026-01", "XM-DAC-99-1-2026-02");
    assertThat(file.activities().get(1).transactions()).hasSize(1);
  }

  @Test
  void whatCannotBeReadIsAProblemWithItsLine() {
    IatiFile broken = read("broken.xml");
    assertThat(broken.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("the file is not well-formed XML");
      assertThat(p.line()).isEqualTo(10);
    });

    IatiFile unreadable = read("unreadable.xml");
    assertThat(unreadable.problems()).extracting(IatiFile.Problem::line).containsExactly(8, 9);
    assertThat(unreadable.problems().get(0).message()).contains("'01/04/2026' is not an ISO date");
    assertThat(unreadable.problems().get(1).message()).contains("'1.500.000' is not a number");

    assertThat(read("not-iati.xml").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not an IATI activity file", "<html>"));
  }

  @Test
  void anExternalEntityIsNeverRead() {
    IatiFile file = read("external-entity.xml");
    String everything = file.toString();
    // refused as an undeclared entity, or read as nothing: never the file it names
    assertThat(everything).doesNotContain("root:");
  }
}
