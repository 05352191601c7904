package dev.paracheck.beam;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Encodes the pipeline's records (and the paracheck records they carry: findings, locations, links, words) as
 * length-prefixed JSON, field by field: a record is written by its components and read back through its canonical
 * constructor, so its validation runs on every worker. Deterministic for records whose collections are lists.
 *
 * @param <T> the record type
 */
public final class JsonCoder<T> extends CustomCoder<T> {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Class<T> type;

    private JsonCoder(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    public static <T> JsonCoder<T> of(Class<T> type) {
        return new JsonCoder<>(type);
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(value);
        VarInt.encode(bytes.length, out);
        out.write(bytes);
    }

    @Override
    public T decode(InputStream in) throws IOException {
        byte[] bytes = new byte[VarInt.decodeInt(in)];
        new DataInputStream(in).readFully(bytes);
        return MAPPER.readValue(bytes, type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonCoder<?> other && other.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }
}
