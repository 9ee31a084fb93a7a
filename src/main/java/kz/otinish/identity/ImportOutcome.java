package kz.otinish.identity;

import java.io.Serializable;

/**
 * What an import did, or would do on a dry run: people created, updated, unchanged,
 * reactivated and deactivated as leavers. Serializable: the import page hands it to the
 * next page in the session.
 */
public record ImportOutcome(int created, int updated, int unchanged, int reactivated,
		int deactivated) implements Serializable {

	/** Nothing would change. */
	public boolean changesNothing() {
		return this.created == 0 && this.updated == 0 && this.reactivated == 0 && this.deactivated == 0;
	}

}
