package org.danvan.storage;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend commits its file store by itself about once a second, so a write that
 * was already acknowledged could be lost to a {@code kill -9}. This backend commits every
 * change before the reply goes back to the client. Commands run side by side; a snapshot
 * may ask for a moment when none runs.
 */
class DurableH2Backend extends H2Backend {

	private final ReadWriteLock commands = new ReentrantReadWriteLock();

	DurableH2Backend(String fileName) {
		super(fileName);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		this.commands.readLock().lock();
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			this.commands.readLock().unlock();
			if (getMvStore().hasUnsavedChanges()) {
				commit();
			}
		}
	}

	/**
	 * Runs {@code work} once the commands under way have ended, holding new ones back.
	 */
	<T> T whileNoCommandRuns(Supplier<T> work) {
		this.commands.writeLock().lock();
		try {
			return work.get();
		}
		finally {
			this.commands.writeLock().unlock();
		}
	}

}
