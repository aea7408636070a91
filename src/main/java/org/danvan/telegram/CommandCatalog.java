package org.danvan.telegram;

import java.util.List;

/**
 * The commands the bot offers, for {@code /help} and the command menus.
 */
public interface CommandCatalog {

	/** The commands a person with these rights may use, in the order people need them. */
	List<CommandHandler> available(Sender sender);

}
