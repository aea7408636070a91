package org.danvan.areaadmin;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.area.Area;
import org.danvan.area.AreaChange;
import org.danvan.area.AreaEdits;
import org.danvan.area.BorderMarker;
import org.danvan.area.GeoPoint;
import org.danvan.area.Level;
import org.danvan.i18n.Text;
import org.danvan.telegram.Conversation;
import org.danvan.telegram.Conversations;
import org.danvan.telegram.FlowHandler;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * The one line an admin types for a change ({@code id; name; lat, lon} and the like). The
 * right to change the target is checked again when it arrives; a refused line keeps the
 * question open for a corrected one.
 */
@Component
class AreaEditFlow implements FlowHandler {

	static final String FLOW = "areas";

	static final String TARGET = "target";

	static final String ADD = "add";

	static final String RENAME = "rename";

	static final String MARKER = "marker";

	static final String RENUMBER = "renumber";

	static final String ROAD = "road";

	static final String ZONE = "zone";

	static final String POST = "post";

	static final String IMPORT = "import";

	private static final Pattern IN_LANGUAGE = Pattern.compile("([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\\s*:\\s*(.+)");

	private final Conversations conversations;

	private final AreaEdits edits;

	private final AreaAccess access;

	private final AreaOutcomes outcomes;

	private final AreaImport importer;

	AreaEditFlow(Conversations conversations, AreaEdits edits, AreaAccess access, AreaOutcomes outcomes,
			AreaImport importer) {
		this.conversations = conversations;
		this.edits = edits;
		this.access = access;
		this.outcomes = outcomes;
		this.importer = importer;
	}

	@Override
	public String flow() {
		return FLOW;
	}

	/** A line to copy for a new area beneath {@code parent}. */
	static String example(Area parent, Level level) {
		GeoPoint near = (parent.location() != null) ? parent.location() : new GeoPoint(10.58, 104.79);
		String place = (level == Level.VILLAGE)
				? String.format(java.util.Locale.ROOT, "; %.4f, %.4f", near.lat(), near.lon()) : "";
		return parent.id() + "-moi; " + ((level == Level.VILLAGE) ? "Ấp Mới" : "Mới") + place;
	}

	@Override
	public List<Reply> onMessage(Inbound inbound, Conversation conversation, Sender sender) {
		String line = (inbound.content() instanceof Inbound.TextMessage text) ? text.text().strip() : "";
		String target = conversation.text(TARGET);
		String areaId = RENUMBER.equals(conversation.step())
				? this.access.marker(sender, target).map(BorderMarker::areaId).orElse(null) : target;
		if (areaId == null || this.access.area(sender, areaId).isEmpty()) {
			this.conversations.end(conversation);
			return List.of(Reply.message(Text.of("areas.not-yours")));
		}
		if (IMPORT.equals(conversation.step())) {
			return (inbound.content() instanceof Inbound.Document document)
					? this.importer.preview(conversation, document, sender)
					: List.of(Reply.message(Text.of("areas.import.send-file")));
		}
		if (AreaImport.CONFIRM.equals(conversation.step())) {
			return List.of(Reply.message(Text.of("areas.import.press")));
		}
		if (line.isEmpty()) {
			return List.of(Reply.message(Text.of("areas.type-line")));
		}
		AreaChange change = apply(conversation.step(), target, line);
		if (!change.isDone()) {
			return List.of(AreaOutcomes.refusal(change), Reply.message(Text.of("areas.again")));
		}
		if (!this.conversations.end(conversation)) {
			return List.of();
		}
		return this.outcomes.of(change, sender, areaId);
	}

	private AreaChange apply(String step, String target, String line) {
		String[] parts = line.split("\\s*;\\s*");
		try {
			return switch (step) {
				case ADD -> (parts.length < 2) ? format(line)
						: this.edits.addArea(target, parts[0], parts[1], point(parts, 2).orElse(null));
				case RENAME -> rename(target, line);
				case MARKER -> this.edits.addMarker(target, parts[0], point(parts, 1).orElse(null));
				case RENUMBER -> this.edits.renumber(target, line);
				case ROAD ->
					(parts.length != 3) ? format(line) : this.edits.addRoad(target, parts[0], parts[1], km(parts[2]));
				case ZONE -> this.edits.setTimeZone(target, line);
				case POST -> (parts.length != 2) ? format(line) : this.edits.addPost(target, parts[0], parts[1]);
				default -> format(line);
			};
		}
		catch (IllegalArgumentException ex) {
			return format(line);
		}
	}

	private AreaChange rename(String target, String line) {
		Matcher named = IN_LANGUAGE.matcher(line);
		return named.matches() ? this.edits.rename(target, named.group(1), named.group(2))
				: this.edits.rename(target, "vi", line);
	}

	/** A point written {@code lat, lon}, if the line has one at {@code index}. */
	private static Optional<GeoPoint> point(String[] parts, int index) {
		if (parts.length <= index) {
			return Optional.empty();
		}
		String[] degrees = parts[index].split("\\s*,\\s*");
		if (degrees.length != 2) {
			throw new IllegalArgumentException("Not lat, lon: " + parts[index]);
		}
		return Optional.of(new GeoPoint(Double.parseDouble(degrees[0]), Double.parseDouble(degrees[1])));
	}

	private static double km(String text) {
		return Double.parseDouble(text.replace(',', '.'));
	}

	private static AreaChange format(String line) {
		return new AreaChange("format", line, null);
	}

}
