// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The cells of a simulated chip. In memory for tests, or mapped from a file so that separate
 * i2ckit processes see one chip, as they would see one piece of hardware.
 */
public abstract class ChipMemory {
    private final int size;

    protected ChipMemory(int size) {
        this.size = size;
    }

    public final int size() {
        return size;
    }

    public abstract int get(int offset);

    public abstract void set(int offset, int value);

    /** A copy of every cell. */
    public byte[] snapshot() {
        byte[] copy = new byte[size];
        for (int i = 0; i < size; i++) {
            copy[i] = (byte) get(i);
        }
        return copy;
    }

    /** Sets every cell from {@code image}, which must have {@link #size()} bytes. */
    public void load(byte[] image) {
        if (image.length != size) {
            throw new IllegalArgumentException("image of " + image.length + " bytes for a memory of " + size);
        }
        for (int i = 0; i < size; i++) {
            set(i, image[i] & 0xff);
        }
    }

    /** Makes writes durable; nothing to do for memory that lives only in this process. */
    public void flush() {
    }

    /** A memory of {@code size} cells, each set to {@code fill}. */
    public static ChipMemory inMemory(int size, int fill) {
        byte[] cells = new byte[size];
        Arrays.fill(cells, (byte) fill);
        return new ArrayMemory(cells);
    }

    /**
     * A memory mapped from {@code file}, created with every cell set to {@code fill} when absent.
     * A file of another size is an error, not silently resized: it belongs to another chip.
     */
    public static ChipMemory mapped(Path file, int size, int fill) {
        try {
            if (!Files.exists(file)) {
                byte[] cells = new byte[size];
                Arrays.fill(cells, (byte) fill);
                Path tmp = file.resolveSibling(file.getFileName() + ".new");
                Files.write(tmp, cells);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            long actual = Files.size(file);
            if (actual != size) {
                throw new IllegalStateException(file + " holds " + actual + " bytes but the chip has " + size
                        + ": delete it or reset the simulator");
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                return new MappedMemory(channel.map(FileChannel.MapMode.READ_WRITE, 0, size));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map simulated chip memory " + file, e);
        }
    }

    private static final class ArrayMemory extends ChipMemory {
        private final byte[] cells;

        ArrayMemory(byte[] cells) {
            super(cells.length);
            this.cells = cells;
        }

        @Override
        public int get(int offset) {
            return cells[offset] & 0xff;
        }

        @Override
        public void set(int offset, int value) {
            cells[offset] = (byte) value;
        }
    }

    private static final class MappedMemory extends ChipMemory {
        private final MappedByteBuffer cells;

        MappedMemory(MappedByteBuffer cells) {
            super(cells.capacity());
            this.cells = cells;
        }

        @Override
        public int get(int offset) {
            return cells.get(offset) & 0xff;
        }

        @Override
        public void set(int offset, int value) {
            cells.put(offset, (byte) value);
        }

        @Override
        public void flush() {
            cells.force();
        }
    }
}
