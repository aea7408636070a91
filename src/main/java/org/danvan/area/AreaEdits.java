package org.danvan.area;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Changes to the tree made in the bot: each is checked against the whole tree, saved, and
 * seen at once by every reader (the view is read again). Nothing is deleted: what is
 * taken away is retired, so the records that point to it keep their names. One change at
 * a time, so two cannot take the same id.
 */
@Service
public class AreaEdits {

	/** The ids the area file allows. */
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,23}");

	private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z/.\\-]{0,15}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

	private static final int MAX_NAME = 80;

	private static final double MAX_KM = 500;

	private final Workspace space;

	@Autowired
	AreaEdits(AreaManagement areas, AreaStore store, ApplicationEventPublisher events) {
		this(new Workspace() {

			@Override
			public void retired(AreaItemsRetired items) {
				events.publishEvent(items);
			}

			@Override
			public AreaTree tree() {
				return areas.tree();
			}

			@Override
			public void insert(Object document) {
				store.insert(document);
			}

			@Override
			public void save(Object document) {
				store.save(document);
			}

			@Override
			public void changed() {
				areas.refresh();
			}

		});
	}

	private AreaEdits(Workspace space) {
		this.space = space;
	}

	/**
	 * Edits of a copy of the tree as it is now, for a preview: the same checks, nothing
	 * stored, nobody else sees them.
	 */
	public AreaEdits rehearsal() {
		return new AreaEdits(new Rehearsal(this.space.tree()));
	}

	/** The area as these edits see it, retired or not. */
	public Optional<Area> area(String id) {
		return tree().area(id);
	}

	public Optional<BorderMarker> marker(String id) {
		return tree().marker(id);
	}

	public Optional<RoadSegment> road(String id) {
		return tree().road(id);
	}

	/** The level an area beneath this one has, if any. */
	public static Optional<Level> below(Area area) {
		return (area.level() == Level.VILLAGE) ? Optional.empty()
				: Optional.of(Level.values()[area.level().ordinal() + 1]);
	}

	public synchronized AreaChange addArea(String parentId, String id, String name, GeoPoint location) {
		Optional<Area> parent = active(parentId);
		if (parent.isEmpty()) {
			return AreaChange.refused("retired", parentId);
		}
		Optional<Level> level = below(parent.get());
		if (level.isEmpty()) {
			return AreaChange.refused("no_level", parent.get().id());
		}
		AreaChange refused = checkNewId(id);
		if (refused == null) {
			refused = checkName(name);
		}
		if (refused == null && level.get() == Level.VILLAGE && location == null) {
			refused = AreaChange.refused("needs_location", id);
		}
		if (refused != null) {
			return refused;
		}
		Area above = parent.get();
		List<String> path = new ArrayList<>(above.path());
		path.add(id);
		this.space.insert(new Area(id, level.get(), above.id(), List.copyOf(path), Map.of("vi", name.strip()),
				above.timeZone(), above.defaultLanguage(), above.languages(), location, List.of(), 0, 0, false,
				tree().nextRank()));
		return applied("area.added",
				id + " (" + level.get().name().toLowerCase(Locale.ROOT) + " in " + above.id() + ")");
	}

	/**
	 * Names the area in a language ({@code vi} replaces the name people see by default).
	 */
	public synchronized AreaChange rename(String areaId, String language, String name) {
		Optional<Area> area = active(areaId);
		if (area.isEmpty()) {
			return AreaChange.refused("retired", areaId);
		}
		if (language == null || !LANGUAGE.matcher(language).matches()) {
			return AreaChange.refused("language", language);
		}
		AreaChange refused = checkName(name);
		if (refused != null) {
			return refused;
		}
		Map<String, String> names = new HashMap<>(area.get().name());
		String old = names.put(language, name.strip());
		this.space.save(area.get().withName(names));
		return applied("area.renamed",
				areaId + " " + language + ": " + ((old != null) ? old + " → " : "") + name.strip());
	}

	/**
	 * Retires the area with its own markers and roads; refused while active areas lie
	 * beneath it.
	 */
	public synchronized AreaChange retireArea(String areaId) {
		Optional<Area> area = active(areaId);
		if (area.isEmpty()) {
			return AreaChange.refused("retired", areaId);
		}
		if (area.get().parentId() == null) {
			return AreaChange.refused("province", areaId);
		}
		if (!tree().children(areaId).isEmpty()) {
			return AreaChange.refused("has_children", area.get().name("vi"));
		}
		List<BorderMarker> markers = tree().markers(areaId)
			.stream()
			.filter((marker) -> marker.areaId().equals(areaId))
			.toList();
		List<RoadSegment> roads = tree().roads(areaId).stream().filter((road) -> road.areaId().equals(areaId)).toList();
		markers.forEach((marker) -> this.space.save(marker.retire()));
		roads.forEach((road) -> this.space.save(road.retire()));
		this.space.save(area.get().retire());
		AreaChange done = applied("area.retired", areaId);
		this.space.retired(new AreaItemsRetired(markers.stream().map(BorderMarker::id).toList(),
				roads.stream().map(RoadSegment::id).toList()));
		return done;
	}

	/**
	 * Adds a numbered marker to a commune or village; a number stands once in a province.
	 */
	public synchronized AreaChange addMarker(String areaId, String number, GeoPoint location) {
		Optional<Area> area = active(areaId).filter((a) -> a.level().compareTo(Level.COMMUNE) >= 0);
		if (area.isEmpty()) {
			return AreaChange.refused("not_commune", areaId);
		}
		AreaChange refused = checkNumber(area.get().path().get(0), number);
		if (refused != null) {
			return refused;
		}
		String base = area.get().path().get(0) + "-m" + number.replace('/', '.');
		String id = base;
		for (int n = 2; tree().knows(id); n++) {
			id = base + "-" + n;
		}
		this.space.insert(new BorderMarker(id, number, areaId, area.get().path(), location, false));
		return applied("marker.added", number + " (" + id + " in " + areaId + ")");
	}

	public synchronized AreaChange renumber(String markerId, String number) {
		Optional<BorderMarker> marker = tree().marker(markerId).filter((m) -> !m.retired());
		if (marker.isEmpty()) {
			return AreaChange.refused("retired", markerId);
		}
		AreaChange refused = checkNumber(marker.get().path().get(0), number);
		if (refused != null) {
			return refused;
		}
		this.space.save(marker.get().renumber(number));
		return applied("marker.renumbered", markerId + ": " + marker.get().number() + " → " + number);
	}

	public synchronized AreaChange retireMarker(String markerId) {
		Optional<BorderMarker> marker = tree().marker(markerId).filter((m) -> !m.retired());
		if (marker.isEmpty()) {
			return AreaChange.refused("retired", markerId);
		}
		this.space.save(marker.get().retire());
		AreaChange done = applied("marker.retired", markerId + " (" + marker.get().number() + ")");
		this.space.retired(new AreaItemsRetired(List.of(markerId), List.of()));
		return done;
	}

	/** Adds a road segment of {@code km} to a commune or village. */
	public synchronized AreaChange addRoad(String areaId, String id, String name, double km) {
		Optional<Area> area = active(areaId).filter((a) -> a.level().compareTo(Level.COMMUNE) >= 0);
		if (area.isEmpty()) {
			return AreaChange.refused("not_commune", areaId);
		}
		AreaChange refused = checkNewId(id);
		if (refused == null) {
			refused = checkName(name);
		}
		if (refused == null && !(km > 0 && km <= MAX_KM)) {
			refused = AreaChange.refused("km", String.valueOf(km));
		}
		if (refused != null) {
			return refused;
		}
		this.space
			.insert(new RoadSegment(id, Map.of("vi", name.strip()), km, areaId, area.get().path(), false, List.of()));
		return applied("road.added", id + " (" + km + " km in " + areaId + ")");
	}

	/**
	 * Sets the time zone of the area and of everything beneath it that shared its zone.
	 */
	public synchronized AreaChange setTimeZone(String areaId, String zone) {
		String id;
		try {
			id = ZoneId.of(zone.strip()).getId();
		}
		catch (DateTimeException | NullPointerException ex) {
			return AreaChange.refused("zone", zone);
		}
		return inherited(areaId, Area::timeZone, (area) -> area.withDefaults(id, area.defaultLanguage(), area.posts()),
				"area.time-zone", id);
	}

	/**
	 * Sets the default language of the area and of everything beneath it that shared it.
	 */
	public synchronized AreaChange setLanguage(String areaId, String language) {
		if (language == null || !LANGUAGE.matcher(language).matches()) {
			return AreaChange.refused("language", language);
		}
		return inherited(areaId, Area::defaultLanguage,
				(area) -> area.withDefaults(area.timeZone(), language, area.posts()), "area.language", language);
	}

	/** Adds a border guard post to the area. */
	public synchronized AreaChange addPost(String areaId, String postId, String name) {
		Optional<Area> area = active(areaId);
		if (area.isEmpty()) {
			return AreaChange.refused("retired", areaId);
		}
		AreaChange refused = checkNewId(postId);
		if (refused == null) {
			refused = checkName(name);
		}
		if (refused != null) {
			return refused;
		}
		List<Area.Post> posts = new ArrayList<>(area.get().posts());
		posts.add(new Area.Post(postId, Map.of("vi", name.strip())));
		this.space.save(area.get().withDefaults(area.get().timeZone(), area.get().defaultLanguage(), posts));
		return applied("area.post-added", postId + " (" + areaId + ")");
	}

	private AreaChange inherited(String areaId, java.util.function.Function<Area, String> value,
			UnaryOperator<Area> change, String action, String newValue) {
		Optional<Area> area = active(areaId);
		if (area.isEmpty()) {
			return AreaChange.refused("retired", areaId);
		}
		String old = value.apply(area.get());
		tree().within(areaId)
			.stream()
			.filter((a) -> a.id().equals(areaId) || java.util.Objects.equals(value.apply(a), old))
			.forEach((a) -> this.space.save(change.apply(a)));
		return applied(action, areaId + ": " + old + " → " + newValue);
	}

	private Optional<Area> active(String areaId) {
		return tree().area(areaId).filter((area) -> !area.retired());
	}

	private AreaChange checkNewId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return AreaChange.refused("bad_id", id);
		}
		if (tree().knows(id)) {
			return AreaChange.refused("id_taken", id);
		}
		return null;
	}

	private static AreaChange checkName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			return AreaChange.refused("name", name);
		}
		return null;
	}

	private AreaChange checkNumber(String provinceId, String number) {
		if (number == null || !NUMBER.matcher(number).matches()) {
			return AreaChange.refused("number", number);
		}
		Optional<BorderMarker> holder = tree().markers(provinceId)
			.stream()
			.filter((marker) -> marker.number().equalsIgnoreCase(number))
			.findFirst();
		return holder
			.map((marker) -> AreaChange.refused("number_taken",
					number + " · " + tree().area(marker.areaId()).map((a) -> a.name("vi")).orElse(marker.areaId())))
			.orElse(null);
	}

	private AreaChange applied(String action, String target) {
		this.space.changed();
		return AreaChange.done(action, target);
	}

	private AreaTree tree() {
		return this.space.tree();
	}

	/** Where changes are read and written. */
	private interface Workspace {

		AreaTree tree();

		/** Tells the rest of the application, once the change is stored. */
		default void retired(AreaItemsRetired items) {
		}

		void insert(Object document);

		void save(Object document);

		void changed();

	}

	/** A copy of the tree that takes changes in memory. */
	private static final class Rehearsal implements Workspace {

		private final Map<String, Area> areas = new java.util.LinkedHashMap<>();

		private final Map<String, BorderMarker> markers = new java.util.LinkedHashMap<>();

		private final Map<String, RoadSegment> roads = new java.util.LinkedHashMap<>();

		private AreaTree tree;

		Rehearsal(AreaTree from) {
			from.all().forEach(this::save);
			from.allMarkers().forEach(this::save);
			from.allRoads().forEach(this::save);
			this.tree = from;
		}

		@Override
		public AreaTree tree() {
			return this.tree;
		}

		@Override
		public void insert(Object document) {
			save(document);
		}

		@Override
		public void save(Object document) {
			if (document instanceof Area area) {
				this.areas.put(area.id(), area);
			}
			else if (document instanceof BorderMarker marker) {
				this.markers.put(marker.id(), marker);
			}
			else if (document instanceof RoadSegment road) {
				this.roads.put(road.id(), road);
			}
		}

		@Override
		public void changed() {
			this.tree = new AreaTree(List.copyOf(this.areas.values()), List.copyOf(this.markers.values()),
					List.copyOf(this.roads.values()));
		}

	}

}
