package org.missionhub.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpensiveWorkTest {

  /** A servlet request that only keeps attributes, as the bulkhead uses it. */
  private static ServletRequest request() {
    Map<String, Object> attributes = new HashMap<>();
    return (ServletRequest)
        Proxy.newProxyInstance(
            ServletRequest.class.getClassLoader(),
            new Class<?>[] {ServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** What the container does when a request has been answered. */
  private static void ended(ServletRequest request) {
    ServletContext context =
        (ServletContext)
            Proxy.newProxyInstance(
                ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    new ExpensiveCallRelease().requestDestroyed(new ServletRequestEvent(context, request));
  }

  private static ExpensiveWork bulkhead(int concurrent) {
    ExpensiveWork work = new ExpensiveWork();
    work.configuredConcurrency = concurrent;
    work.create();
    return work;
  }

  @Test
  void onlySoManyRequestsHoldAPermitAndEachGivesItBackWhenItEnds() {
    ExpensiveWork work = bulkhead(2);
    ServletRequest first = request();
    ServletRequest second = request();

    assertThat(work.enter(first)).isTrue();
    assertThat(work.enter(second)).isTrue();
    assertThat(work.enter(request())).as("a third, while two run").isFalse();

    ended(first);
    assertThat(work.enter(request())).as("once the first has ended").isTrue();
  }

  @Test
  void aRequestHoldsOnePermitHoweverOftenItEnters() {
    ExpensiveWork work = bulkhead(2);
    ServletRequest request = request();

    assertThat(work.enter(request)).isTrue();
    assertThat(work.enter(request)).isTrue();

    assertThat(work.available()).isEqualTo(1);
    ended(request);
    assertThat(work.available()).isEqualTo(2);
  }
}
