// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The studio's HTTP side, on the JDK's own server. Safe by default: it serves only the page's
 * own files and its API; a write is a POST that carries the token (header X-I2ckit-Token),
 * whatever the address; listening beyond the loopback, every request needs the token (in the
 * URL printed at start, then a same-site cookie); request bodies are limited.
 */
public final class StudioServer implements AutoCloseable {
    static final int MAX_BODY = 64 * 1024;
    private static final String COOKIE = "i2ckit-studio";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/index.html", "index.html", "/studio.js", "studio.js", "/studio.css", "studio.css");

    private final HttpServer server;
    private final String token;
    private final boolean loopbackOnly;
    private final StudioApi api;

    public StudioServer(InetSocketAddress address, StudioApi api) throws IOException {
        this.api = api;
        this.loopbackOnly = address.getAddress().isLoopbackAddress();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
        this.server = HttpServer.create(address, 16);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String token() {
        return token;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to open, with the token, as Jupyter prints it. */
    public String url(String host) {
        return "http://" + host + ":" + port() + "/?token=" + token;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            boolean write = ex.getRequestMethod().equals("POST");
            if (!write && !ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "text/plain", "only GET and POST");
                return;
            }
            Map<String, String> query = form(ex.getRequestURI().getRawQuery());
            boolean tokenInUrl = matches(query.get("token"));
            boolean tokenInHeader = matches(ex.getRequestHeaders().getFirst("X-I2ckit-Token"));
            boolean tokenInCookie = matches(cookie(ex));
            if (write && !tokenInHeader) {
                send(ex, 403, "text/plain", "a write needs the studio's token (X-I2ckit-Token)");
                return;
            }
            if (!loopbackOnly && !(tokenInUrl || tokenInHeader || tokenInCookie)) {
                send(ex, 403, "text/plain", "open the URL the studio printed: it carries the token");
                return;
            }
            if (tokenInUrl) {
                ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; HttpOnly; SameSite=Strict; Path=/");
            }
            String file = FILES.get(path);
            if (file != null && !write) {
                serveFile(ex, file);
                return;
            }
            if (!path.startsWith("/api/")) {
                send(ex, 404, "text/plain", "no such page");
                return;
            }
            byte[] body = write ? readBody(ex) : new byte[0];
            if (body == null) {
                send(ex, 413, "text/plain", "request body over " + MAX_BODY + " bytes");
                return;
            }
            Map<String, List<String>> params = formLists(new String(body, StandardCharsets.UTF_8));
            StudioApi.Answer a = api.answer(path.substring("/api/".length()), write, params);
            send(ex, a.status(), "application/json; charset=utf-8", Json.of(a.body()));
        }
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpExchange ex) {
        for (String header : ex.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(COOKIE + "=")) {
                    return p.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }

    private static byte[] readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private void serveFile(HttpExchange ex, String name) throws IOException {
        try (InputStream in = StudioServer.class.getResourceAsStream(name)) {
            byte[] bytes = in.readAllBytes();
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
            ex.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
            send(ex, 200, type + "; charset=utf-8", bytes);
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** {@code a=1&b=2} as a map, the last value of a name winning. */
    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        formLists(raw).forEach((k, v) -> out.put(k, v.get(v.size() - 1)));
        return out;
    }

    /** {@code s=a&s=b} as lists of values, in order. */
    static Map<String, List<String>> formLists(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
