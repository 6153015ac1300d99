package org.securebase.app.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSourceResolvable;

/**
 * A text file sent from outside (a CSV import, an uploaded wording file), read the strict way: at
 * most {@link #MAX_BYTES}, counted while the bytes stream in so an oversized body is refused before
 * it is held in memory; decoded with {@link CodingErrorAction#REPORT}, so a byte sequence that is
 * not valid in the charset is refused with its line number instead of being stored as replacement
 * characters; and free of U+0000, which PostgreSQL cannot store. Stateless and thread-safe.
 */
public final class UploadedText {

  /** The most one upload may be: 50 MB (the multipart limit in application.properties agrees). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /** Message code: bytes not valid in the charset; args field, line. */
  public static final String INVALID_ENCODING = "input.upload.invalid-utf8";

  /** Message code: a NUL character in the file; args field, line. */
  public static final String NUL = "input.upload.nul";

  private static final int CHUNK = 64 * 1024;

  private UploadedText() {}

  /** The body read as UTF-8, for {@code field} (the name the answer uses for the body or file). */
  public static String read(InputStream in, long declaredLength, String field) {
    return read(in, declaredLength, StandardCharsets.UTF_8, field);
  }

  /**
   * The body decoded strictly with {@code charset}. {@code declaredLength} is the Content-Length
   * (or -1 when unknown): a body that declares more than the limit is refused without reading it.
   *
   * @throws TooLargeException when the body is over {@link #MAX_BYTES}
   * @throws BadInputException naming the line of the first invalid byte or NUL
   */
  public static String read(InputStream in, long declaredLength, Charset charset, String field) {
    if (declaredLength > MAX_BYTES) {
      throw new TooLargeException();
    }
    byte[] bytes = readAtMost(in, MAX_BYTES);
    String text = decode(bytes, charset, field);
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new BadInputException(field, NUL, field, lineOf(text, nul));
    }
    return text;
  }

  /** Decodes strictly; the first invalid sequence is reported with its line (1-based). */
  static String decode(byte[] bytes, Charset charset, String field) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate(
            (int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new BadInputException(field, INVALID_ENCODING, field, lineAt(bytes, in.position()));
    }
    return out.flip().toString();
  }

  private static byte[] readAtMost(InputStream in, long max) {
    ByteArrayOutputStream held = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long total = 0;
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        total += n;
        if (total > max) {
          throw new TooLargeException();
        }
        held.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return held.toByteArray();
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** A body over {@link #MAX_BYTES}: answered with 413 and a sentence stating the limit. */
  public static final class TooLargeException extends RuntimeException
      implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    public TooLargeException() {
      super("upload larger than " + MAX_BYTES + " bytes");
    }

    @Override
    public String[] getCodes() {
      return new String[] {"input.upload.too-large"};
    }

    @Override
    public Object[] getArguments() {
      return new Object[] {MAX_BYTES / (1024 * 1024)};
    }

    @Override
    public String getDefaultMessage() {
      return getMessage();
    }
  }
}
