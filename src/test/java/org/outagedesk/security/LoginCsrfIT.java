package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.WebSession;

/**
 * Login CSRF: a sign-in form posted from another site (no token of this session) must not sign
 * the browser in, or an attacker could sign a victim into the attacker's account.
 */
class LoginCsrfIT extends LiveApplicationTest {

    @Test
    void aSignInPostedWithoutTheTokenIsRefusedAndCreatesNoSession() {
        WebSession forged = new WebSession(baseUrl());
        HttpResponse<String> answer = postSignIn(forged, "it@demo.local", "demo", null);

        assertThat(answer.statusCode()).as("%s %s", answer.headers().map(), answer.body()).isEqualTo(403);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(forged.cookie("JSESSIONID")).isNull();
    }

    @Test
    void aBrowserThatOpenedTheSignInPageIsNotSignedInByAForeignPostWithAWrongToken() {
        WebSession victim = new WebSession(baseUrl());
        victim.get("/login");
        String anonymousSession = victim.cookie("JSESSIONID");

        HttpResponse<String> answer = postSignIn(victim, "it@demo.local", "demo", "attacker-guessed-token");

        assertThat(answer.statusCode()).as("%s %s", answer.headers().map(), answer.body()).isEqualTo(403);
        assertThat(victim.cookie("JSESSIONID")).as("a sign-in would have renewed the session id")
                .isEqualTo(anonymousSession);
        assertThat(victim.navigate("profile")).doesNotContain("profile-language");
    }

    @Test
    void theSignInFormWithItsTokenStillSignsIn() {
        WebSession person = new WebSession(baseUrl()).signIn("it@demo.local", "demo");

        assertThat(person.navigate("profile")).contains("profile-language");
    }

    private static HttpResponse<String> postSignIn(WebSession session, String email, String password, String token) {
        String form = "username=" + email + "&password=" + password + (token == null ? "" : "&_csrf=" + token);
        return session.send(session.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example").POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
