package org.danvan.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend commits its file store by itself about once a second, so a write that
 * was already acknowledged could be lost to a {@code kill -9}. This backend commits every
 * change before the reply goes back to the client.
 */
class DurableH2Backend extends H2Backend {

	DurableH2Backend(String fileName) {
		super(fileName);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			if (getMvStore().hasUnsavedChanges()) {
				commit();
			}
		}
	}

}
