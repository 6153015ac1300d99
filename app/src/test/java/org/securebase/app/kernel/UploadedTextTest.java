package org.securebase.app.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedTextTest {

  private static InputStream bytes(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  @Test
  void readsValidUtf8AsItIs() {
    byte[] b = "participant_id,name\nP1,Zoë ✓\n".getBytes(StandardCharsets.UTF_8);
    assertThat(UploadedText.read(bytes(b), b.length, "body"))
        .isEqualTo("participant_id,name\nP1,Zoë ✓\n");
  }

  @Test
  void refusesInvalidUtf8NamingTheLineInsteadOfStoringReplacementCharacters() {
    byte[] b = {'a', ',', 'b', '\n', 'c', '\n', 'x', (byte) 0xC3, (byte) 0x28, '\n'};
    assertThatThrownBy(() -> UploadedText.read(bytes(b), -1, "body"))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("body");
              assertThat(e.code()).isEqualTo(UploadedText.INVALID_ENCODING);
              assertThat(e.args()).containsExactly("body", 3);
            });
  }

  @Test
  void refusesATruncatedSequenceAtTheEndAndAnEncodedSurrogate() {
    byte[] truncated = {'a', '\n', (byte) 0xE2, (byte) 0x9C};
    assertThatThrownBy(() -> UploadedText.read(bytes(truncated), -1, "file"))
        .isInstanceOfSatisfying(
            BadInputException.class, e -> assertThat(e.args()).containsExactly("file", 2));
    byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThatThrownBy(() -> UploadedText.read(bytes(surrogate), -1, "file"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void refusesNulNamingTheLine() {
    byte[] b = "a,b\nc,d\ne,\u0000\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> UploadedText.read(bytes(b), b.length, "body"))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(UploadedText.NUL);
              assertThat(e.args()).containsExactly("body", 3);
            });
  }

  @Test
  void refusesADeclaredOversizeBodyWithoutReadingIt() {
    CountingStream endless = new CountingStream();
    assertThatThrownBy(() -> UploadedText.read(endless, UploadedText.MAX_BYTES + 1, "body"))
        .isInstanceOf(UploadedText.TooLargeException.class);
    assertThat(endless.read).isZero();
  }

  @Test
  void stopsReadingAnUndeclaredBodyJustPastTheLimit() {
    CountingStream endless = new CountingStream();
    assertThatThrownBy(() -> UploadedText.read(endless, -1, "body"))
        .isInstanceOf(UploadedText.TooLargeException.class);
    // Streamed: refused as soon as the limit was passed, not after reading the whole body.
    assertThat(endless.read).isGreaterThan(UploadedText.MAX_BYTES);
    assertThat(endless.read).isLessThanOrEqualTo(UploadedText.MAX_BYTES + 64 * 1024);
  }

  @Test
  void theLimitItselfIsAllowed() {
    byte[] b = new byte[(int) UploadedText.MAX_BYTES];
    java.util.Arrays.fill(b, (byte) 'a');
    assertThat(UploadedText.read(bytes(b), b.length, "body")).hasSize(b.length);
  }

  /** An endless body of 'a' that counts what was read. */
  private static final class CountingStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      read += len;
      return len;
    }
  }
}
