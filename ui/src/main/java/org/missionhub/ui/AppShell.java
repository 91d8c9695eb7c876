package org.missionhub.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings of the UI: language and viewport, for screen readers and small screens. */
@Meta(name = "description", content = "MissionHub: missions co-managed across organisations")
public class AppShell implements AppShellConfigurator {

  private static final long serialVersionUID = 1L;

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
  }
}
