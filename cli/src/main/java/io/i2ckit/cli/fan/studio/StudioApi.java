// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan.studio;

import io.i2ckit.cli.ErrorReporter;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.EepromRun;
import io.i2ckit.cli.eeprom.Target;
import io.i2ckit.cli.eeprom.Writing;
import io.i2ckit.cli.fan.FanJobs;
import io.i2ckit.eeprom.Backup;
import io.i2ckit.eeprom.BackupStore;
import io.i2ckit.eeprom.Image;
import io.i2ckit.povfan.FanDecoder;
import io.i2ckit.povfan.FanEncoder;
import io.i2ckit.povfan.FanFont;
import io.i2ckit.povfan.FanFormatException;
import io.i2ckit.povfan.FanMessage;
import io.i2ckit.povfan.FanProfile;
import io.i2ckit.povfan.Glyph;
import io.i2ckit.povfan.PovFan;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the studio page asks for, mapped to JSON. Programming and restoring call the jobs the
 * commands call ({@link FanJobs}: backup, only what differs, verified) and report in the CLI's
 * words; one at a time: a second tab is told the fan is busy.
 */
public final class StudioApi {
    /** An HTTP status and what to send as JSON. */
    record Answer(int status, Object body) {
    }

    private final Session session;
    private final String bus;
    private final String busName;
    private final boolean simulated;
    private final FanProfile profile;
    private final Supplier<FanFont> font;
    private final UserFont userFont;
    private final ReentrantLock busy = new ReentrantLock();

    /**
     * @param bus the bus as the user named it; {@code busName} is what the bus calls itself (backups go by it)
     * @param font the font as the CLI would draw now (built-in, the user's file, --font)
     */
    public StudioApi(Session session, String bus, String busName, boolean simulated, FanProfile profile,
                     Supplier<FanFont> font, UserFont userFont) {
        this.session = session;
        this.bus = bus;
        this.busName = busName;
        this.simulated = simulated;
        this.profile = profile;
        this.font = font;
        this.userFont = userFont;
    }

    Answer answer(String name, boolean write, Map<String, List<String>> params) {
        try {
            return switch (name) {
                case "state" -> new Answer(200, state());
                case "encode" -> write ? new Answer(200, encode(strings(params))) : postOnly();
                case "read" -> read();
                case "backups" -> new Answer(200, backups());
                case "program" -> write ? change(out -> program(out, strings(params))) : postOnly();
                case "restore" -> write ? change(out -> restore(out, one(params, "file"))) : postOnly();
                case "glyph" -> write ? glyph(params) : postOnly();
                default -> new Answer(404, Map.of("error", "no such call: " + name));
            };
        } catch (FanFormatException | IllegalArgumentException e) {
            return new Answer(400, Map.of("error", e.getMessage()));
        }
    }

    /** The lock that keeps two tabs from working the fan at once (tests hold it to see the second told). */
    ReentrantLock busyLock() {
        return busy;
    }

    private static Answer postOnly() {
        return new Answer(405, Map.of("error", "this call changes something: POST it with the token"));
    }

    private Map<String, Object> state() {
        Map<String, Object> glyphs = new LinkedHashMap<>();
        font.get().glyphs().forEach((cp, g) -> glyphs.put(new String(Character.toChars(cp)), List.of(g.rows())));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", profile.name());
        p.put("memory", profile.memory());
        p.put("maxStrings", profile.maxStrings());
        p.put("maxCharacters", profile.maxCharacters());
        p.put("limitsSource", profile.limitsSource());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bus", bus);
        out.put("simulated", simulated);
        out.put("profile", p);
        out.put("glyphs", glyphs);
        out.put("fontFile", userFont.file().toString());
        return out;
    }

