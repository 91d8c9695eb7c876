/**
 * Mission governance records: the decision log (including the gate decisions that change a mission's
 * phase), the risk register and the governance bodies. All are mission data, shared by the lead and its
 * accepted partners and reached through the mission access guard.
 */
package org.missionhub.core.governance;
