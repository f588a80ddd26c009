package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.Role;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docker compose --profile sso up} (docs/identity.md): the Keycloak realm it imports and the
 * portal node it configures fit each other. Keycloak itself cannot be downloaded where these tests
 * run, so this reads both files: the realm parses, its client is confidential with PKCE and the
 * portal's redirect and sign-out addresses, its groups claim carries group names, every group the
 * portal maps to a role exists and has someone in it, and the portal's issuer, client id and
 * secret are the realm's.
 */
class KeycloakComposeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode realm;
    private static JsonNode client;
    private static Map<String, Object> services;
    private static JsonNode portal;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        realm = JSON.readTree(Path.of("docker/keycloak/company-realm.json").toFile());
        client = StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(each -> "outagedesk".equals(each.path("clientId").asString())).findFirst().orElseThrow();
        try (Reader compose = Files.newBufferedReader(Path.of("docker/compose.yaml"))) {
            services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(compose).get("services");
        }
        Map<String, Object> environment = (Map<String, Object>) service("app-sso").get("environment");
        portal = JSON.readTree((String) environment.get("SPRING_APPLICATION_JSON"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakAndTheSecondPortalNodeStartOnlyWithTheSsoProfileAndKeycloakImportsTheRealm() {
        assertThat(service("keycloak").get("profiles")).isEqualTo(List.of("sso"));
        assertThat(service("app-sso").get("profiles")).isEqualTo(List.of("sso"));
        assertThat(service("app").get("profiles")).as("the local-account portal starts without a profile").isNull();
        assertThat((List<Object>) service("keycloak").get("volumes"))
                .contains("./keycloak/company-realm.json:/opt/keycloak/data/import/company-realm.json:ro");
        assertThat((List<Object>) service("keycloak").get("command")).contains("--import-realm");
    }

    @Test
    void theClientIsConfidentialWithPkceAndThePortalsAddresses() {
        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");

        String portalAddress = (String) ((Map<?, ?>) service("app-sso").get("environment")).get("OUTAGEDESK_BASE_URL");
        assertThat(texts(client.path("redirectUris"))).containsExactly(portalAddress + "/login/oauth2/code/keycloak");
        assertThat(client.path("attributes").path("post.logout.redirect.uris").asString())
                .isEqualTo(portalAddress + "/login");
        assertThat(registration().path("redirect-uri").asString())
                .isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void theGroupsClaimCarriesGroupNamesInTheIdToken() {
        JsonNode groups = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(mapper -> "oidc-group-membership-mapper".equals(mapper.path("protocolMapper").asString()))
                .findFirst().orElseThrow();
        assertThat(groups.path("config").path("claim.name").asString()).isEqualTo("groups");
        assertThat(groups.path("config").path("full.path").asString()).as("names, not /paths").isEqualTo("false");
        assertThat(groups.path("config").path("id.token.claim").asString()).isEqualTo("true");
    }

    @Test
    void everyGroupThePortalMapsToARoleExistsAndSomeoneIsInIt() {
        JsonNode roleGroups = portal.path("outagedesk").path("directory").path("role-groups");
        assertThat(roleGroups.propertyNames()).containsExactlyInAnyOrder("IT_STAFF", "MANAGER", "ADMIN");
        List<String> realmGroups = StreamSupport.stream(realm.path("groups").spliterator(), false)
                .map(group -> group.path("name").asString()).toList();
        List<String> memberships = new ArrayList<>();
        realm.path("users").forEach(user -> {
            assertThat(user.path("emailVerified").asBoolean()).as("unverified addresses are refused").isTrue();
            user.path("groups").forEach(group -> memberships.add(group.asString().replaceFirst("^/", "")));
        });
        roleGroups.forEach(groups -> groups.forEach(group -> {
            assertThat(realmGroups).contains(group.asString());
            assertThat(memberships).as("someone to sign in as").contains(group.asString());
        }));
    }

    @Test
    void thePortalNamesTheRealmsIssuerClientAndSecret() {
        JsonNode security = portal.path("spring").path("security").path("oauth2").path("client");
        assertThat(security.path("provider").path("keycloak").path("issuer-uri").asString())
                .isEqualTo("http://sso.localhost:8180/realms/" + realm.path("realm").asString());
        assertThat(registration().path("client-id").asString()).isEqualTo(client.path("clientId").asString());
        assertThat(registration().path("client-secret").asString()).isEqualTo(client.path("secret").asString());
        assertThat(registration().path("scope").asString()).contains("openid");
        assertThat(((Map<?, ?>) service("keycloak").get("environment")).get("KC_HOSTNAME"))
                .as("the issuer the browser and the portal both see").isEqualTo("http://sso.localhost:8180");
    }

    /** The portal's settings bound as Spring Boot binds them at start: the registration, and roles by enum name. */
    @Test
    void thePortalsSettingsBindAsSpringBootBindsThem() {
        Map<String, Object> flat = new java.util.LinkedHashMap<>();
        flatten("", portal, flat);
        Binder binder = new Binder(new MapConfigurationPropertySource(flat));

        OAuth2ClientProperties oidc = binder.bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();
        assertThat(oidc.getRegistration().get("keycloak").getScope()).containsExactly("openid", "profile", "email");
        assertThat(oidc.getRegistration().get("keycloak").getClientName()).isNotBlank();
        assertThat(oidc.getProvider().get("keycloak").getIssuerUri()).endsWith("/realms/company");
        DirectoryProperties directory = binder.bind("outagedesk.directory", DirectoryProperties.class).get();
        assertThat(directory.roleGroups()).containsEntry(Role.IT_STAFF, List.of("it-staff"))
                .containsEntry(Role.MANAGER, List.of("managers")).containsEntry(Role.ADMIN, List.of("outagedesk-admins"));
    }

    /** Nested JSON as property names, the way Spring Boot reads SPRING_APPLICATION_JSON. */
    private static void flatten(String prefix, JsonNode node, Map<String, Object> flat) {
        if (node.isObject()) {
            node.propertyNames().forEach(name ->
                    flatten(prefix.isEmpty() ? name : prefix + "." + name, node.path(name), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.asString());
        }
    }

    private static JsonNode registration() {
        return portal.path("spring").path("security").path("oauth2").path("client").path("registration").path("keycloak");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(each -> texts.add(each.asString()));
        return texts;
    }
}
