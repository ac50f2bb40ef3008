package io.partnerbill.core.store;

/**
 * What appending a batch of lines did: how many were new and how many were already stored
 * (a re-run of the same batch appends none).
 *
 * @param appended the lines that were new and are now stored
 * @param alreadyPresent the lines whose order id already had an equal line, which changed nothing
 */
public record AppendCounts(int appended, int alreadyPresent) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public AppendCounts {
        if (appended < 0 || alreadyPresent < 0) {
            throw new IllegalArgumentException("Counts must not be negative: appended " + appended
                    + ", already present " + alreadyPresent);
        }
    }

    /**
     * Returns the number of lines offered.
     *
     * @return appended plus already present
     */
    public int total() {
        return appended + alreadyPresent;
    }
}
