package org.missionhub.core.plugin.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of a plugin's Java types as JSON-B writes them: records by their components, other classes
 * by their public getters and fields (renamed by {@code @JsonbProperty}, left out by
 * {@code @JsonbTransient}); the plugin's own classes become named components ({@code <pluginId>.<Name>}),
 * the JDK's types inline schemas.
 */
final class JsonSchemas {

  private final String prefix;
  private final Components components;
  private final Map<Class<?>, String> names = new HashMap<>();

  JsonSchemas(String pluginId, Components components) {
    this.prefix = pluginId + ".";
    this.components = components;
  }

  Schema of(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return typed(SchemaType.ARRAY).items(of(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return typed(SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1]));
      }
      if (raw == Optional.class) {
        return of(arguments[0]);
      }
      return of(raw);
    }
    if (type instanceof GenericArrayType array) {
      return typed(SchemaType.ARRAY).items(of(array.getGenericComponentType()));
    }
    if (type instanceof WildcardType wildcard) {
      return of(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?>) {
      return OASFactory.createSchema();
    }
    return ofClass((Class<?>) type);
  }

  private Schema ofClass(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return typed(SchemaType.STRING);
    }
    if (type == boolean.class || type == Boolean.class) {
      return typed(SchemaType.BOOLEAN);
    }
    if (type == int.class || type == Integer.class || type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
      return typed(SchemaType.INTEGER).format("int32");
    }
    if (type == long.class || type == Long.class || type == BigInteger.class) {
      return typed(SchemaType.INTEGER).format("int64");
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return typed(SchemaType.NUMBER);
    }
    if (type == UUID.class) {
      return typed(SchemaType.STRING).format("uuid");
    }
    if (type == OffsetDateTime.class || type == Instant.class || type == ZonedDateTime.class) {
      return typed(SchemaType.STRING).format("date-time");
    }
    if (type == LocalDate.class) {
      return typed(SchemaType.STRING).format("date");
    }
    if (Temporal.class.isAssignableFrom(type) || type == java.time.Duration.class || type == java.util.Locale.class) {
      return typed(SchemaType.STRING);
    }
    if (type == byte[].class || InputStream.class.isAssignableFrom(type) || type.getName().equals("jakarta.ws.rs.core.StreamingOutput")) {
      return typed(SchemaType.STRING).format("binary");
    }
    if (type.isArray()) {
      return typed(SchemaType.ARRAY).items(of(type.getComponentType()));
    }
    if (JsonArray.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      return typed(SchemaType.ARRAY);
    }
    if (type == Object.class || JsonValue.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || isPlatforms(type)) {
      return OASFactory.createSchema();
    }
    return OASFactory.createSchema().ref("#/components/schemas/" + named(type));
  }

  /** A class of the JDK or of Jakarta EE that is not a value type above: described as any JSON value. */
  private static boolean isPlatforms(Class<?> type) {
    String name = type.getName();
    return type.isPrimitive() || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.");
  }

  private String named(Class<?> type) {
    String existing = names.get(type);
    if (existing != null) {
      return existing;
    }
    String name = prefix + type.getSimpleName();
    for (int n = 2; components.getSchemas() != null && components.getSchemas().containsKey(name); n++) {
      name = prefix + type.getSimpleName() + n;
    }
    names.put(type, name);
    // (registered before its properties are read, so a type that contains itself refers to itself)
    components.addSchema(name, OASFactory.createSchema());
    components.addSchema(name, describe(type));
    return name;
  }

  private Schema describe(Class<?> type) {
    if (type.isEnum()) {
      Schema schema = typed(SchemaType.STRING);
      for (Object constant : type.getEnumConstants()) {
        schema.addEnumeration(((Enum<?>) constant).name());
      }
      return schema;
    }
    Schema schema = typed(SchemaType.OBJECT);
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        property(schema, component.getName(), component.getGenericType(), component.getAccessor(), field(type, component.getName()));
      }
      return schema;
    }
    for (Method getter : type.getMethods()) {
      String name = propertyName(getter);
      if (name != null) {
        property(schema, name, getter.getGenericReturnType(), getter, field(type, name));
      }
    }
    for (Field field : type.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        property(schema, field.getName(), field.getGenericType(), field, null);
      }
    }
    return schema;
  }

  private void property(Schema schema, String name, Type type, AnnotatedElement element, AnnotatedElement field) {
    if (annotated(element, field, JsonbTransient.class) != null) {
      return;
    }
    JsonbProperty renamed = annotated(element, field, JsonbProperty.class);
    String json = renamed != null && !renamed.value().isEmpty() ? renamed.value() : name;
    schema.addProperty(json, of(type));
    if (type instanceof Class<?> c && c.isPrimitive()) {
      schema.addRequired(json);
    }
  }

  private static <A extends java.lang.annotation.Annotation> A annotated(AnnotatedElement element, AnnotatedElement field, Class<A> annotation) {
    A found = element.getAnnotation(annotation);
    return found != null || field == null ? found : field.getAnnotation(annotation);
  }

  private static String propertyName(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0 || method.getDeclaringClass() == Object.class) {
      return null;
    }
    String name = method.getName();
    if (name.startsWith("get") && name.length() > 3) {
      return Character.toLowerCase(name.charAt(3)) + name.substring(4);
    }
    if (name.startsWith("is") && name.length() > 2 && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
      return Character.toLowerCase(name.charAt(2)) + name.substring(3);
    }
    return null;
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static Schema typed(SchemaType type) {
    return OASFactory.createSchema().addType(type);
  }
}
