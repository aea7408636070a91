package org.danvan.telegram.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slice of a job's recipients that one instance claims at a time, with a lease; deleted
 * once done, so the collection holds only work still to do. The job's counters are added
 * to once per slice, when it is done.
 *
 * @param id {@code <job>:<first recipient's key>}
 * @param jobId the job
 * @param entries the recipients of this slice and their versions
 * @param owner the instance working on it, {@code null} when unclaimed
 * @param leaseUntil when another instance may take it over
 * @param claims how often it was claimed (more than once after a crash or a shutdown)
 * @param paid whether it took its calls from the job's paid allowance: it goes at the
 * paid broadcast rate, and does not take them again when claimed again
 */
@Document("bulk_chunks")
record BulkChunk(@Id String id, String jobId, List<Entry> entries, String owner, Instant leaseUntil, int claims,
		boolean paid) {

	/**
	 * A recipient and the version they get.
	 *
	 * @param chatId their chat, 0 when sealed
	 * @param version the version
	 * @param sealedChat their chat encrypted, for a sealed recipient
	 */
	record Entry(long chatId, String version, String sealedChat) {

	}

}
