package org.baclo.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The knowledge files already parsed: the trees of maps, lists and scalars that the YAML
 * parser makes of them, in a small binary form written by the build
 * ({@code knowledge/knowledge.bin} beside the YAML files, made by {@link #main} in
 * {@code process-classes}). Reading it is much faster than a cold YAML parser, which
 * matters for the start-up of the command-line tool. Each tree is stored with the CRC-32
 * of the YAML text it came from and is used only while that text is unchanged, so an
 * edited file is always parsed again (and the validation runs on every tree either way).
 * A file that does not parse is left out and reported by the YAML parser as before.
 */
public final class PreParsed {

    static final String RESOURCE = "knowledge/knowledge.bin";

    private static final int MAGIC = 0x42414b31;

    private static final byte NULL = 0, MAP = 1, LIST = 2, STRING = 3, INT = 4, LONG = 5, BIG = 6, DOUBLE = 7, TRUE = 8,
            FALSE = 9, DATE = 10;

    private record Tree(long crc, Object root) {
    }

    private final Map<String, Tree> trees;

    private PreParsed(Map<String, Tree> trees) {
        this.trees = trees;
    }

    /** No trees: every file is parsed. */
    static PreParsed none() {
        return new PreParsed(Map.of());
    }

    /** The stored tree of a file whose YAML text is {@code yaml}, or null. */
    Object tree(String file, byte[] yaml) {
        Tree t = trees.get(file);
        return t != null && t.crc() == crc(yaml) ? t.root() : null;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * Reads the stored trees; a missing or unreadable resource gives {@link #none()} (the
     * files are then parsed).
     */
    static PreParsed read(InputStream resource) {
        if (resource == null) {
            return none();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return none();
            }
            int n = in.readInt();
            Map<String, Tree> trees = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String file = in.readUTF();
                long crc = in.readLong();
                trees.put(file, new Tree(crc, readValue(in)));
            }
            return new PreParsed(trees);
        }
        catch (IOException | RuntimeException e) {
            return none();
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case MAP: {
                int n = in.readInt();
                Map<Object, Object> m = new LinkedHashMap<>(n * 4 / 3 + 1);
                for (int i = 0; i < n; i++) {
                    Object k = readValue(in);
                    m.put(k, readValue(in));
                }
                return m;
            }
            case LIST: {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readValue(in));
                }
                return l;
            }
            case STRING:
                return readString(in);
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case BIG:
                return new BigInteger(readString(in));
            case DOUBLE:
                return in.readDouble();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case DATE:
                return new Date(in.readLong());
            default:
                throw new IOException("unknown tag " + tag);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Writes the trees of {@code files} (each: name, the YAML text, the parsed tree; a
     * null tree leaves the file out).
     */
    static void write(OutputStream out, Map<String, byte[]> yaml, Map<String, Object> parsed) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out));
        d.writeInt(MAGIC);
        d.writeInt(parsed.size());
        for (Map.Entry<String, Object> e : parsed.entrySet()) {
            d.writeUTF(e.getKey());
            d.writeLong(crc(yaml.get(e.getKey())));
            writeValue(d, e.getValue());
        }
        d.flush();
    }

    private static void writeValue(DataOutputStream d, Object v) throws IOException {
        if (v == null) {
            d.writeByte(NULL);
        }
        else if (v instanceof Map<?, ?> m) {
            d.writeByte(MAP);
            d.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                writeValue(d, e.getKey());
                writeValue(d, e.getValue());
            }
        }
        else if (v instanceof List<?> l) {
            d.writeByte(LIST);
            d.writeInt(l.size());
            for (Object o : l) {
                writeValue(d, o);
            }
        }
        else if (v instanceof String s) {
            d.writeByte(STRING);
            writeString(d, s);
        }
        else if (v instanceof Integer i) {
            d.writeByte(INT);
            d.writeInt(i);
        }
        else if (v instanceof Long l) {
            d.writeByte(LONG);
            d.writeLong(l);
        }
        else if (v instanceof BigInteger b) {
            d.writeByte(BIG);
            writeString(d, b.toString());
        }
        else if (v instanceof Double x) {
            d.writeByte(DOUBLE);
            d.writeDouble(x);
        }
        else if (v instanceof Boolean b) {
            d.writeByte(b ? TRUE : FALSE);
        }
        else if (v instanceof Date t && v.getClass() == Date.class) {
            d.writeByte(DATE);
            d.writeLong(t.getTime());
        }
        else {
            throw new IllegalArgumentException("cannot store a " + v.getClass().getName());
        }
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    /**
     * Build step: {@code PreParsed <knowledge directory>} writes {@code knowledge.bin}
     * there from the YAML files of {@link KnowledgeLoader#FILES}. A file that is missing
     * or does not parse is left out (the loader then parses it and reports it).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, byte[]> yaml = new LinkedHashMap<>();
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (String f : KnowledgeLoader.FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            Object tree = KnowledgeLoader.parseTree(bytes);
            if (tree == null) {
                continue;
            }
            try {
                writeValue(new DataOutputStream(OutputStream.nullOutputStream()), tree);
            }
            catch (IllegalArgumentException e) {
                continue;
            }
            yaml.put(f, bytes);
            parsed.put(f, tree);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("knowledge.bin"))) {
            write(out, yaml, parsed);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
