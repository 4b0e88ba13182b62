// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli;

import io.i2ckit.boardprofiles.Board;
import io.i2ckit.boardprofiles.BoardProfile;
import io.i2ckit.boardprofiles.HeaderDrawing;
import io.i2ckit.boardprofiles.ProfileCatalog;
import io.i2ckit.core.AdapterInfo;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

@Command(name = "board", mixinStandardHelpOptions = true,
        description = "Show the board this runs on: its I2C buses and their /dev nodes, which header pins they use, "
                + "what must not be written, and how to wire the fan.")
final class BoardCommand implements Runnable {
    private Session session;

    BoardCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        Board board = session.board();
        BoardProfile p = board.profile();
        PrintWriter out = session.out();
        out.printf("Board:    %s%s%s%n", p.name(), board.model().isEmpty() ? "" : " (" + board.model() + ")",
                p.logic() == null ? "" : ", " + p.logic() + " logic");
        out.printf("Modules:  %s%n", String.join(" ", p.modules()));
        Set<Integer> shown = new HashSet<>();
        if (!p.buses().isEmpty()) {
            out.println("Buses:");
            for (Board.ResolvedBus b : board.buses()) {
                BoardProfile.BusSpec s = b.spec();
                String node = b.adapter().map(a -> a.device().toString()).orElse("(not enabled)");
                b.adapter().ifPresent(a -> shown.add(a.number()));
                String pins = s.sda() == null ? "internal" : s.scl() + " SCL, " + s.sda() + " SDA";
                boolean fan = s.hwName().equalsIgnoreCase(p.fanBus());
                out.printf("  %-5s %-14s %-22s %s%s%n", s.hwName().toUpperCase(Locale.ROOT), node, pins,
                        s.note() == null ? "" : s.note(), fan ? "  <- the fan's bus" : "");
            }
        }
        boolean others = false;
        for (AdapterInfo a : board.adapters()) {
            if (!shown.contains(a.number())) {
                if (!others) {
                    out.println(p.buses().isEmpty() ? "Buses:" : "Other adapters:");
                    others = true;
                }
                out.printf("  %-14s %s%n", a.device(), a.name());
            }
        }
        if (board.adapters().isEmpty()) {
            out.println("Buses:    none seen in sysfs" + (p.enableHint() == null ? "" : "; " + p.enableHint()));
        }
        printProtections(out, board, p);
        if (p.fanBus() == null) {
            out.println("The fan: no default bus on this board; give --bus with the bus you wired (a number, /dev/i2c-N,"
                    + " or an adapter name), or --bus sim for the simulated fan.");
            return;
        }
        out.println();
        out.printf("Wiring the fan to %s (switch the fan off first; its EEPROM then runs from the board's 3.3 V):%n",
                Board.describe(p.bus(p.fanBus()).orElseThrow()));
        out.print(HeaderDrawing.draw(p));
        out.println("Fan DATA to SDA, CLK to SCL, VCC to 3.3 V (never 5 V: these pins take 3.3 V at most), GND to GND.");
        out.println("Pull-ups: the board has them on this bus; add none.");
    }

    private static void printProtections(PrintWriter out, Board board, BoardProfile p) {
        boolean any = false;
        for (BoardProfile.Protection pr : p.protections()) {
            if (!any) {
                out.println("Refused without --force (i2cset: -f):");
                any = true;
            }
            out.printf("  %-5s %s  %s%n", pr.hwName().toUpperCase(Locale.ROOT), range(pr.from(), pr.to()), pr.what());
        }
        for (AdapterInfo a : board.adapters()) {
            for (ProfileCatalog.AdapterRule rule : ProfileCatalog.standard().adapterRules()) {
                if (rule.adapterName().matcher(a.name()).find()) {
                    if (!any) {
                        out.println("Refused without --force (i2cset: -f):");
                        any = true;
                    }
                    out.printf("  %-5s %s  %s%n", a.busName(), range(rule.from(), rule.to()), rule.what());
                }
            }
        }
    }

    private static String range(int from, int to) {
        return from == to ? String.format("0x%02x     ", from) : String.format("0x%02x-0x%02x", from, to);
    }
}
