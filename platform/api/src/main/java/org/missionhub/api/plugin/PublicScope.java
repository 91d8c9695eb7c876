package org.missionhub.api.plugin;

import java.util.Optional;

/**
 * A request no one signs in for (contract 1.14.0): a plugin's public endpoint ({@code GET
 * /api/v1/public/<pluginId>/...}, see {@link MissionHubPlugin#publicResource}) or its public page ({@code
 * /public/<pluginId>/<pageId>[/<parameter>]}, see {@link PublicPage}). There is no caller and no
 * organisation: serve only what the plugin's own users have chosen to publish to everyone (a benchmark's
 * published results), and answer "not found" for anything else, exactly as for something that does not
 * exist. Only reads reach a public endpoint: the platform refuses any other method without a token.
 */
public interface PublicScope {

  /**
   * On a public page, what follows the page's address ({@code /public/survey/results/4f0c...} gives
   * {@code "4f0c..."}), decoded; empty on the page's own address and for an endpoint, which reads its path
   * parameters itself.
   */
  Optional<String> parameter();
}
