package org.missionhub.plugin.funding.iati;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX writing with one element per line, indented, so that a person can read the export; StAX itself
 * escapes text and attributes. Elements are written as they come: nothing of the document is held.
 */
final class XmlOut implements AutoCloseable {

  private final XMLStreamWriter xml;
  private int depth;
  private boolean hasChildren;

  XmlOut(OutputStream out) throws XMLStreamException {
    this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
  }

  XmlOut start(String name) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
    xml.writeStartElement(name);
    depth++;
    hasChildren = false;
    return this;
  }

  /** An attribute of the element just started; nothing when the value is null. */
  XmlOut attr(String name, String value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, value);
    }
    return this;
  }

  /** The {@code xml:lang} attribute. */
  XmlOut lang(String language) throws XMLStreamException {
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
    return this;
  }

  XmlOut text(String text) throws XMLStreamException {
    xml.writeCharacters(text);
    hasChildren = false;
    return this;
  }

  /** Ends the element: on its own line when it held elements. */
  XmlOut end() throws XMLStreamException {
    depth--;
    if (hasChildren) {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
    xml.writeEndElement();
    hasChildren = true;
    return this;
  }

  /** An element holding only text. */
  XmlOut element(String name, String text) throws XMLStreamException {
    start(name).text(text);
    hasChildren = false;
    return end();
  }

  @Override
  public void close() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }
}