    /** The capacity, the profile's warnings, and the CLI's error with where each unknown character is. */
    private Map<String, Object> encode(List<String> strings) {
        FanFont f = font.get();
        List<Object> missing = new ArrayList<>();
        for (int s = 0; s < strings.size(); s++) {
            int[] cps = strings.get(s).codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                if (f.glyph(cps[k]).isEmpty()) {
                    missing.add(Map.of("string", s, "index", k));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("used", FanEncoder.size(strings));
        out.put("capacity", profile.memory());
        out.put("missing", missing);
        try {
            FanMessage m = new FanEncoder(f, profile).encode(strings);
            out.put("ok", true);
            out.put("line", m.capacityLine());
            out.put("warnings", m.warnings());
        } catch (FanFormatException e) {
            out.put("ok", false);
            out.put("error", e.getMessage());
            out.put("warnings", List.of());
        }
        return out;
    }

    private Answer read() {
        if (!busy.tryLock()) {
            return busyAnswer();
        }
        try (EepromRun run = new EepromRun(quiet(new StringWriter(), new StringWriter()),
                Target.of(bus, profile.address(), profile.chip(), false, false))) {
            FanDecoder.Decoded d = new PovFan(run.eeprom(), font.get()).read();
            List<Object> unknowns = new ArrayList<>();
            d.unknowns().forEach(u -> unknowns.add(u.describe()));
            return new Answer(200, Map.of("strings", d.strings(), "unknowns", unknowns, "used", d.length()));
        } catch (FanFormatException e) {
            return new Answer(200, Map.of("strings", List.of(), "unknowns", List.of(), "error",
                    "the fan holds no message: " + e.getMessage()));
        } catch (RuntimeException e) {
            return new Answer(500, Map.of("error", String.valueOf(e.getMessage())));
        } finally {
            busy.unlock();
        }
    }

    private List<Object> backups() {
        BackupStore store = new BackupStore(EepromRun.backupDirectory(session.env(), null));
        Backup plain = store.lastVerified(busName, profile.address()).orElse(null);
        List<Object> out = new ArrayList<>();
        for (Backup b : store.backups(busName, profile.address())) {
            out.add(Map.of("file", b.file().toString(), "what", b.describe(), "plain", b.equals(plain)));
        }
        return out;
    }

    /** A job that changes the fan, saying what it did in the words the CLI uses. */
    private interface Change {
        void run(Session quiet);
    }

    /**
     * Runs {@code job} (one at a time: a second tab is told the fan is busy) and answers with
     * whether it went well and what it said; an error is the one line the CLI would print.
     */
    private Answer change(Change job) {
        if (!busy.tryLock()) {
            return busyAnswer();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session quiet = quiet(out, err);
        try {
            job.run(quiet);
            quiet.out().flush();
            return new Answer(200, Map.of("ok", true, "output", out.toString()));
        } catch (RuntimeException e) {
            new ErrorReporter(quiet).report(e); // the one Error line the CLI would print
            quiet.out().flush();
            return new Answer(200, Map.of("ok", false, "output", out.toString() + err));
        } finally {
            busy.unlock();
        }
    }

    /** {@code fan program} of {@code strings}, as the CLI does it and says it. */
    private void program(Session quiet, List<String> strings) {
        FanFont f = font.get();
        FanEncoder encoder = new FanEncoder(f, profile);
        FanMessage message = encoder.encode(strings);
        message.warnings().forEach(w -> quiet.out().println("Warning: " + w));
        Target target = Target.of(bus, profile.address(), profile.chip(), false, false);
        try (EepromRun run = new EepromRun(quiet, target)) {
            FanJobs.Programmed p = FanJobs.program(run, target, f, message, backupDirectory(), false,
                    Writing.sayingSaved(quiet.out()));
            Writing.report(quiet.out(), p.outcome(), Image.of(message.bytes()), 0, "the message");
            quiet.out().println(p.saying());
        }
    }

    /** {@code fan restore FILE}, as the CLI does it and says it. */
    private void restore(Session quiet, String file) {
        Target target = Target.of(bus, profile.address(), profile.chip(), false, false);
        try (EepromRun run = new EepromRun(quiet, target)) {
            Path chosen = FanJobs.backup(quiet, run, backupDirectory(), font.get(), file);
            FanJobs.Restored r = FanJobs.restore(run, target, chosen, backupDirectory(), false, quiet.out(),
                    Writing.sayingSaved(quiet.out()));
            Writing.report(quiet.out(), r.outcome(), r.image(), 0, chosen.toString());
        }
    }

    private Path backupDirectory() {
        return EepromRun.backupDirectory(session.env(), null);
    }

    private static Answer busyAnswer() {
        return new Answer(409, Map.of("error", "The fan is busy: another tab is reading or programming it; try again"
                + " when it is done"));
    }

    private Answer glyph(Map<String, List<String>> params) {
        String c = one(params, "char");
        List<String> rows = params.getOrDefault("row", List.of());
        if (c.codePointCount(0, c.length()) != 1 || Character.isISOControl(c.codePointAt(0))) {
            throw new IllegalArgumentException("a glyph is for one character");
        }
        Glyph g = Glyph.ofRows(rows.toArray(String[]::new));
        userFont.save(c.codePointAt(0), g);
        return new Answer(200, Map.of("ok", true, "fontFile", userFont.file().toString()));
    }

    private Session quiet(StringWriter out, StringWriter err) {
        return new Session(new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                session.env(), session.buses(), false);
    }

    private static List<String> strings(Map<String, List<String>> params) {
        return params.getOrDefault("s", List.of());
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return v.get(v.size() - 1);
    }
}
