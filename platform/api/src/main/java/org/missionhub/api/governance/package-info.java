/** Value types of mission governance: decisions, risks. */
package org.missionhub.api.governance;
