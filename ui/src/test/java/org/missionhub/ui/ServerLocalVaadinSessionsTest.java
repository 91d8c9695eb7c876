package org.missionhub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerLocalVaadinSessionsTest {

  /** A Vaadin session that records the binding events it gets. */
  static final class Recording extends VaadinSession {
    final transient List<String> events = new ArrayList<>();

    Recording() {
      super(null);
    }

    @Override
    public void valueBound(HttpSessionBindingEvent event) {
      events.add("bound");
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
      events.add("unbound");
    }
  }

  @Test
  void theUiStateIsNotWrittenWithTheHttpSession() throws Exception {
    ServerLocalVaadinSessions.Local local = new ServerLocalVaadinSessions.Local(new Recording());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(local);
    }
    assertThat(bytes.size()).as("a few bytes, whatever the UI holds").isLessThan(200);
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ServerLocalVaadinSessions.Local elsewhere = (ServerLocalVaadinSessions.Local) in.readObject();
      // another server reads no UI state: Vaadin answers "session expired" and the page loads again there
      elsewhere.valueUnbound(null);
      assertThat(elsewhere).isNotNull();
    }
  }

  @Test
  void theHttpSessionsEndReachesTheVaadinSession() {
    Recording session = new Recording();
    ServerLocalVaadinSessions.Local local = new ServerLocalVaadinSessions.Local(session);
    local.valueBound(null);
    local.valueUnbound(null);
    assertThat(session.events).containsExactly("bound", "unbound");
  }
}
