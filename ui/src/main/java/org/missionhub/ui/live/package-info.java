/** Live views: open mission pages learn of others' changes and of who else is looking, over Vaadin Push. */
package org.missionhub.ui.live;
