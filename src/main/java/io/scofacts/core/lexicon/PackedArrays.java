package io.scofacts.core.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A table built from a lexicon file, packed as the primitive arrays it is made of. The build packs
 * the largest tables ({@code io.scofacts.core.extract.LexiconPacker}, at process-classes) so that a fresh process copies
 * their arrays in bulk instead of parsing and hashing a hundred thousand rows on its first call,
 * which on a two-core machine also left the JIT compilers that much less to do. The lexicon file
 * stays the source of the data; a test checks that the packed table equals the one parsed from it.
 *
 * <p>Format: the magic {@code SCOPACK1}, the packing format version and the length of the rest,
 * then each array as its length and elements, little-endian, in the order the table's reader asks
 * for them. The length lets a reader allocate the buffer once, at its size: reading a stream to its
 * end grows and copies buffers, twice the garbage, and a fresh process's first collections come
 * sooner for it.
 */
public final class PackedArrays {

    private static final byte[] MAGIC = "SCOPACK1".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 3;
    private static final int HEADER = 16;

    private PackedArrays() {
    }

    /** The packed resource beside a lexicon file: "lexicon/zh-words.tsv" → "lexicon/zh-words.packed". */
    public static String packedName(String lexiconResource) {
        int dot = lexiconResource.lastIndexOf('.');
        return (dot < 0 ? lexiconResource : lexiconResource.substring(0, dot)) + ".packed";
    }

    /** The reader of a packed resource, or null when the build did not pack it (a run from sources). */
    public static Reader open(String resource) {
        try (InputStream in = PackedArrays.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            ByteBuffer header = header(in.readNBytes(HEADER), resource);
            byte[] payload = new byte[header.getInt()];
            if (in.readNBytes(payload, 0, payload.length) != payload.length) {
                throw new IllegalStateException("packed lexicon cut short: " + resource);
            }
            return new Reader(ByteBuffer.wrap(payload));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packed lexicon " + resource, e);
        }
    }

    /** The header checked, positioned at the payload's length. */
    private static ByteBuffer header(byte[] bytes, String resource) {
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < HEADER || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || header.position(MAGIC.length).getInt() != VERSION) {
            throw new IllegalStateException("not a packed lexicon of this version: " + resource);
        }
        return header;
    }

    /** Reads the arrays back in the order they were written. */
    public static final class Reader {

        private final ByteBuffer buffer;

        /** A whole packed file, header included. */
        Reader(byte[] packed, String resource) {
            this(ByteBuffer.wrap(packed, HEADER, header(packed, resource).getInt()).slice());
        }

        private Reader(ByteBuffer payload) {
            buffer = payload.order(ByteOrder.LITTLE_ENDIAN);
        }

        public int integer() {
            return buffer.getInt();
        }

        public long longInteger() {
            return buffer.getLong();
        }

        public int[] ints() {
            int[] values = new int[buffer.getInt()];
            buffer.asIntBuffer().get(values);
            return passed(values, values.length * Integer.BYTES);
        }

        public long[] longs() {
            long[] values = new long[buffer.getInt()];
            buffer.asLongBuffer().get(values);
            return passed(values, values.length * Long.BYTES);
        }

        /** A view buffer reads without moving this buffer: moves it past what the view read. */
        private <T> T passed(T values, int bytes) {
            buffer.position(buffer.position() + bytes);
            return values;
        }

        public byte[] bytes() {
            byte[] values = new byte[buffer.getInt()];
            buffer.get(values);
            return values;
        }

        public String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        /** A long text kept as UTF-16 code units: copied in bulk, where UTF-8 is decoded a char at a time. */
        public String text() {
            char[] chars = new char[buffer.getInt()];
            buffer.asCharBuffer().get(chars);
            return new String(passed(chars, chars.length * Character.BYTES));
        }

        /** Many short strings: their lengths, then all their chars as one text cut apart. */
        public String[] strings() {
            int[] lengths = ints();
            String all = text();
            String[] values = new String[lengths.length];
            for (int i = 0, at = 0; i < values.length; at += lengths[i], i++) {
                values[i] = all.substring(at, at + lengths[i]);
            }
            return values;
        }
    }

    /** Collects arrays in the order a reader will ask for them. */
    public static final class Writer {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Writer() {
        }

        public Writer integer(int value) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
            return this;
        }

        public Writer longInteger(long value) {
            out.writeBytes(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array());
            return this;
        }

        public Writer ints(int[] values) {
            return array(values.length, Integer.BYTES, b -> b.asIntBuffer().put(values));
        }

        public Writer longs(long[] values) {
            return array(values.length, Long.BYTES, b -> b.asLongBuffer().put(values));
        }

        /** An array's length, then its elements as {@code fill} puts them into a buffer of their size. */
        private Writer array(int length, int elementBytes, java.util.function.Consumer<ByteBuffer> fill) {
            ByteBuffer b = ByteBuffer.allocate(length * elementBytes).order(ByteOrder.LITTLE_ENDIAN);
            fill.accept(b);
            integer(length);
            out.writeBytes(b.array());
            return this;
        }

        public Writer bytes(byte[] values) {
            integer(values.length);
            out.writeBytes(values);
            return this;
        }

        public Writer string(String value) {
            return bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        public Writer text(String value) {
            return array(value.length(), Character.BYTES, b -> b.asCharBuffer().put(value));
        }

        public Writer strings(String[] values) {
            int[] lengths = new int[values.length];
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                lengths[i] = values[i].length();
                all.append(values[i]);
            }
            return ints(lengths).text(all.toString());
        }

        /** The packed file: header, then the arrays. */
        public byte[] toByteArray() {
            byte[] payload = out.toByteArray();
            return ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN)
                    .put(MAGIC).putInt(VERSION).putInt(payload.length).put(payload).array();
        }

        public void writeTo(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, toByteArray());
        }
    }
}
