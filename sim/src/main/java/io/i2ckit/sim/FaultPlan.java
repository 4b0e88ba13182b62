// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Faults the simulated bus injects, counted from when the bus opened: transactions from 1 (every
 * start-to-stop sequence, ACK polls included), bytes on the wire from 0 (address bytes included).
 * What is random (which bytes of an interrupted write cycle landed) comes from a fixed seed.
 *
 * <p>As text, one fault per line: {@code seed 42}, {@code nack transaction=3 byte=5},
 * {@code eio transaction=7}, {@code power-cut after-bytes=100}, {@code stuck-busy address=0x50}
 * (with {@code from=N}: from transaction N on).
 */
public final class FaultPlan {
    /** Transaction {@code transaction}'s byte {@code byteIndex} (0 = address byte) is not acknowledged. */
    public record Nack(long transaction, int byteIndex) {
    }

    private final long seed;
    private final Random random;
    private final List<Nack> nacks = new ArrayList<>();
    private final List<Long> eios = new ArrayList<>();
    /** Stuck chips: address to the first transaction they ignore. */
    private final Map<Integer, Long> stuck = new java.util.LinkedHashMap<>();
    private long powerCutAfterBytes = -1;

    private FaultPlan(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** An empty plan. */
    public static FaultPlan none() {
        return new FaultPlan(0);
    }

    public static FaultPlan seeded(long seed) {
        return new FaultPlan(seed);
    }

    public FaultPlan nack(long transaction, int byteIndex) {
        nacks.add(new Nack(transaction, byteIndex));
        return this;
    }

    /** Transaction {@code transaction} fails with EIO before anything reaches the wire. */
    public FaultPlan eio(long transaction) {
        eios.add(transaction);
        return this;
    }

    /**
     * Power fails after {@code bytes} bytes on the wire: the next byte is not acknowledged, a page
     * still in a chip's buffer is lost, an interrupted write cycle leaves a mix of new, old and
     * erased bytes, and nothing answers again until the bus is opened anew (power restored).
     */
    public FaultPlan powerCutAfterBytes(long bytes) {
        powerCutAfterBytes = bytes;
        return this;
    }

    /** The chip at {@code address} never acknowledges, as if stuck in a write cycle. */
    public FaultPlan stuckBusy(int address) {
        return stuckBusy(address, 1);
    }

    /** The chip at {@code address} stops acknowledging from transaction {@code fromTransaction} on. */
    public FaultPlan stuckBusy(int address, long fromTransaction) {
        stuck.put(address, fromTransaction);
        return this;
    }

    public boolean isEmpty() {
        return nacks.isEmpty() && eios.isEmpty() && stuck.isEmpty() && powerCutAfterBytes < 0;
    }

    boolean nackAt(long transaction, int byteIndex) {
        return nacks.contains(new Nack(transaction, byteIndex));
    }

    boolean eioAt(long transaction) {
        return eios.contains(transaction);
    }

    boolean isStuck(int address, long transaction) {
        Long from = stuck.get(address);
        return from != null && transaction >= from;
    }

    /** Whether power fails now, {@code bytesSoFar} bytes into the plan; fires once. */
    boolean powerCutDue(long bytesSoFar) {
        if (powerCutAfterBytes >= 0 && bytesSoFar >= powerCutAfterBytes) {
            powerCutAfterBytes = -1;
            return true;
        }
        return false;
    }

    Random random() {
        return random;
    }

    /** Parses the text form; blank lines and {@code #} comments are ignored. */
    public static FaultPlan parse(String text) {
        List<String> pending = new ArrayList<>();
        long seed = 0;
        for (String raw : text.split("\n")) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("seed ")) {
                seed = Long.decode(line.substring(5).trim());
            } else {
                pending.add(line);
            }
        }
        FaultPlan plan = new FaultPlan(seed);
        for (String line : pending) {
            plan.add(line);
        }
        return plan;
    }

    private void add(String line) {
        String[] words = line.split("\\s+");
        Map<String, String> args = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("fault '" + line + "': expected key=value, got '" + words[i] + "'");
            }
            args.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        switch (words[0]) {
            case "nack" -> nack(number(line, args, "transaction"), (int) number(line, args, "byte"));
            case "eio" -> eio(number(line, args, "transaction"));
            case "power-cut" -> powerCutAfterBytes(number(line, args, "after-bytes"));
            case "stuck-busy" -> stuckBusy((int) number(line, args, "address"),
                    args.containsKey("from") ? number(line, args, "from") : 1);
            default -> throw new IllegalArgumentException("unknown fault '" + words[0]
                    + "': use nack, eio, power-cut or stuck-busy");
        }
    }

    private static long number(String line, Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) {
            throw new IllegalArgumentException("fault '" + line + "' needs " + key + "=N");
        }
        try {
            long n = Long.decode(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault '" + line + "': " + key + "=" + value + " is not a number");
        }
    }

    /** The text form, which {@link #parse} reads back. */
    public String format() {
        StringBuilder sb = new StringBuilder("seed " + seed + "\n");
        nacks.forEach(n -> sb.append("nack transaction=").append(n.transaction()).append(" byte=")
                .append(n.byteIndex()).append('\n'));
        eios.forEach(t -> sb.append("eio transaction=").append(t).append('\n'));
        if (powerCutAfterBytes >= 0) {
            sb.append("power-cut after-bytes=").append(powerCutAfterBytes).append('\n');
        }
        stuck.forEach((a, from) -> sb.append(String.format("stuck-busy address=0x%02x%s%n", a,
                from == 1 ? "" : " from=" + from)));
        return sb.toString();
    }
}
