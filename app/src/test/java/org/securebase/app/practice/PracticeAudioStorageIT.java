package org.securebase.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.crypto.FieldCipher;
import org.securebase.app.crypto.KeyVault;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An approved practice's audio is rendered off the request thread and stored only as ciphertext:
 * the stored bytes are no MP3, they open with the deployment's key (to the same audio the client is
 * served) and with no other key, and neither the aspiration nor the script is in plain text.
 */
class PracticeAudioStorageIT extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired Practices practices;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;

  @TempDir Path otherKeys;

  @Test
  void theStoredAudioCannotBeReadWithoutTheKey() throws Exception {
    AudioTools.required();
    TestWorkspace workspace = new TestWorkspace(context);
    SignedInUser clinician = workspace.person(Role.CLINICIAN);
    SignedInUser client = workspace.clientPerson(clinician);
    PracticeForm form = new PracticeForm();
    form.setAspiration("I want to notice the pull and stay kind to myself.");
    form.setMinutes(5);
    Practice draft = practices.build(client.clientId(), form, clinician);
    practices.approve(draft.id(), draft.version(), null, clinician);

    AudioState state = waitUntilRendered(draft.id(), clinician);
    assertThat(state.status())
        .as(String.valueOf(state.problem()))
        .isEqualTo(AudioState.Status.READY);
    assertThat(state.seconds()).isBetween(270.0, 330.0);

    byte[] stored =
        jdbc.sql("SELECT audio FROM practice_audio WHERE practice_id = :id")
            .param("id", draft.id())
            .query(byte[].class)
            .single();
    byte[] served = practices.audio(draft.id(), client);
    assertThat(isMp3(served)).isTrue();
    assertThat(isMp3(stored)).as("stored bytes are not an MP3").isFalse();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("LAME", "Xing");
    assertThat(cipher.decryptBytes(stored, "practice_audio", "audio", draft.id()))
        .isEqualTo(served);

    KeyVault other = KeyVault.create(otherKeys.resolve("keys"));
    FieldCipher otherCipher = new FieldCipher(other);
    assertThatThrownBy(
            () -> otherCipher.decryptBytes(stored, "practice_audio", "audio", draft.id()))
        .isInstanceOf(FieldCipher.TamperedRecordException.class);
    // Bound to its row: the right key on another row's name opens nothing either.
    assertThatThrownBy(
            () -> cipher.decryptBytes(stored, "practice_audio", "audio", UUID.randomUUID()))
        .isInstanceOf(FieldCipher.TamperedRecordException.class);

    byte[] inputs =
        jdbc.sql("SELECT inputs FROM practice WHERE id = :id")
            .param("id", draft.id())
            .query(byte[].class)
            .single();
    assertThat(new String(inputs, StandardCharsets.ISO_8859_1)).doesNotContain("stay kind");
    Path dump = otherKeys.resolve("audio.bin");
    Files.write(dump, stored);
    assertThat(Files.size(dump)).isGreaterThan(served.length);
  }

  private AudioState waitUntilRendered(UUID id, SignedInUser clinician)
      throws InterruptedException {
    AudioState state = practices.audioState(id, clinician);
    for (int i = 0; i < 300 && !state.ready() && state.status() != AudioState.Status.FAILED; i++) {
      Thread.sleep(1000);
      state = practices.audioState(id, clinician);
    }
    return state;
  }

  /** An MP3 starts with an ID3 tag or an MPEG frame sync (11 set bits). */
  private static boolean isMp3(byte[] b) {
    return b.length > 3
        && ((b[0] == 'I' && b[1] == 'D' && b[2] == '3')
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0));
  }
}
