package org.securebase.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeHashTest {

  private static final HexFormat HEX = HexFormat.of();

  /** The reference leaves of the Certificate Transparency test suite (RFC 6962 code, 2013). */
  private static final List<String> LEAVES =
      List.of(
          "",
          "00",
          "10",
          "2021",
          "3031",
          "40414243",
          "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  /** The published roots of trees of 0 to 8 of those leaves. */
  private static final List<String> ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  @Test
  void theRecursionGivesThePublishedRootForEverySizeUpToEight() {
    List<byte[]> leaves = LEAVES.stream().map(h -> TreeHash.leaf(HEX.parseHex(h))).toList();
    for (int n = 0; n <= 8; n++) {
      assertThat(HEX.formatHex(TreeHash.root(leaves.subList(0, n)))).isEqualTo(ROOTS.get(n));
    }
  }

  @Test
  void theCompactRangeGivesThePublishedRootAfterEveryAppend() {
    CompactRange range = CompactRange.empty();
    assertThat(range.hexRoot()).isEqualTo(ROOTS.get(0));
    for (int n = 1; n <= 8; n++) {
      range = range.append(TreeHash.leaf(HEX.parseHex(LEAVES.get(n - 1))));
      assertThat(range.hexRoot()).isEqualTo(ROOTS.get(n));
      assertThat(range.size()).isEqualTo(n);
    }
  }

  @Test
  void theCompactRangeAgreesWithTheRecursionOnEveryShapeUpTo300Leaves() {
    List<byte[]> leaves = new ArrayList<>();
    CompactRange range = CompactRange.empty();
    for (int i = 0; i < 300; i++) {
      byte[] leaf = TreeHash.leaf(new byte[] {(byte) i, (byte) (i >> 8), 7});
      leaves.add(leaf);
      range = range.append(leaf);
      assertThat(range.root()).isEqualTo(TreeHash.root(leaves));
    }
  }

  @Test
  void aStoredRangeContinuesLikeTheOriginal() {
    CompactRange range = CompactRange.empty();
    for (int i = 0; i < 13; i++) {
      range = range.append(TreeHash.leaf(new byte[] {(byte) i}));
    }
    CompactRange stored = CompactRange.of(range.size(), range.hexPeaks());
    assertThat(stored).isEqualTo(range);
    byte[] next = TreeHash.leaf(new byte[] {99});
    assertThat(stored.append(next).hexRoot()).isEqualTo(range.append(next).hexRoot());
    assertThat(range.hexPeaks()).hasSize(Long.bitCount(13));
  }

  @Test
  void aLeafNeverHashesLikeANodeOverTheSameBytes() {
    byte[] a = TreeHash.leaf(new byte[] {1});
    byte[] b = TreeHash.leaf(new byte[] {2});
    byte[] joined = new byte[64];
    System.arraycopy(a, 0, joined, 0, 32);
    System.arraycopy(b, 0, joined, 32, 32);
    assertThat(TreeHash.leaf(joined)).isNotEqualTo(TreeHash.node(a, b));
  }
}
