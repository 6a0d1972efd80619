package dev.hearth.core.semantic;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes a {@link LinearHead} as a small gzipped file: a magic word, the head's name, its
 * labels and feature names, the vector size, then the weights and thresholds as floats. Bundled heads
 * live in {@code src/main/resources/models/heads/}.
 */
public final class LinearHeadCodec {
    private static final int MAGIC = 0x48485431; // "HHT1"

    private LinearHeadCodec() {
    }

    /** Reads a head; a file that is not one gives an exception naming what is wrong. */
    public static LinearHead read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Hearth head file");
        }
        String name = data.readUTF();
        List<String> labels = strings(data);
        List<String> features = strings(data);
        int dimension = data.readInt();
        float[] weights = floats(data, labels.size() * (dimension + features.size() + 1));
        float[] thresholds = floats(data, labels.size());
        return new LinearHead(name, labels, features, dimension, weights, thresholds);
    }

    /** Reads a head bundled on the classpath, e.g. {@code models/heads/acts.bin.gz}. */
    public static LinearHead bundled(String resource) {
        try (InputStream in = LinearHeadCodec.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The model file " + resource + " is missing from the build.");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The model file " + resource + " cannot be read", e);
        }
    }

    public static void write(LinearHead head, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeInt(MAGIC);
        data.writeUTF(head.name());
        writeStrings(data, head.labels());
        writeStrings(data, head.features());
        data.writeInt(head.dimension());
        for (float w : head.weightsForCodec()) {
            data.writeFloat(w);
        }
        for (float t : head.thresholdsForCodec()) {
            data.writeFloat(t);
        }
        data.flush();
        gz.finish();
    }

    private static List<String> strings(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException("corrupt head file");
        }
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(data.readUTF());
        }
        return list;
    }

    private static void writeStrings(DataOutputStream data, List<String> strings) throws IOException {
        data.writeInt(strings.size());
        for (String s : strings) {
            data.writeUTF(s);
        }
    }

    private static float[] floats(DataInputStream data, int n) throws IOException {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = data.readFloat();
        }
        return f;
    }
}
