package org.danvan.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inline buttons under a message, row by row.
 *
 * @param rows the rows of buttons
 */
public record Keyboard(List<List<Button>> rows) {

	public static final Keyboard NONE = new Keyboard(List.of());

	public Keyboard {
		rows = rows.stream().map(List::copyOf).toList();
	}

	@SafeVarargs
	public static Keyboard of(List<Button>... rows) {
		return new Keyboard(Arrays.asList(rows));
	}

	/** The buttons laid out {@code perRow} to a row. */
	public static Keyboard grid(List<Button> buttons, int perRow) {
		List<List<Button>> rows = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i += perRow) {
			rows.add(buttons.subList(i, Math.min(buttons.size(), i + perRow)));
		}
		return new Keyboard(rows);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
