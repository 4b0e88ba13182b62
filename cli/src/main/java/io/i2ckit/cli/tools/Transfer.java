// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.cli.tools;

import io.i2ckit.cli.Session;
import io.i2ckit.core.Capability;
import io.i2ckit.core.Errno;
import io.i2ckit.core.I2cBus;
import io.i2ckit.core.I2cException;
import io.i2ckit.core.I2cMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** {@code i2ctransfer}: send a combined transfer of read and write messages, each to its own address. */
public final class Transfer {
    /** The usage 4.3 prints; 4.4 lists its options in {@link #OPTIONS_44} instead of the first line. */
    static final String USAGE = """
            Usage: i2ctransfer [-f] [-y] [-v] [-V] [-a] I2CBUS DESC [DATA] [DESC [DATA]]...
              I2CBUS is an integer or an I2C bus name
              DESC describes the transfer in the form: {r|w}LENGTH[@address]
                1) read/write-flag 2) LENGTH (range 0-65535, or '?')
                3) I2C address (use last one if omitted)
              DATA are LENGTH bytes for a write message. They can be shortened by a suffix:
                = (keep value constant until LENGTH)
                + (increase value by 1 until LENGTH)
                - (decrease value by 1 until LENGTH)
                p (use pseudo random generator until LENGTH with value as seed)

            Example (bus 0, read 8 byte at offset 0x64 from EEPROM at 0x50):
              # i2ctransfer 0 w1@0x50 0x64 r8
            Example (same EEPROM, at offset 0x42 write 0xff 0xfe ... 0xf0):
              # i2ctransfer 0 w17@0x50 0x42 0xff-
            """;

    private static final String OPTIONS_44 = """
            Usage: i2ctransfer [OPTIONS] I2CBUS DESC [DATA] [DESC [DATA]]...
              OPTIONS: -a allow even reserved addresses
                       -b print read data as binary, disables -v
                       -f force access even if address is marked used
                       -h this help text
                       -v verbose mode
                       -V version info
                       -y yes to all confirmations
            """;

    /** Buffer of a read of unknown length ('?'): the largest SMBus 3 block and its count. */
    private static final int RECV_LEN_BUFFER = 256;

    private Transfer() {
    }

    /** A message being assembled from the command line. */
    private static final class Draft {
        final int address;
        final int flags;
        final byte[] buf;
        int filled;

        Draft(int address, int flags, int length) {
            this.address = address;
            this.flags = flags;
            this.buf = new byte[length];
            if ((flags & I2cMessage.RECV_LEN) != 0 && length > 0) {
                buf[0] = 1; // bytes read besides the data: the count
            }
        }

        boolean isRead() {
            return (flags & I2cMessage.READ) != 0;
        }

        I2cMessage message() {
            return I2cMessage.of(address, flags, buf);
        }
    }

    public static int run(Session s, List<String> argv) {
        // -b came with 4.4
        ToolArgs args = ToolArgs.scan(s, argv, s.i2cTools() == I2cToolsVersion.V4_4 ? "Vvfyab" : "Vvfya", "");
        Integer stop = args.stopEarly(s.err(), "i2ctransfer", () -> usage(s.err(), args.version()));
        return stop != null ? stop : transfer(s, args);
    }

    /** The usage of the release {@code version}: its first line, then the rest both share. */
    static String usage(I2cToolsVersion version) {
        return version == I2cToolsVersion.V4_3 ? USAGE : OPTIONS_44 + USAGE.substring(USAGE.indexOf('\n') + 1);
    }

    private static int usage(PrintWriter err, I2cToolsVersion version) {
        err.print(usage(version));
        return 1;
    }

