package org.missionhub.plugin.funding.iati;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An IATI activity file as another publisher wrote it (version 2.x), read for what pre-fills a funding plan:
 * each activity's identifier, title, reporting organisation and default currency, and its transactions with
 * their type, date, value, currency and the organisations they go from and to. Read with StAX, without DTDs or
 * external entities (a file is data from outside). What cannot be read as IATI says is kept as a problem with
 * its line, never guessed.
 */
public record IatiFile(List<Activity> activities, List<Problem> problems) {

  /** An organisation as a file names it: its IATI identifier, organisation type and name (any may be missing). */
  public record Org(String ref, String type, String name) {}

  /** A transaction: date, amount or currency may be missing (then a problem says so). */
  public record Transaction(int line, String type, LocalDate date, BigDecimal amount, String currency, Org provider, Org receiver, String description) {}

  public record Activity(int line, String identifier, String title, Org reportingOrg, String defaultCurrency, List<Transaction> transactions) {

    public Activity {
      transactions = List.copyOf(transactions);
    }
  }

  /** What could not be read, and where. */
  public record Problem(int line, String message) {}

  public IatiFile {
    activities = List.copyOf(activities);
    problems = List.copyOf(problems);
  }

  public static IatiFile read(InputStream in) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // a file from outside: no DTD, no external entity is ever read (XXE)
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Activity> activities = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(Objects.requireNonNull(in, "in"));
      boolean root = true;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (root) {
          root = false;
          if (!xml.getLocalName().equals("iati-activities")) {
            problems.add(new Problem(xml.getLocation().getLineNumber(), "this is not an IATI activity file: its root element is <" + xml.getLocalName()
                + ">, not <iati-activities>"));
            break;
          }
          continue;
        }
        if (xml.getLocalName().equals("iati-activity")) {
          activities.add(activity(xml, problems));
        }
      }
      if (root) {
        problems.add(new Problem(1, "the file has no XML element"));
      }
    } catch (XMLStreamException e) {
      problems.add(new Problem(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), "the file is not well-formed XML: " + e.getMessage()));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing was kept open that matters: the stream is the caller's
        }
      }
    }
    if (problems.isEmpty() && activities.isEmpty()) {
      problems.add(new Problem(1, "the file has no <iati-activity>"));
    }
    return new IatiFile(activities, problems);
  }

  /** An activity, the reader on its start element; leaves it on its end element. */
  private static Activity activity(XMLStreamReader xml, List<Problem> problems) throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    String currency = xml.getAttributeValue(null, "default-currency");
    String identifier = null;
    String title = null;
    Org reporting = null;
    List<Transaction> transactions = new ArrayList<>();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "iati-identifier" -> identifier = xml.getElementText().strip();
          case "title" -> title = narrative(xml);
          case "reporting-org" -> reporting = org(xml);
          case "transaction" -> transactions.add(transaction(xml, currency, problems));
          default -> skip(xml);
        }
      }
    }
    if (identifier == null || identifier.isBlank()) {
      problems.add(new Problem(line, "an <iati-activity> has no <iati-identifier>"));
    }
    return new Activity(line, identifier, title, reporting, currency, transactions);
  }

  private static Transaction transaction(XMLStreamReader xml, String defaultCurrency, List<Problem> problems) throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    String type = null;
    LocalDate date = null;
    BigDecimal amount = null;
    String currency = defaultCurrency;
    Org provider = null;
    Org receiver = null;
    String description = null;
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        int at = xml.getLocation().getLineNumber();
        switch (xml.getLocalName()) {
          case "transaction-type" -> {
            type = xml.getAttributeValue(null, "code");
            skip(xml);
          }
          case "transaction-date" -> {
            date = date(xml.getAttributeValue(null, "iso-date"), at, problems);
            skip(xml);
          }
          case "value" -> {
            if (xml.getAttributeValue(null, "currency") != null) {
              currency = xml.getAttributeValue(null, "currency");
            }
            String text = xml.getElementText().strip();
            try {
              amount = new BigDecimal(text);
            } catch (NumberFormatException e) {
              problems.add(new Problem(at, "the value '" + text + "' is not a number"));
            }
          }
          case "description" -> description = narrative(xml);
          case "provider-org" -> provider = org(xml);
          case "receiver-org" -> receiver = org(xml);
          default -> skip(xml);
        }
      }
    }
    return new Transaction(line, type, date, amount, currency, provider, receiver, description);
  }

  private static LocalDate date(String iso, int line, List<Problem> problems) {
    if (iso == null) {
      problems.add(new Problem(line, "a <transaction-date> has no iso-date"));
      return null;
    }
    try {
      return LocalDate.parse(iso.strip());
    } catch (DateTimeParseException e) {
      problems.add(new Problem(line, "the date '" + iso + "' is not an ISO date such as 2026-03-01"));
      return null;
    }
  }

  /** An organisation element: its attributes and first narrative; the reader ends on its end element. */
  private static Org org(XMLStreamReader xml) throws XMLStreamException {
    String ref = blankToNull(xml.getAttributeValue(null, "ref"));
    String type = blankToNull(xml.getAttributeValue(null, "type"));
    return new Org(ref, type, narrative(xml));
  }

  /** The first {@code <narrative>} of the element the reader is on (or its own text, as IATI 1.x wrote it). */
  private static String narrative(XMLStreamReader xml) throws XMLStreamException {
    String first = null;
    StringBuilder own = new StringBuilder();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("narrative") && first == null) {
          first = xml.getElementText().strip();
        } else {
          skip(xml);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        own.append(xml.getText());
      }
    }
    String text = first != null ? first : own.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** Skips the element the reader is on, to its end element. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
