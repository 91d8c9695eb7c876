/** Taking an organisation's data out of MissionHub from the web application. */
package org.missionhub.ui.export;
