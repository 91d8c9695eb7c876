/**
 * The plugin contract: what a plugin implements ({@link org.missionhub.api.plugin.MissionHubPlugin}) and
 * what the platform gives it. See docs/plugin-guide.md.
 */
package org.missionhub.api.plugin;
