/**
 * The groups survey results are broken down by (organisation type, country, mission phase, ...) and a
 * breakdown's counts: the vocabulary the results store answers in and the reports build on.
 */
package org.missionhub.plugin.survey.grouping;
