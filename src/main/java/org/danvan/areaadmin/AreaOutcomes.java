package org.danvan.areaadmin;

import java.util.List;

import org.danvan.access.AuditLog;
import org.danvan.area.AreaChange;
import org.danvan.i18n.Text;
import org.danvan.telegram.Reply;
import org.danvan.telegram.Sender;

import org.springframework.stereotype.Component;

/**
 * What an admin hears after a change: done (and written in the audit log), with the card
 * of the area it touched, or refused and why, in their language.
 */
@Component
class AreaOutcomes {

	private final AuditLog audit;

	private final AreaAccess access;

	private final AreaViews views;

	AreaOutcomes(AuditLog audit, AreaAccess access, AreaViews views) {
		this.audit = audit;
		this.access = access;
		this.views = views;
	}

	List<Reply> of(AreaChange change, Sender sender, String showAreaId) {
		if (!change.isDone()) {
			return List.of(refusal(change));
		}
		this.audit.record(sender.userId(), change.action(), change.detail());
		Reply done = Reply.message(Text.of("areas.done", "detail", change.detail()));
		return this.access.area(sender, showAreaId)
			.map((area) -> List.of(done, this.views.card(area, sender, Reply.Kind.MESSAGE)))
			.orElse(List.of(done));
	}

	static Reply refusal(AreaChange change) {
		return Reply.message(refusalText(change));
	}

	static Text refusalText(AreaChange change) {
		return Text.of("areas.refused", "reason", change.refusal(), "detail", change.detail());
	}

}
