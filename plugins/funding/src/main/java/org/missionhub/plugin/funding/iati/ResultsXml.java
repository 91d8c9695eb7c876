package org.missionhub.plugin.funding.iati;

import javax.xml.stream.XMLStreamException;

/**
 * The {@code result} elements of the mission's parent activity: the evaluation plugin's results when it is there
 * ({@link EvaluationResults}), none otherwise. Kept apart so that the funding plugin runs without the evaluation
 * plugin's classes.
 */
public interface ResultsXml {

  /** No results: the evaluation plugin is not installed, or the mission has no indicators. */
  ResultsXml NONE = xml -> {};

  void write(XmlOut xml) throws XMLStreamException;
}
