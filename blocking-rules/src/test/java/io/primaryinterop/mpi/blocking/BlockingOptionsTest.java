package io.primaryinterop.mpi.blocking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockingOptionsTest {
  @Test
  void linkModesNeedSides() {
    assertThrows(NullPointerException.class,
        () -> new BlockingOptions(LinkMode.LINK_ONLY, null, 10, OversizedBlockStrategy.SKIP));
  }

  @Test
  void sidesMustBeZeroOrOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BlockingOptions.linkAndDedupe(new int[] {0, 1, 2}));
    assertTrue(e.getMessage().contains("sideOfRow[2]"), e.getMessage());
  }

  @Test
  void capBelowTwoIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> BlockingOptions.dedupe().withMaxBlockSize(1));
  }

  @Test
  void dedupeIgnoresSides() {
    assertNull(new BlockingOptions(LinkMode.DEDUPE, new int[] {7}, 10, OversizedBlockStrategy.KEEP).sideOfRow());
  }

  @Test
  void sidesAreCopiedInAndOut() {
    int[] sides = {0, 1};
    BlockingOptions options = BlockingOptions.linkOnly(sides);
    sides[0] = 1;
    options.sideOfRow()[1] = 0;
    assertArrayEquals(new int[] {0, 1}, options.sideOfRow());
    assertEquals(options, BlockingOptions.linkOnly(new int[] {0, 1}));
  }
}
