package org.outagedesk.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser session over plain HTTP: a cookie jar, redirects not followed, and the two
 * requests a Vaadin page makes to open a route (the UI's init, then the client's {@code
 * ui-navigate} event), so a test sees what the server would render for that person, access
 * checks included, without a browser.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String forwardedFor;
    private String language;

    public WebSession(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder());
    }

    /** A session whose connections come from {@code from} (a loopback address such as 127.0.0.3). */
    public WebSession(String baseUrl, InetAddress from) {
        this(baseUrl, HttpClient.newBuilder().localAddress(from));
    }

    private WebSession(String baseUrl, HttpClient.Builder client) {
        this.baseUrl = baseUrl;
        this.http = client.version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Asks for pages in this language from now on ({@code Accept-Language}), as a browser set to it would. */
    public WebSession language(String languageTag) {
        this.language = languageTag;
        return this;
    }

    /** Sends {@code X-Forwarded-For: address} with every further request, as a proxy (or a liar) would. */
    public WebSession forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Signs in through the login form (with its CSRF token); fails unless the sign-in is accepted. */
    public WebSession signIn(String email, String password, String... headers) {
        HttpResponse<String> answer = postSignIn(email, password, headers);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in of " + email + " refused: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /** Posts the login form with the CSRF token of the page it opened, as a browser does; answers the reply. */
    public HttpResponse<String> postSignIn(String email, String password, String... headers) {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            post.headers(headers);
        }
        return send(post.POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The value of a cookie this session holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /**
     * Opens a Vaadin route as the browser would and answers the server's UIDL reply to the
     * navigation: the rendered view's components, the not-found/denied error view, or a
     * command to go to the login page.
     */
    public String navigate(String route) {
        return navigate(route, "");
    }

    /** {@link #navigate(String)} with a query string (without the {@code ?}), e.g. {@code error}. */
    public String navigate(String route, String query) {
        String init = get("/?v-r=init&location=" + encode(route) + "&query=" + encode(query)).body();
        String event = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":%s,"clientId":0}"""
                .formatted(find(SECURITY_KEY, init), route.replace("\"", ""), query.replace("\"", ""),
                        find(SYNC_ID, init));
        return send(request("/?v-r=uidl&v-uiId=" + find(UI_ID, init)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event))).body();
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(90));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not a Vaadin init reply: " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
