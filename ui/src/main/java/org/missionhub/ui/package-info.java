/** The Vaadin UI of MissionHub. For now a welcome page; the organisation workspace is a later issue. */
package org.missionhub.ui;
