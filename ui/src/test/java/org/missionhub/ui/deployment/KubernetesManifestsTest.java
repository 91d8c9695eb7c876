package org.missionhub.ui.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in {@code infra/k8s} hold together and fit the server they deploy: every resource the
 * kustomization names is there, the probes ask the server's health endpoints on its HTTP port, the Service,
 * Ingress, autoscaler and disruption budget find the Deployment's pods, every key of the ConfigMap and Secret is
 * a setting the server reads, the settings production cannot do without are provided, and no secret is
 * committed. No cluster is reachable here: this is what can be checked without one.
 */
class KubernetesManifestsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path K8S = ROOT.resolve("infra/k8s");

  /** Settings a production server cannot start well without (docs/operations.md). */
  private static final Set<String> REQUIRED =
      Set.of(
          "MISSIONHUB_PROFILE", "MISSIONHUB_HTTP_HOST", "HTTP_PORT", "MISSIONHUB_PUBLIC_URL", "MISSIONHUB_SESSION_COOKIE_SECURE",
          "MISSIONHUB_DB_URL", "MISSIONHUB_DB_DATASOURCE", "MISSIONHUB_DB_USER", "MISSIONHUB_DB_PASSWORD",
          "MISSIONHUB_DB_OWNER_USER", "MISSIONHUB_DB_OWNER_PASSWORD", "MISSIONHUB_KEYCLOAK_URL",
          "MISSIONHUB_UI_CLIENT_SECRET", "MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET", "WLP_LOGGING_CONSOLE_FORMAT");

  private static Map<String, Map<String, Object>> byKind;

  @BeforeAll
  static void read() throws IOException {
    byKind = new HashMap<>();
    for (String file : kustomization().get("resources").stream().map(Object::toString).toList()) {
      Path manifest = K8S.resolve(file);
      assertThat(manifest).as("named by kustomization.yaml").exists();
      Map<String, Object> resource = new Yaml().load(Files.readString(manifest));
      assertThat(byKind.put((String) resource.get("kind"), resource)).as("one " + resource.get("kind")).isNull();
    }
    assertThat(byKind).containsOnlyKeys("ConfigMap", "Secret", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget");
  }

  @Test
  void probesAskTheServersHealthEndpointsOnItsHttpPort() throws IOException {
    Map<String, Object> container = container();
    Map<String, Object> port = list(container, "ports").get(0);
    assertThat(port).containsEntry("name", "http");
    assertThat(String.valueOf(port.get("containerPort"))).isEqualTo(data("ConfigMap").get("HTTP_PORT"));
    assertThat(probe(container, "startupProbe")).isEqualTo("/health/started");
    assertThat(probe(container, "readinessProbe")).isEqualTo("/health/ready");
    assertThat(probe(container, "livenessProbe")).isEqualTo("/health/live");
    // the server answers them: MicroProfile Health is one of its features
    assertThat(Files.readString(ROOT.resolve("ui/src/main/liberty/config/server.xml"))).contains("<feature>mpHealth-4.0</feature>");
    assertThat(map(container, "resources", "requests")).containsKeys("cpu", "memory");
    assertThat(map(container, "resources", "limits")).containsKey("memory");
  }

  @Test
  void serviceIngressAutoscalerAndBudgetFindTheDeployment() {
    Map<String, Object> deployment = byKind.get("Deployment");
    String name = name(deployment);
    Map<String, Object> podLabels = map(deployment, "spec", "template", "metadata", "labels");
    assertThat(map(deployment, "spec", "selector", "matchLabels")).isEqualTo(podLabels);

    Map<String, Object> service = byKind.get("Service");
    assertThat(podLabels).containsAllEntriesOf(map(service, "spec", "selector"));
    assertThat(list(map(service, "spec"), "ports").get(0)).containsEntry("targetPort", "http");

    Map<String, Object> backend =
        map(list(map(list(map(byKind.get("Ingress"), "spec"), "rules").get(0), "http"), "paths").get(0), "backend", "service");
    assertThat(backend.get("name")).isEqualTo(name(service));
    assertThat(map(backend, "port")).containsEntry("name", "http");

    Map<String, Object> autoscaler = byKind.get("HorizontalPodAutoscaler");
    assertThat(map(autoscaler, "spec", "scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", name);
    Map<String, Object> budget = byKind.get("PodDisruptionBudget");
    assertThat(podLabels).containsAllEntriesOf(map(budget, "spec", "selector", "matchLabels"));
    // draining a node never takes the last server
    assertThat((Integer) map(autoscaler, "spec").get("minReplicas")).isGreaterThan((Integer) map(budget, "spec").get("minAvailable"));

    List<Map<String, Object>> sources = list(container(), "envFrom");
    assertThat(sources).anySatisfy(s -> assertThat(map(s, "configMapRef")).containsEntry("name", name(byKind.get("ConfigMap"))));
    assertThat(sources).anySatisfy(s -> assertThat(map(s, "secretRef")).containsEntry("name", name(byKind.get("Secret"))));
  }

  @Test
  void everyKeyIsASettingTheServerReadsAndProductionsAreProvided() throws IOException {
    Set<String> read = settingsTheServerReads();
    Map<String, String> provided = new HashMap<>(data("ConfigMap"));
    provided.putAll(data("Secret"));
    assertThat(read).as("settings found in server.xml and the sources").contains("MISSIONHUB_DB_URL", "MISSIONHUB_UI_CLIENT_SECRET");
    for (String key : provided.keySet()) {
      assertThat(key.startsWith("WLP_LOGGING_") || read.contains(key)).as(key + " is a setting the server reads").isTrue();
    }
    assertThat(provided).containsKeys(REQUIRED.toArray(String[]::new));
    assertThat(provided).containsEntry("MISSIONHUB_PROFILE", "production").containsEntry("MISSIONHUB_SESSION_COOKIE_SECURE", "true");
  }

  @Test
  void theImageIsBuiltFromWhatTheBuildMakes() throws IOException {
    String containerfile = Files.readString(ROOT.resolve("infra/container/Containerfile"));
    String pom = Files.readString(ROOT.resolve("ui/pom.xml"));
    assertThat(containerfile).contains("FROM icr.io/appcafe/open-liberty:").contains("RUN features.sh").contains("EXPOSE " + data("ConfigMap").get("HTTP_PORT"));
    Matcher copies = Pattern.compile("(?m)^COPY --chown=1001:0 (\\S+) (\\S+)$").matcher(containerfile);
    int copied = 0;
    while (copies.find()) {
      copied++;
      String source = copies.group(1);
      if (source.equals("ui/target/missionhub-ui.war")) {
        assertThat(pom).contains("<finalName>missionhub-ui</finalName>");
      } else if (source.equals("ui/target/jdbc/")) {
        assertThat(pom).contains("<outputDirectory>${project.build.directory}/jdbc</outputDirectory>");
      } else {
        assertThat(ROOT.resolve(source)).as(source).exists();
      }
    }
    assertThat(copied).isEqualTo(5);
    // the database session store's and the traces' features are named only in the files server.xml includes when
    // they are chosen: the image installs them too
    String installed = containerfile.lines().filter(l -> l.contains("featureUtility installFeature")).findFirst().orElseThrow();
    for (String optional : List.of("sessions-database.xml", "tracing-otlp.xml")) {
      Matcher features = Pattern.compile("<feature>(\\S+)</feature>").matcher(Files.readString(ROOT.resolve("ui/src/main/liberty/config/" + optional)));
      assertThat(features.find()).as(optional).isTrue();
      assertThat(installed).as(optional).contains(" " + features.group(1));
    }
    // the image the Deployment names is the one the kustomization points at a registry
    assertThat(container()).containsEntry("image", "missionhub");
    assertThat(Files.readString(K8S.resolve("kustomization.yaml"))).contains("- name: missionhub");
  }

  @Test
  void theOperatorsAlternativeDeploysTheSameWay() throws IOException {
    Map<String, Object> application = new Yaml().load(Files.readString(K8S.resolve("openlibertyapplication.yaml")));
    Map<String, Object> spec = map(application, "spec");
    Map<String, Object> container = container();
    for (String[] probe : List.of(new String[] {"startup", "startupProbe"}, new String[] {"readiness", "readinessProbe"}, new String[] {"liveness", "livenessProbe"})) {
      Map<String, Object> theirs = map(spec, "probes", probe[0], "httpGet");
      assertThat(theirs.get("path")).as(probe[0]).isEqualTo(probe(container, probe[1]));
      assertThat(String.valueOf(theirs.get("port"))).isEqualTo(data("ConfigMap").get("HTTP_PORT"));
    }
    assertThat(list(spec, "envFrom")).isEqualTo(list(container, "envFrom"));
    assertThat(map(spec, "resources")).isEqualTo(map(container, "resources"));
    Map<String, Object> autoscaler = map(byKind.get("HorizontalPodAutoscaler"), "spec");
    assertThat(map(spec, "autoscaling")).containsEntry("minReplicas", autoscaler.get("minReplicas")).containsEntry("maxReplicas", autoscaler.get("maxReplicas"));
  }

  @Test
  void noSecretIsCommitted() {
    assertThat(data("Secret").values()).allSatisfy(value -> assertThat(value).isEmpty());
    assertThat(data("ConfigMap").keySet()).noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET"));
  }

  /** server.xml's variables and every {@code missionhub.*} name in the main sources, as environment variables. */
  private static Set<String> settingsTheServerReads() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher variables = Pattern.compile("<variable name=\"([^\"]+)\"").matcher(Files.readString(ROOT.resolve("ui/src/main/liberty/config/server.xml")));
    while (variables.find()) {
      names.add(variables.group(1));
    }
    Pattern property = Pattern.compile("\"(missionhub\\.[a-z0-9.-]+)\"");
    for (String module : List.of("platform", "plugins", "ui/src/main")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module))) {
        for (Path source : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/")).toList()) {
          Matcher found = property.matcher(Files.readString(source));
          while (found.find()) {
            names.add(found.group(1));
          }
        }
      }
    }
    Set<String> environment = new TreeSet<>();
    names.forEach(n -> environment.add(n.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)));
    return environment;
  }

  private static Map<String, List<Object>> kustomization() throws IOException {
    return new Yaml().load(Files.readString(K8S.resolve("kustomization.yaml")));
  }

  private static Map<String, Object> container() {
    return list(map(byKind.get("Deployment"), "spec", "template", "spec"), "containers").get(0);
  }

  private static String probe(Map<String, Object> container, String probe) {
    Map<String, Object> get = map(container, probe, "httpGet");
    assertThat(get).as(probe).containsEntry("port", "http");
    return (String) get.get("path");
  }

  private static Map<String, String> data(String kind) {
    Map<String, Object> resource = byKind.get(kind);
    Map<String, String> data = new HashMap<>();
    map(resource, kind.equals("Secret") ? "stringData" : "data").forEach((k, v) -> data.put(k, String.valueOf(v)));
    return data;
  }

  private static String name(Map<String, Object> resource) {
    return (String) map(resource, "metadata").get("name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> from, String... path) {
    Map<String, Object> at = from;
    for (String key : path) {
      assertThat(at).as("has " + key).containsKey(key);
      at = (Map<String, Object>) at.get(key);
    }
    return at;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> from, String key) {
    assertThat(from).as("has " + key).containsKey(key);
    return (List<Map<String, Object>>) from.get(key);
  }
}
