package org.missionhub.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    ActiveAccounts accounts = new ActiveAccounts(Duration.ofSeconds(30), Duration.ofMinutes(5), ticker);

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
    ActiveAccounts accounts = new ActiveAccounts(Duration.ofSeconds(30), Duration.ofMinutes(5), ticker);

    assertThat(accounts.isActive("sam", keycloak(false))).isFalse();
    assertThat(accounts.isActive("sam", keycloak(false))).isFalse();
    assertThat(accounts.isActive("sam", keycloak(true))).isTrue();
    assertThat(asked).hasSize(3);
  }

  @Test
  void zeroRemembersNothing() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ZERO, Duration.ZERO, ticker);

    accounts.isActive("alex", keycloak(true));
    assertThat(accounts.isActive("alex", keycloak(false))).isFalse();
    assertThat(asked).hasSize(2);
  }

  private Predicate<String> keycloakDown() {
    return subject -> {
      asked.add(subject);
      throw new IllegalStateException("Keycloak cannot be reached");
    };
  }

  @Test
  void whileKeycloakIsDownAnAccountFoundEnabledWithinTheGracePeriodGoesOn() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ZERO, Duration.ofMinutes(5), ticker);
    accounts.isActive("alex", keycloak(true));

    nanos += Duration.ofMinutes(4).toNanos();
    assertThat(accounts.isActive("alex", keycloakDown())).isTrue();

    nanos += Duration.ofMinutes(2).toNanos();
    assertThatThrownBy(() -> accounts.isActive("alex", keycloakDown())).hasMessageContaining("cannot be reached");
  }

  @Test
  void whileKeycloakIsDownNewcomersAndDisabledAccountsAreNotLetIn() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ZERO, Duration.ofMinutes(5), ticker);
    accounts.isActive("sam", keycloak(false));

    assertThatThrownBy(() -> accounts.isActive("sam", keycloakDown())).hasMessageContaining("cannot be reached");
    assertThatThrownBy(() -> accounts.isActive("newcomer", keycloakDown())).hasMessageContaining("cannot be reached");
  }

  @Test
  void aForgottenAccountIsAskedAboutAgainAndHasNoGrace() {
    ActiveAccounts accounts = new ActiveAccounts(Duration.ofSeconds(30), Duration.ofMinutes(5), ticker);
    accounts.isActive("alex", keycloak(true));

    accounts.forget("alex");

    assertThatThrownBy(() -> accounts.isActive("alex", keycloakDown())).hasMessageContaining("cannot be reached");
    assertThat(asked).containsExactly("alex", "alex");
  }
}
