package org.missionhub.ui.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.core.plugin.LoadedPlugin;

/**
 * Creates a plugin's view: its class (loaded with the plugin's class loader) must be a Vaadin component with
 * a public constructor taking the plugin and the scope (and the item, for an item action). A view that cannot be created, or throws, shows a
 * short message in its place; the page and the other tabs keep working.
 */
public final class PluginViews {

  private static final Logger LOG = Logger.getLogger(PluginViews.class.getName());

  private PluginViews() {}

  public static Component create(LoadedPlugin plugin, String viewClass, Object scope, Class<?> scopeType, String failureText) {
    return create(plugin, viewClass, failureText, new Class<?>[] {scopeType}, scope);
  }

  /** An item action's view (contract 1.3.0): its constructor takes the plugin, the mission scope and the item. */
  public static Component forItem(LoadedPlugin plugin, String viewClass, MissionScope scope, CoreItem item, String failureText) {
    return create(plugin, viewClass, failureText, new Class<?>[] {MissionScope.class, CoreItem.class}, scope, item);
  }

  private static Component create(LoadedPlugin plugin, String viewClass, String failureText, Class<?>[] types, Object... arguments) {
    MissionHubPlugin instance = plugin.plugin().orElseThrow();
    try {
      Class<?> type = plugin.loadClass(viewClass);
      if (!Component.class.isAssignableFrom(type)) {
        throw new IllegalStateException(viewClass + " is not a Vaadin component");
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        if (accepts(constructor.getParameterTypes(), instance, types)) {
          Object[] values = new Object[arguments.length + 1];
          values[0] = instance;
          System.arraycopy(arguments, 0, values, 1, arguments.length);
          return (Component) constructor.newInstance(values);
        }
      }
      throw new IllegalStateException(
          viewClass + " has no public constructor (" + instance.getClass().getSimpleName() + ", "
              + Arrays.stream(types).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")");
    } catch (InvocationTargetException e) {
      return failed(plugin, viewClass, e.getCause() == null ? e : e.getCause(), failureText);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return failed(plugin, viewClass, e, failureText);
    }
  }

  private static boolean accepts(Class<?>[] parameters, MissionHubPlugin instance, Class<?>[] types) {
    if (parameters.length != types.length + 1 || !parameters[0].isInstance(instance)) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      if (!parameters[i + 1].isAssignableFrom(types[i])) {
        return false;
      }
    }
    return true;
  }

  private static Component failed(LoadedPlugin plugin, String viewClass, Throwable e, String failureText) {
    LOG.warning(() -> "Plugin " + plugin.id() + ": view " + viewClass + " failed: " + e);
    Paragraph message = new Paragraph(failureText);
    message.addClassName("plugin-view-failed");
    return message;
  }
}
