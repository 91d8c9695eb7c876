package org.missionhub.ui.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.logging.Logger;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.core.plugin.LoadedPlugin;

/**
 * Creates a plugin's view: its class (loaded with the plugin's class loader) must be a Vaadin component with
 * a public constructor taking the plugin and the scope. A view that cannot be created, or throws, shows a
 * short message in its place; the page and the other tabs keep working.
 */
public final class PluginViews {

  private static final Logger LOG = Logger.getLogger(PluginViews.class.getName());

  private PluginViews() {}

  public static Component create(LoadedPlugin plugin, String viewClass, Object scope, Class<?> scopeType, String failureText) {
    MissionHubPlugin instance = plugin.plugin().orElseThrow();
    try {
      Class<?> type = plugin.loadClass(viewClass);
      if (!Component.class.isAssignableFrom(type)) {
        throw new IllegalStateException(viewClass + " is not a Vaadin component");
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 2 && parameters[0].isInstance(instance) && parameters[1].isAssignableFrom(scopeType)) {
          return (Component) constructor.newInstance(instance, scope);
        }
      }
      throw new IllegalStateException(viewClass + " has no public constructor (" + instance.getClass().getSimpleName() + ", " + scopeType.getSimpleName() + ")");
    } catch (InvocationTargetException e) {
      return failed(plugin, viewClass, e.getCause() == null ? e : e.getCause(), failureText);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return failed(plugin, viewClass, e, failureText);
    }
  }

  private static Component failed(LoadedPlugin plugin, String viewClass, Throwable e, String failureText) {
    LOG.warning(() -> "Plugin " + plugin.id() + ": view " + viewClass + " failed: " + e);
    Paragraph message = new Paragraph(failureText);
    message.addClassName("plugin-view-failed");
    return message;
  }
}
