package id.migrasiaman.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser as an attacker or a staff member would drive it with plain HTTP: its own cookie jar,
 * no redirects followed, the CSRF token taken from the last page like a browser would submit it,
 * and optionally an {@code X-Forwarded-For} header (honoured only from a trusted proxy).
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    ConsoleClient(int port) {
        this(port, null);
    }

    ConsoleClient(int port, String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    /** Signs in; returns the redirect target ({@code /console} when it worked). */
    String signIn(String username, String password) throws IOException, InterruptedException {
        get("/console/login");
        return post("/console/login", Map.of("username", username, "password", password))
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).build(), ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** A form post with the CSRF token of the last page fetched. */
    HttpResponse<String> post(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        String body =
                fields.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                ofString());
    }

    /** The CSRF token of the last page fetched. */
    String csrf() {
        return csrf;
    }

    HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElse(null);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, ofString());
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
