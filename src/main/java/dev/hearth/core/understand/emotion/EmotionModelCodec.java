package dev.hearth.core.understand.emotion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link EmotionModel}s in Hearth's compact binary format, gzipped:
 * <pre>
 *   int    magic "HEMO", int version (1)
 *   byte   char n-gram min, byte char n-gram max, int max chars
 *   short  label count, then each label's name (modified UTF-8)
 *   float  per label: quantisation scale, then bias
 *   int    row count
 *   varint per row: the gap to the previous feature key, keys ascending as unsigned integers
 *   byte   per label, per row: the quantised weight (label-major, which compresses better)
 * </pre>
 * Stateless and thread-safe.
 */
public final class EmotionModelCodec {
    private static final int MAGIC = 0x48454D4F;
    private static final int VERSION = 1;

    /** A codec. */
    public EmotionModelCodec() {
    }

    /** Writes the model to {@code out}, gzipped; does not close {@code out}. */
    public void write(EmotionModel model, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        FeaturizerSettings settings = model.settings();
        List<String> labels = model.labels();
        int[] keys = model.keys();
        byte[] weights = model.weights();
        int n = labels.size();

        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeByte(settings.charMin());
        data.writeByte(settings.charMax());
        data.writeInt(settings.maxChars());
        data.writeShort(n);
        for (String label : labels) {
            data.writeUTF(label);
        }
        for (int l = 0; l < n; l++) {
            data.writeFloat(model.scales()[l]);
            data.writeFloat(model.biases()[l]);
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compareUnsigned(keys[a], keys[b]));
        data.writeInt(keys.length);
        long previous = 0;
        for (int row : order) {
            long key = Integer.toUnsignedLong(keys[row]);
            writeVarLong(data, key - previous);
            previous = key;
        }
        byte[] labelMajor = new byte[weights.length];
        for (int l = 0; l < n; l++) {
            for (int r = 0; r < order.length; r++) {
                labelMajor[l * order.length + r] = weights[order[r] * n + l];
            }
        }
        data.write(labelMajor);
        data.flush();
        gzip.finish();
    }

    /** Reads a model from {@code in} (gzipped, as written by {@link #write}); does not close {@code in}. */
    public EmotionModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16),
                1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Hearth emotion model (bad magic number)");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported emotion model version " + version + " (this build reads "
                    + VERSION + ")");
        }
        int charMin = data.readUnsignedByte();
        int charMax = data.readUnsignedByte();
        int maxChars = data.readInt();
        FeaturizerSettings settings;
        try {
            settings = new FeaturizerSettings(charMin, charMax, maxChars);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt emotion model settings: " + e.getMessage(), e);
        }
        int n = data.readUnsignedShort();
        List<String> labels = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            labels.add(data.readUTF());
        }
        float[] scales = new float[n];
        float[] biases = new float[n];
        for (int l = 0; l < n; l++) {
            scales[l] = data.readFloat();
            biases[l] = data.readFloat();
        }
        int rows = data.readInt();
        if (rows < 0 || (long) rows * n > Integer.MAX_VALUE - 16) {
            throw new IOException("corrupt emotion model: " + rows + " rows");
        }
        int[] keys = new int[rows];
        long previous = 0;
        for (int r = 0; r < rows; r++) {
            previous += readVarLong(data);
            keys[r] = (int) previous;
        }
        byte[] labelMajor = new byte[rows * n];
        data.readFully(labelMajor);
        byte[] weights = new byte[rows * n];
        for (int l = 0; l < n; l++) {
            for (int r = 0; r < rows; r++) {
                weights[r * n + l] = labelMajor[l * rows + r];
            }
        }
        try {
            return new EmotionModel(settings, labels, keys, weights, scales, biases);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt emotion model: " + e.getMessage(), e);
        }
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new EOFException("corrupt emotion model: a key gap is too long");
    }
}
