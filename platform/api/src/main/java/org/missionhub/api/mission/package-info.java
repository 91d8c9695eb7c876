/** Value types describing missions, their partners and the people working on them. */
package org.missionhub.api.mission;
