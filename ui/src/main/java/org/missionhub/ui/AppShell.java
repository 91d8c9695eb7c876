package org.missionhub.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-level settings of the UI: language and viewport, for screen readers and small screens; Push for live
 * mission pages. Push runs over a WebSocket from the server only: what the browser sends goes as ordinary
 * requests, through the filter that authenticates every UI request.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@Meta(name = "description", content = "MissionHub: missions co-managed across organisations")
public class AppShell implements AppShellConfigurator {

  private static final long serialVersionUID = 1L;

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
  }
}
