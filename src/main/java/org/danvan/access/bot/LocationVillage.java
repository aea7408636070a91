package org.danvan.access.bot;

import java.util.List;
import java.util.Optional;

import org.danvan.area.AreaManagement;
import org.danvan.area.GeoPoint;
import org.danvan.i18n.Text;
import org.danvan.telegram.Button;
import org.danvan.telegram.CallbackData;
import org.danvan.telegram.Inbound;
import org.danvan.telegram.Keyboard;
import org.danvan.telegram.MessageHandler;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A location shared outside any conversation suggests the nearest village as the person's
 * home village. Conversations that want a location (reporting) come first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LocationVillage implements MessageHandler {

	static final double MAX_KM = 25;

	private final AreaManagement areas;

	private final VillagePicker picker;

	LocationVillage(AreaManagement areas, VillagePicker picker) {
		this.areas = areas;
		this.picker = picker;
	}

	@Override
	public Optional<List<Reply>> handle(Inbound inbound, Sender sender) {
		if (!(inbound.content() instanceof Inbound.SharedLocation location)) {
			return Optional.empty();
		}
		return Optional.of(
				this.areas.nearestVillage(new GeoPoint(location.latitude(), location.longitude()))
					.filter((nearest) -> nearest.km() <= MAX_KM)
					.map((nearest) -> List.of(
							Reply.message(
									Text.of("village.suggest", "village", nearest.village().name(sender.language()),
											"km", Math.round(nearest.km() * 10) / 10.0),
									Keyboard.of(
											List.of(Button.of(Text.of("village.suggest.yes"),
													CallbackData.of(VillagePicker.PREFIX, "set",
															nearest.village().id()))),
											List.of(Button.of(Text.of("village.suggest.other"),
													CallbackData.of(VillagePicker.PREFIX, "open",
															VillagePicker.TOP)))))))
					.orElseGet(() -> List.of(Reply.message(Text.of("village.outside"),
							this.picker.keyboard(VillagePicker.TOP, 0, sender.language())))));
	}

}