    private static int transfer(Session s, ToolArgs args) {
        PrintWriter err = s.err();
        boolean force = args.has('f');
        List<String> rest = args.rest();
        if (rest.isEmpty()) {
            return usage(err, args.version());
        }
        int i = 0;
        String busArg = ToolSupport.lookupBus(s, rest.get(i++));
        if (busArg == null) {
            return 1;
        }
        try (I2cBus bus = ToolSupport.open(s, busArg)) {
            if (bus == null) {
                return 1;
            }
            if (!bus.functionality().has(Capability.I2C)) {
                err.println("Error: Adapter does not have I2C transfers capability");
                return 1;
            }
            List<Draft> drafts = parse(s, bus, rest, i, force, args.has(ToolArgs.PROTECTED), args.has('a'));
            if (drafts == null) {
                return 1;
            }
            List<I2cMessage> messages = new ArrayList<>();
            drafts.forEach(d -> messages.add(d.message()));
            if (!args.has('y') && !confirm(s, bus, messages)) {
                return 0;
            }
            int sent;
            try {
                sent = bus.transfer(messages.toArray(new I2cMessage[0]));
            } catch (IllegalArgumentException e) {
                err.printf("Error: Sending messages failed: %s (%s)%n", Errno.text(Errno.EINVAL), e.getMessage());
                return 1;
            } catch (I2cException e) {
                err.printf("Error: Sending messages failed: %s (%s)%n", errnoText(e), e.getMessage());
                return 1;
            }
            if (sent < messages.size()) {
                err.printf("Warning: only %d/%d messages were sent%n", sent, messages.size());
            }
            if (args.has('b')) {
                printBinary(s, messages.subList(0, sent)); // and -v is off, as in 4.4
            } else {
                print(s.out(), messages.subList(0, sent), true, args.has('v'), args.has('v'));
            }
            return 0;
        }
    }

    private static String errnoText(I2cException e) {
        return e.errno() == 0 ? e.detail() : Errno.text(e.errno());
    }

    /** Reads DESC [DATA] groups from {@code argv[start..]}; null after printing the faulty argument. */
    private static List<Draft> parse(Session s, I2cBus bus, List<String> argv, int start, boolean force, boolean allowProtected,
                                     boolean allAddresses) {
        PrintWriter err = s.err();
        List<Draft> drafts = new ArrayList<>();
        Draft pending = null;
        int address = -1;
        for (int k = start; k < argv.size(); k++) {
            String arg = argv.get(k);
            if (pending == null) {
                if (drafts.size() >= I2cMessage.MAX_MESSAGES) {
                    err.printf("Error: Too many messages (max: %d)%n", I2cMessage.MAX_MESSAGES);
                    return null;
                }
                int flags;
                char dir = arg.isEmpty() ? '\0' : arg.charAt(0);
                if (dir == 'r') {
                    flags = I2cMessage.READ;
                } else if (dir == 'w') {
                    flags = 0;
                } else {
                    err.println("Error: Invalid direction");
                    return faulty(err, arg);
                }
                int p = 1;
                long length;
                if (p < arg.length() && arg.charAt(p) == '?') {
                    if (flags == 0) {
                        err.println("Error: variable length not allowed with write");
                        return faulty(err, arg);
                    }
                    length = RECV_LEN_BUFFER;
                    flags |= I2cMessage.RECV_LEN;
                    p++;
                } else {
                    String tail = arg.substring(p);
                    CNumber n = CNumber.strtoul(tail);
                    if (n.end() == 0 || n.unsignedAbove(0xffff)) {
                        err.println("Error: Length invalid");
                        return faulty(err, arg);
                    }
                    length = n.value();
                    p += n.end();
                }
                if (p < arg.length()) {
                    if (arg.charAt(p) != '@') {
                        err.println("Error: Unknown separator after length");
                        return faulty(err, arg);
                    }
                    address = ToolSupport.parseAddress(s, arg.substring(p + 1), allAddresses);
                    if (address < 0) {
                        return faulty(err, arg);
                    }
                    if (!force && ToolSupport.select(s, bus, address, io.i2ckit.core.DeviceOptions.DEFAULT) == null) {
                        return faulty(err, arg); // a kernel driver owns it
                    }
                } else if (address < 0) {
                    err.println("Error: No address given");
                    return faulty(err, arg);
                }
                if (flags == 0 && !ToolSupport.mayWrite(s, bus, address, allowProtected)) {
                    return faulty(err, arg); // the board's own EEPROM, say
                }
                Draft d = new Draft(address, flags, (int) length);
                if (d.isRead() || length == 0) {
                    drafts.add(d);
                } else {
                    pending = d;
                }
            } else {
                CNumber n = CNumber.strtoul(arg);
                if (n.end() == 0 || n.unsignedAbove(0xff)) {
                    err.println("Error: Invalid data byte");
                    return faulty(err, arg);
                }
                int data = (int) n.value();
                String suffix = arg.substring(n.end());
                while (pending.filled < pending.buf.length) {
                    pending.buf[pending.filled++] = (byte) data;
                    if (suffix.isEmpty()) {
                        break;
                    }
                    switch (suffix.charAt(0)) {
                        case 'p' -> { // 8-bit pseudo-random sequence: xor 27, add 13, rotate left
                            data = ((data ^ 27) + 13) & 0xff;
                            data = ((data << 1) | (data >> 7)) & 0xff;
                        }
                        case '+' -> data = (data + 1) & 0xff;
                        case '-' -> data = (data - 1) & 0xff;
                        case '=' -> {
                        }
                        default -> {
                            err.println("Error: Invalid data byte suffix");
                            return faulty(err, arg);
                        }
                    }
                }
                if (pending.filled == pending.buf.length) {
                    drafts.add(pending);
                    pending = null;
                }
            }
        }
        if (pending != null || drafts.isEmpty()) {
            err.println("Error: Incomplete message");
            return null;
        }
        return drafts;
    }

