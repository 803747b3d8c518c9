package io.scofacts.storage;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Large values (article text, FactSheet JSON) stored as deflate-compressed parts: DynamoDB
 * caps an item at 400 KB, and 500,000 CJK characters are 1.5 MB of UTF-8, which compression
 * alone does not always bring under the cap (random or already dense text barely shrinks).
 */
final class Blobs {

    /** Bytes of payload per item, leaving room under 400 KB for keys and metadata attributes. */
    static final int PART_BYTES = 350_000;

    private Blobs() {
    }

    static List<byte[]> split(byte[] raw) {
        byte[] packed = deflate(raw);
        List<byte[]> parts = new ArrayList<>();
        for (int from = 0; from < packed.length || parts.isEmpty(); from += PART_BYTES) {
            int to = Math.min(packed.length, from + PART_BYTES);
            byte[] part = new byte[to - from];
            System.arraycopy(packed, from, part, 0, part.length);
            parts.add(part);
        }
        return parts;
    }

    static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        parts.forEach(packed::writeBytes);
        return inflate(packed.toByteArray());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 2));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StorageException("stored value is truncated or corrupt");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StorageException("stored value is corrupt: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
