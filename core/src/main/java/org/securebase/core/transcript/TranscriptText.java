package org.securebase.core.transcript;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The byte-level checks of an uploaded transcript: strict UTF-8 decoding that names the line of a
 * bad byte, its length in UTF-8 bytes, and which control characters mark a binary file.
 */
final class TranscriptText {

  private TranscriptText() {}

  static boolean isBinaryControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f;
  }

  static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  static String decode(byte[] bytes, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = from; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new TranscriptFormatException(
          "line " + line + ": not valid UTF-8 (byte offset " + at + ")");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
