// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.fan;

import io.i2ckit.boardprofiles.BusResolver;
import io.i2ckit.cli.CliException;
import io.i2ckit.cli.Session;
import io.i2ckit.cli.eeprom.Target;
import io.i2ckit.cli.fan.studio.StudioApi;
import io.i2ckit.cli.fan.studio.StudioServer;
import io.i2ckit.cli.fan.studio.UserFont;
import io.i2ckit.core.I2cBus;
import io.i2ckit.povfan.FanProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Serve a web page to write the fan's messages, see them spin, draw glyphs and program the fan.",
                "It listens on 127.0.0.1 only, unless --listen says otherwise; then every request needs the token in "
                        + "the URL it prints. From a laptop, tunnel it: ssh -L 8188:127.0.0.1:8188 debian@192.168.7.2, "
                        + "then open the printed URL. Ctrl-C stops it."})
final class FanStudioCommand implements Runnable {
    private Session session;

    @Mixin
    FanText.FontOptions fonts;

    @Mixin
    FanBus where;

    @Option(names = "--listen", paramLabel = "ADDR:PORT", defaultValue = "127.0.0.1:8188",
            description = "Where to listen (default ${DEFAULT-VALUE}; port 0 takes a free one).")
    String listen;

    FanStudioCommand(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        FanProfile profile = fonts.profile();
        Target target = where.target(session, profile);
        String bus = target.bus();
        String busName;
        try (I2cBus opened = session.openBus(bus)) {
            busName = opened.name(); // it is there, and backups go by this name
        }
        UserFont userFont = new UserFont(FanText.FontOptions.userFontFile(session));
        StudioApi api = new StudioApi(session, bus, busName, BusResolver.isProvided(bus), profile,
                () -> fonts.font(session), userFont);
        InetSocketAddress address = address(listen);
        StudioServer server;
        try {
            server = new StudioServer(address, api);
        } catch (IOException e) {
            throw CliException.device("cannot listen on " + listen + ": " + e.getMessage()
                    + "; is another studio running? choose another port with --listen 127.0.0.1:8189");
        }
        String host = address.getAddress().isAnyLocalAddress() ? hostName() : address.getAddress().getHostAddress();
        session.out().printf("Fan studio for %s%s: open %s%n", busName, BusResolver.isProvided(bus)
                ? " (the simulated fan)" : "", server.url(host));
        if (!address.getAddress().isLoopbackAddress()) {
            session.out().println("Listening beyond this machine: every request needs the token in that URL.");
        }
        session.out().println("Ctrl-C stops it.");
        session.out().flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InetSocketAddress address(String listen) {
        int colon = listen.lastIndexOf(':');
        if (colon <= 0) {
            throw CliException.usage("--listen " + listen + ": give ADDR:PORT, such as 127.0.0.1:8188 or 0.0.0.0:8188");
        }
        try {
            int port = Integer.parseInt(listen.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            String host = listen.substring(0, colon).replaceAll("^\\[|\\]$", "");
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (NumberFormatException e) {
            throw CliException.usage("--listen " + listen + ": the port is a number from 0 to 65535");
        } catch (IOException e) {
            throw CliException.usage("--listen " + listen + ": no such address here");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "THIS-BOARD";
        }
    }
}
