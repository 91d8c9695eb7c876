/** What every application service is: see {@link org.missionhub.core.application.ApplicationService}. */
package org.missionhub.core.application;
