package dev.linkkeeper.repair;

import dev.linkkeeper.check.LinkResult;

/**
 * A suggester that compares links with one another (one resource linked in two places): no test
 * of one result tells whether it is wanted, so it sees every result of the walk, keeping little
 * of each, and names the results it wants by their position once the walk is over.
 */
interface Comparing {
  /** A fresh tally for one walk. */
  Tally tally(RepairContext ctx);

  /** What one walk showed. */
  interface Tally {
    /** The result at {@code position} (0-based) of the walk. */
    void see(LinkResult r, int position);

    /** The positions of the results {@code suggest} needs, ascending. */
    int[] wanted();
  }
}
