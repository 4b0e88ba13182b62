// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan.studio;

import io.i2ckit.cli.CliHarness;
import io.i2ckit.cli.Session;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanProfile;
import io.i2ckit.sim.EepromChip;
import io.i2ckit.sim.SimBus;
import io.i2ckit.sim.SimStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio's server on the simulated fan: what it serves, whom it refuses, what it writes. */
class StudioServerTest {
    @TempDir
    Path dir;

    private StudioServer server;
    private StudioApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(String host) throws Exception {
        CliHarness cli = new CliHarness(dir);
        Map<String, String> env = Map.of("I2CKIT_BACKUP_DIR", dir.resolve("backups").toString());
        Session session = new Session(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")), env, cli.buses(), false);
        UserFont font = new UserFont(dir.resolve("config/i2ckit/font.txt"));
        api = new StudioApi(session, "sim", "sim", true, FanProfile.standard(),
                () -> Files.exists(font.file()) ? FanFont.standard().with(FanFont.read(font.file())) : FanFont.standard(), font);
        server = new StudioServer(new InetSocketAddress(InetAddress.getByName(host), 0), api);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            b.header("X-I2ckit-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String name, String... values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            sb.append(sb.length() == 0 ? "" : "&").append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private byte[] chip() {
        try (SimBus bus = new SimStore(dir.resolve("sim")).open()) {
            return ((EepromChip) bus.chip(0x50)).memory().snapshot();
        }
    }

    @Test
    void onLocalhostThePageIsOpenButEveryWriteNeedsTheToken() throws Exception {
        start("127.0.0.1");
        assertEquals(200, get("/").statusCode());
        assertTrue(get("/studio.js").body().contains("fan studio"));
        assertEquals(404, get("/StudioServer.class").statusCode());
        assertEquals(404, get("/../../../etc/passwd").statusCode());
        assertEquals(403, post("/api/program", null, form("s", "x")).statusCode());
        assertEquals(403, post("/api/program", "not-the-token", form("s", "x")).statusCode());
        assertEquals(405, get("/api/program?s=x").statusCode(), "a write is a POST");
        assertEquals(413, post("/api/encode", server.token(), "s=" + "x".repeat(StudioServer.MAX_BODY)).statusCode());
    }

    @Test
    void beyondLocalhostEveryRequestNeedsTheToken() throws Exception {
        start("0.0.0.0");
        assertEquals(403, get("/").statusCode());
        assertEquals(403, get("/api/state").statusCode());
        HttpResponse<String> page = get("/?token=" + server.token());
        assertEquals(200, page.statusCode());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> withCookie = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/state")).header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withCookie.statusCode());
    }

    @Test
    void programmingFromTheStudioWritesWhatFanEncodeMakes() throws Exception {
        start("127.0.0.1");
        HttpResponse<String> r = post("/api/program", server.token(), form("s", "Talita, eu te amo", "-x ♥"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"ok\":true"), r.body());
        byte[] image = new FanEncoder(FanFont.standard(), FanProfile.standard())
                .encode(List.of("Talita, eu te amo", "-x ♥")).bytes();
        assertArrayEquals(image, Arrays.copyOf(chip(), image.length));
        assertTrue(get("/api/read").body().contains("\"strings\":[\"Talita, eu te amo\",\"-x ♥\"]"));
        assertTrue(get("/api/backups").body().contains("before a write"));
    }

    @Test
    void aSecondTabIsToldTheFanIsBusy() throws Exception {
        start("127.0.0.1");
        CompletableFuture<Void> holder = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        Thread other = new Thread(() -> {
            api.busyLock().lock(); // the first tab, mid-way through programming
            holder.complete(null);
            release.join();
            api.busyLock().unlock();
        });
        other.start();
        holder.join();
        HttpResponse<String> second = post("/api/program", server.token(), form("s", "x"));
        release.complete(null);
        other.join();
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("The fan is busy"), second.body());
        assertEquals(200, post("/api/program", server.token(), form("s", "x")).statusCode());
    }

    @Test
    void aGlyphDrawnInTheEditorLandsInTheUsersFontFileAndIsUsedAtOnce() throws Exception {
        start("127.0.0.1");
        Path file = dir.resolve("config/i2ckit/font.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "; mine\nchar ∑\n#####\n#####\n#####\n#####\n#####\n#####\n#####\n\nchar ¤ ; keep\n"
                + ".....\n.#.#.\n..#..\n.#.#.\n.....\n.....\n.....\n");
        assertTrue(post("/api/encode", server.token(), form("s", "a∑")).body().contains("\"ok\":true"));
        String rows = "&row=%23%23%23%23%23&row=.%23...&row=..%23..&row=...%23.&row=..%23..&row=.%23...&row=%23%23%23%23%23";
        HttpResponse<String> saved = post("/api/glyph", server.token(), form("char", "∑") + rows);
        assertEquals(200, saved.statusCode(), saved.body());
        String text = Files.readString(file);
        assertTrue(text.startsWith("; mine\n"), text);
        assertTrue(text.contains("char ¤ ; keep"), "other glyphs and comments stay: " + text);
        assertEquals(1, text.split("char ∑", -1).length - 1, text);
        assertTrue(text.endsWith("char ∑\n#####\n.#...\n..#..\n...#.\n..#..\n.#...\n#####\n"), text);
        assertTrue(get("/api/state").body().contains("\"∑\":[\"#####\",\".#...\""));
    }
}
