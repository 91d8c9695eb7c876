/**
 * The roadmap's milestones as iCalendar feeds (RFC 5545, written with ical4j): one per mission, and one of
 * the milestones of the initiatives a person is responsible for. The platform serves them behind secret
 * addresses (contract 1.4.0) that Outlook, Google Calendar or Apple Calendar subscribe to.
 */
package org.missionhub.plugin.roadmap.calendar;