    private static List<Draft> faulty(PrintWriter err, String arg) {
        err.printf("Error: faulty argument is '%s'%n", arg);
        return null;
    }

    private static boolean confirm(Session s, I2cBus bus, List<I2cMessage> messages) {
        PrintWriter err = s.err();
        err.println("WARNING! This program can confuse your I2C bus, cause data loss and worse!");
        err.printf("I will send the following messages to device file %s:%n", bus.devicePath());
        print(err, messages, false, true, true);
        return ToolSupport.proceed(s, false);
    }

    /** i2ctransfer's {@code print_msgs}: read buffers, and with a header the writes too. */
    /** {@code -b}: the bytes each read message got, as they are, one after another on stdout. */
    private static void printBinary(Session s, List<I2cMessage> messages) {
        s.out().flush();
        OutputStream raw = s.binaryOut();
        if (raw == null) {
            throw new IllegalStateException("no binary standard output in this session");
        }
        try {
            for (I2cMessage m : messages) {
                byte[] buf = m.buffer();
                int len = m.has(I2cMessage.RECV_LEN) ? (buf[0] & 0xff) + 1 : m.length();
                if (m.isRead() && len > 0) {
                    raw.write(buf, 0, len);
                }
            }
            raw.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data read to standard output", e);
        }
    }

    private static void print(PrintWriter out, List<I2cMessage> messages, boolean readBuffers, boolean writeBuffers,
                              boolean header) {
        for (int n = 0; n < messages.size(); n++) {
            I2cMessage m = messages.get(n);
            boolean read = m.isRead();
            boolean recvLen = m.has(I2cMessage.RECV_LEN);
            boolean printBuf = (read && readBuffers) || (!read && writeBuffers);
            byte[] buf = m.buffer();
            int len = recvLen ? (buf[0] & 0xff) + 1 : m.length();
            if (header) {
                out.printf("msg %d: addr 0x%02x, %s, len ", n, m.address(), read ? "read" : "write");
                out.print(!recvLen || readBuffers ? Integer.toString(len) : "TBD");
            }
            if (len > 0 && printBuf) {
                if (header) {
                    out.print(", buf ");
                }
                out.println(Hex.bytes(buf, len));
            } else if (header) {
                out.println();
            }
        }
        out.flush();
    }
}
