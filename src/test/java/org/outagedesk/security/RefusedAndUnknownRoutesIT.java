package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.WebSession;

/**
 * A route someone may not open and a route that does not exist look the same to them, so the
 * list of routes is not revealed; a signed-out visitor is sent to sign in either way.
 */
class RefusedAndUnknownRoutesIT extends LiveApplicationTest {

    private static final String REFUSED = "triage";
    private static final String UNKNOWN = "triagf";

    @Test
    void anEndUserSeesTheSamePageForARefusedAndAnUnknownRoute() {
        WebSession endUser = new WebSession(baseUrl()).signIn("user2@demo.local", "demo");

        HttpResponse<String> refused = endUser.get("/" + REFUSED);
        HttpResponse<String> unknown = endUser.get("/" + UNKNOWN);
        // Both page requests get Vaadin's bootstrap page; the navigation that follows draws the view.
        assertThat(refused.statusCode()).as("status of a refused route").isEqualTo(unknown.statusCode());
        assertThat(comparable(refused.body())).isEqualTo(comparable(unknown.body()));

        String refusedReply = endUser.navigate(REFUSED);
        String unknownReply = endUser.navigate(UNKNOWN);
        assertThat(refusedReply).contains("page-not-found");
        assertThat(texts(refusedReply)).isNotEmpty().isEqualTo(texts(unknownReply));
    }

    @Test
    void aSignedOutVisitorIsSentToSignInForARefusedAndAnUnknownRoute() {
        WebSession visitor = new WebSession(baseUrl());

        for (String route : new String[] {REFUSED, UNKNOWN}) {
            assertThat(visitor.get("/" + route).headers().firstValue("Location")).as("page asked for as /%s", route)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
            assertThat(visitor.navigate(route)).as("navigation to %s", route)
                    .containsAnyOf("\"/login\"", "login-form").doesNotContain("page-not-found");
        }
    }

    /** The words the reply puts on the page, in order. */
    private static java.util.List<String> texts(String reply) {
        return java.util.regex.Pattern.compile("\"key\":\"text\",\"feat\":\\d+,\"value\":\"([^\"]*)\"").matcher(reply)
                .results().map(match -> match.group(1)).toList();
    }

    /** The reply without what differs between any two answers: ids, keys, counters and the path asked for. */
    private static String comparable(String reply) {
        return reply.replace(REFUSED, "PATH").replace(UNKNOWN, "PATH")
                .replaceAll("\"[A-Za-z0-9+/_-]{11,}={0,2}\"", "\"#\"").replaceAll("\\d+(\\.\\d+)?", "0");
    }
}
