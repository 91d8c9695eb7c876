package org.missionhub.plugin.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema (copied unchanged beside this class, with the files it includes),
 * for tests that validate an IATI export: every problem the W3C XML Schema validator reports, with its line.
 */
public final class IatiSchema {

  private final Schema schema;

  public IatiSchema() {
    URL main = IatiSchema.class.getResource("iati/iati-activities-schema.xsd");
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // the includes are resolved from the same folder of the jar or the classes directory, never fetched
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      this.schema = factory.newSchema(main);
    } catch (SAXException e) {
      throw new IllegalStateException("the IATI 2.03 schema cannot be read", e);
    }
  }

  /** Every problem of the document against the schema ("line 12: ..."); empty when it is valid. */
  public List<String> problems(byte[] document) {
    List<String> problems = new ArrayList<>();
    Validator validator = schema.newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }
    });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return problems;
  }
}
