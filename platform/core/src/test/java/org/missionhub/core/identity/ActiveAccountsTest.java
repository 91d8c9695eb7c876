package org.missionhub.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ActiveAccountsTest {

  private long nanos;
  private final Ticker ticker = () -> nanos;
  private final List<String> asked = new ArrayList<>();

  private Predicate<String> keycloak(boolean enabled) {
    return subject -> {
      asked.add(subject);
      return enabled;
    };
  }

  @Test
  void anEnabledAccountIsAskedAboutOncePerPeriod() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ofSeconds(30), ticker);

    assertThat(accounts.isActive("alex", keycloak(true))).isTrue();
    nanos += Duration.ofSeconds(29).toNanos();
    // (Keycloak would now say "disabled", but is not asked within the period)
    assertThat(accounts.isActive("alex", keycloak(false))).isTrue();
    assertThat(asked).containsExactly("alex");

    nanos += Duration.ofSeconds(2).toNanos();
    assertThat(accounts.isActive("alex", keycloak(false))).isFalse();
    assertThat(asked).containsExactly("alex", "alex");
  }

  @Test
  void aDisabledAccountIsAskedAboutEveryTimeSoItWorksAsSoonAsItIsEnabled() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ofSeconds(30), ticker);

    assertThat(accounts.isActive("sam", keycloak(false))).isFalse();
    assertThat(accounts.isActive("sam", keycloak(false))).isFalse();
    assertThat(accounts.isActive("sam", keycloak(true))).isTrue();
    assertThat(asked).hasSize(3);
  }

  @Test
  void zeroRemembersNothing() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ZERO, ticker);

    accounts.isActive("alex", keycloak(true));
    assertThat(accounts.isActive("alex", keycloak(false))).isFalse();
    assertThat(asked).hasSize(2);
  }
}
