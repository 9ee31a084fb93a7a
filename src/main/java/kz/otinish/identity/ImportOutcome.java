package kz.otinish.identity;

/**
 * What an import did, or would do on a dry run: people created, updated, unchanged,
 * reactivated and deactivated as leavers.
 */
public record ImportOutcome(int created, int updated, int unchanged, int reactivated, int deactivated) {

	/** Nothing would change. */
	public boolean changesNothing() {
		return this.created == 0 && this.updated == 0 && this.reactivated == 0 && this.deactivated == 0;
	}

}
