package org.missionhub.core.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies one {@link TestDatabase} per {@link TestDatabase.Kind} to a {@code @ParameterizedTest}. Each
 * database is created the first time a test asks for it and kept in JUnit's root store for the rest of the
 * run; JUnit shuts it down (closing the EntityManagerFactory and dropping the database) when the run ends.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @ArgumentsSource(TestDatabases.class)
 * void someTest(TestDatabase db) { ... }
 * }</pre>
 */
public final class TestDatabases implements ArgumentsProvider {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    return Stream.of(TestDatabase.Kind.values())
        .map(kind -> Arguments.of(store.getOrComputeIfAbsent(kind, Running::start, Running.class).database()));
  }

  /** Kept in the root store, which closes it when the test run ends. */
  private record Running(TestDatabase database) implements AutoCloseable {

    static Running start(TestDatabase.Kind kind) {
      return new Running(TestDatabase.start(kind));
    }

    @Override
    public void close() {
      database.shutdown();
    }
  }
}
