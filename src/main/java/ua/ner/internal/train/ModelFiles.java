package ua.ner.internal.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.util.model.BaseModel;

/**
 * Writes OpenNLP models byte-for-byte reproducibly: OpenNLP stamps the training time into the model's
 * manifest and its zip entries; we fix both, so that the same data and settings give the same file.
 */
public final class ModelFiles {

  private static final String MANIFEST = "manifest.properties";
  private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip epoch

  private ModelFiles() {
  }

  /** Serializes {@code model} to {@code file} without timestamps; returns the file's SHA-256. */
  public static String write(BaseModel model, Path file) throws IOException {
    return write(model, file, Map.of());
  }

  /**
   * Serializes {@code model} to {@code file} without timestamps, with {@code manifestEntries} added to
   * its manifest; returns the file's SHA-256.
   */
  public static String write(BaseModel model, Path file, Map<String, String> manifestEntries) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    byte[] bytes = normalize(raw.toByteArray(), manifestEntries);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, bytes);
    return sha256(bytes);
  }

  static byte[] normalize(byte[] zip, Map<String, String> manifestEntries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals(MANIFEST)) {
          data = stableManifest(data, manifestEntries);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(FIXED_TIME);
        zout.putNextEntry(copy);
        zout.write(data);
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] stableManifest(byte[] data, Map<String, String> manifestEntries) throws IOException {
    Properties p = new Properties();
    p.load(new ByteArrayInputStream(data));
    p.putAll(manifestEntries);
    if (p.containsKey("Timestamp")) {
      p.setProperty("Timestamp", "0");
    }
    // as OpenNLP writes it (ISO-8859-1, non-Latin chars escaped), minus the date comment, in a fixed order
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    p.store(w, null);
    List<String> lines = new ArrayList<>();
    for (String line : w.toString(StandardCharsets.ISO_8859_1).split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        lines.add(line.strip());
      }
    }
    lines.sort(null);
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
