package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.Role;
import org.outagedesk.testsupport.CompanyIdentityProvider;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Sign in with ..." against a real OpenID Connect provider over HTTP (mock-oauth2-server issuing
 * signed tokens): the authorization code flow with PKCE followed hop by hop, roles from the
 * groups claim, the account made just in time, RP-initiated logout, and every kind of bad answer
 * refused with its reason and nothing created.
 */
class OidcSignInIT extends LiveApplicationTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final HttpClient PROVIDER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final CompanyIdentityProvider COMPANY = CompanyIdentityProvider.shared();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryProperties directory;

    @Test
    void theSignInPageOffersTheProviderByItsName() {
        assertThat(new WebSession(baseUrl()).navigate("login")).contains("login-with-company")
                .contains("Sign in with Contoso ID");
    }

    @Test
    void aPersonSignsInThroughTheProviderAndGetsRolesFromTheGroupsClaim() {
        COMPANY.nextSignIn("subject-olga", person("olga.oidc@corp.example", "Olga Oidc", "IT Staff", "Portal Admins"));
        WebSession olga = new WebSession(baseUrl());

        String authorize = location(olga.get("/oauth2/authorization/company"));
        assertThat(authorize).startsWith(COMPANY.issuer()).contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("nonce=").contains("state=");
        HttpResponse<String> back = callback(olga, authorize);

        assertThat(location(back)).doesNotContain("error");
        AccountSummary account = SignedIn.as(accounts, "olga.oidc@corp.example", accounts::currentAccount);
        assertThat(account.origin()).isEqualTo(AccountOrigin.OIDC);
        assertThat(account.originProvider()).isEqualTo("company");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF, Role.ADMIN);
        assertThat(account).extracting(AccountSummary::displayName, AccountSummary::department, AccountSummary::site,
                AccountSummary::language, AccountSummary::timeZone)
                .containsExactly("Olga Oidc", "Redes", "Lisboa", "en", "Europe/Lisbon");
        assertThat(olga.navigate("triage")).contains("TriageView");
        assertThat(olga.navigate("admin/users")).contains("AdminUsersView");
    }

    @Test
    void signingOutEndsTheProviderSessionToo() {
        COMPANY.nextSignIn("subject-pablo", person("pablo.oidc@corp.example", "Pablo Oidc"));
        WebSession pablo = new WebSession(baseUrl());
        callback(pablo, location(pablo.get("/oauth2/authorization/company")));
        Matcher csrf = CSRF.matcher(pablo.get("/").body());
        assertThat(csrf.find()).as("the signed-in page carries its CSRF token").isTrue();

        HttpResponse<String> out = pablo.send(pablo.request("/logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))));

        assertThat(location(out)).startsWith(COMPANY.issuer()).contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        assertThat(pablo.navigate("profile")).doesNotContain("profile-language");
    }

    /**
     * The portal cannot ask the provider whether someone left a group, so roles from a token last
     * {@code role-max-age} from when the provider issued it. Here the token was issued that long
     * ago less a few seconds: the session works, then ends; an open page's own request leaves a
     * cookie naming the provider, its reload goes through the provider (no prompt while the
     * provider's session lasts) and comes back to the same page with the groups of now.
     */
    @Test
    void rolesFromATokenOlderThanTheMaximumAgeEndTheSessionAndThePageSignsInAgainAtTheProvider() {
        Instant issued = Instant.now().minus(directory.oidc().roleMaxAge()).plusSeconds(6);
        Map<String, Object> claims = new java.util.HashMap<>(person("rafa.oidc@corp.example", "Rafa Oidc", "IT Staff"));
        claims.put("iat", issued.getEpochSecond());
        COMPANY.nextSignIn("subject-rafa", claims);
        WebSession rafa = new WebSession(baseUrl());
        callback(rafa, location(rafa.get("/oauth2/authorization/company")));
        assertThat(rafa.navigate("triage")).contains("TriageView");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !rafa.navigate("triage").contains("TriageView"));
        assertThat(rafa.cookie("outagedesk-sign-in-again")).as("left by the page's own request").isEqualTo("company");

        HttpResponse<String> reload = rafa.send(rafa.request("/triage").header("Accept", "text/html").GET());
        assertThat(location(reload)).endsWith("/oauth2/authorization/company");
        assertThat(rafa.cookie("outagedesk-sign-in-again")).as("used once").isNull();
        COMPANY.nextSignIn("subject-rafa", person("rafa.oidc@corp.example", "Rafa Oidc", "IT Staff"));
        HttpResponse<String> back = callback(rafa, location(rafa.get("/oauth2/authorization/company")));

        assertThat(location(back)).as("back to the page it was on").contains("/triage");
        assertThat(rafa.navigate("triage")).contains("TriageView");
    }

    @Test
    void aPageLoadAfterTheMaximumAgeGoesToTheProviderAtOnce() {
        Instant issued = Instant.now().minus(directory.oidc().roleMaxAge()).plusSeconds(6);
        Map<String, Object> claims = new java.util.HashMap<>(person("sara.oidc@corp.example", "Sara Oidc"));
        claims.put("iat", issued.getEpochSecond());
        COMPANY.nextSignIn("subject-sara", claims);
        WebSession sara = new WebSession(baseUrl());
        callback(sara, location(sara.get("/oauth2/authorization/company")));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> page = sara.send(sara.request("/profile").header("Accept", "text/html").GET());
            return page.statusCode() == 302
                    && page.headers().firstValue("Location").orElse("").endsWith("/oauth2/authorization/company");
        });
        assertThat(sara.navigate("profile")).as("that session is over").doesNotContain("profile-language");
    }

    @Test
    void aTokenIssuedLongerAgoThanTheMaximumAgeIsRefusedRatherThanSentBackAndForth() {
        Map<String, Object> claims = new java.util.HashMap<>(person("old.token@corp.example", "Old Token"));
        claims.put("iat", Instant.now().minus(directory.oidc().roleMaxAge()).minusSeconds(60).getEpochSecond());
        COMPANY.nextSignIn("subject-old", claims);

        assertRefused("old.token@corp.example", "The company sign-in's answer was refused");
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefusedAndCreatesNothing() {
        assertMadeToMeasureTokenRefused(CompanyIdentityProvider.ISSUER, "another-application",
                "wrong.audience@corp.example");
    }

    @Test
    void anIdTokenSignedWithAKeyTheProviderDoesNotPublishIsRefusedAndCreatesNothing() {
        assertMadeToMeasureTokenRefused("somebody-else", CompanyIdentityProvider.CLIENT_ID, "wrong.signature@corp.example");
    }

    /** The control for the two above: the same made-to-measure answer, right in every way, signs in. */
    @Test
    void aMadeToMeasureIdTokenThatIsRightInEveryWaySignsIn() {
        WebSession browser = madeToMeasureSignIn(CompanyIdentityProvider.ISSUER, CompanyIdentityProvider.CLIENT_ID,
                "made.right@corp.example");

        assertThat(browser.navigate("profile")).contains("profile-language");
        assertThat(count("made.right@corp.example")).isOne();
    }

    /** The token request is answered with an ID token that is right in every way (nonce included) but one. */
    private void assertMadeToMeasureTokenRefused(String signingIssuer, String audience, String email) {
        WebSession browser = madeToMeasureSignIn(signingIssuer, audience, email);

        assertThat(browser.navigate("login", "error")).contains("The company sign-in's answer was refused");
        assertThat(browser.navigate("profile")).doesNotContain("profile-language");
        assertThat(count(email)).as("nothing created").isZero();
    }

    private WebSession madeToMeasureSignIn(String signingIssuer, String audience, String email) {
        WebSession browser = new WebSession(baseUrl());
        String authorize = location(browser.get("/oauth2/authorization/company"));
        String code = location(provider(authorize));
        Map<String, Object> claims = new java.util.HashMap<>(person(email, "Made To Measure"));
        claims.put("nonce", java.net.URLDecoder.decode(query(authorize, "nonce"), java.nio.charset.StandardCharsets.UTF_8));
        claims.put("iss", COMPANY.issuer());
        COMPANY.nextTokenAnswer(signingIssuer, audience, "subject-" + email, claims);
        browser.send(browser.request(pathAndQuery(code)).GET());
        return browser;
    }

    @Test
    void anExpiredTokenIsRefusedAndCreatesNothing() {
        COMPANY.nextSignIn("subject-expired", person("expired.token@corp.example", "Expired Token"),
                List.of(CompanyIdentityProvider.CLIENT_ID), -3600);

        assertRefused("expired.token@corp.example", "The company sign-in's answer was refused");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedAndCreatesNothing() {
        Map<String, Object> claims = new java.util.HashMap<>(person("other.issuer@corp.example", "Other Issuer"));
        claims.put("iss", "https://login.attacker.example/company");
        COMPANY.nextSignIn("subject-issuer", claims);

        assertRefused("other.issuer@corp.example", "The company sign-in's answer was refused");
    }

    @Test
    void aCallbackWhoseStateThisBrowserDidNotStartIsRefused() {
        WebSession victim = new WebSession(baseUrl());
        String authorize = location(victim.get("/oauth2/authorization/company"));
        String forged = location(provider(authorize)).replaceAll("state=[^&]+", "state=forged-by-attacker");

        HttpResponse<String> back = victim.send(victim.request(pathAndQuery(forged)).GET());

        assertThat(location(back)).contains("login?error");
        assertThat(victim.navigate("login", "error")).contains("Start the sign-in again");
    }

    @Test
    void aReplayedAuthorizationCodeSignsNobodyIn() {
        COMPANY.nextSignIn("subject-replay", person("replay.oidc@corp.example", "Replay Oidc"));
        WebSession first = new WebSession(baseUrl());
        String code = location(provider(location(first.get("/oauth2/authorization/company"))));
        assertThat(location(first.send(first.request(pathAndQuery(code)).GET()))).doesNotContain("error");

        WebSession attacker = new WebSession(baseUrl());
        attacker.get("/oauth2/authorization/company");
        assertThat(location(attacker.send(attacker.request(pathAndQuery(code)).GET()))).contains("login?error");
        assertThat(location(first.send(first.request(pathAndQuery(code)).GET()))).contains("login?error");
        assertThat(attacker.navigate("profile")).doesNotContain("profile-language");
    }

    @Test
    void aCodeIssuedForAnEarlierAttemptDoesNotFitTheCurrentOneAndIsRefused() {
        COMPANY.nextSignIn("subject-nonce", person("nonce.oidc@corp.example", "Nonce Oidc"));
        WebSession browser = new WebSession(baseUrl());
        String earlier = location(provider(location(browser.get("/oauth2/authorization/company"))));
        String current = location(browser.get("/oauth2/authorization/company"));
        String currentState = query(current, "state");

        String mixed = earlier.replaceAll("state=[^&]+", "state=" + currentState);
        HttpResponse<String> back = browser.send(browser.request(pathAndQuery(mixed)).GET());

        assertThat(location(back)).contains("login?error");
        assertThat(browser.navigate("login", "error")).contains("The company sign-in's answer was refused");
        assertThat(count("nonce.oidc@corp.example")).isZero();
    }

    private void assertRefused(String email, String message) {
        WebSession browser = new WebSession(baseUrl());
        HttpResponse<String> back = callback(browser, location(browser.get("/oauth2/authorization/company")));

        assertThat(location(back)).contains("login?error");
        assertThat(browser.navigate("login", "error")).contains(message);
        assertThat(browser.navigate("profile")).doesNotContain("profile-language");
        assertThat(count(email)).as("nothing created").isZero();
    }

    private int count(String email) {
        return jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email);
    }

    private static Map<String, Object> person(String email, String name, String... groups) {
        return Map.of("email", email, "email_verified", true, "name", name, "groups", List.of(groups),
                "department", "Redes", "site", "Lisboa", "locale", "en", "zoneinfo", "Europe/Lisbon");
    }

    /** The provider's authorization endpoint (no login form: it answers with the code at once), then back to the app. */
    private HttpResponse<String> callback(WebSession browser, String authorize) {
        return browser.send(browser.request(pathAndQuery(location(provider(authorize)))).GET());
    }

    private static HttpResponse<String> provider(String url) {
        try {
            return PROVIDER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The provider did not answer " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s", response.uri(), response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String query(String url, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(matcher.find()).as("%s in %s", name, url).isTrue();
        return matcher.group(1);
    }
}
