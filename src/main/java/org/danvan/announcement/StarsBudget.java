package org.danvan.announcement;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The Stars paid broadcasts may still cost this month: each paid run reserves its ceiling
 * with one conditional {@code $inc}, so that runs on several instances together never
 * pass the budget.
 */
@Component
public class StarsBudget {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final PaidBroadcastSettings settings;

	StarsBudget(MongoTemplate mongo, Clock clock, PaidBroadcastSettings settings) {
		this.mongo = mongo;
		this.clock = clock;
		this.settings = settings;
	}

	/** Stars not yet reserved this month. */
	public long left() {
		Month month = this.mongo.findById(month(), Month.class);
		return Math.max(0, this.settings.monthlyBudget() - ((month != null) ? month.reserved() : 0));
	}

	/** Reserves {@code stars} of this month's budget; false if they are not left. */
	boolean reserve(long stars) {
		if (stars <= 0) {
			return false;
		}
		String month = month();
		this.mongo.upsert(Query.query(Criteria.where("_id").is(month)), new Update().setOnInsert("reserved", 0L),
				Month.class);
		Query fits = Query
			.query(Criteria.where("_id").is(month).and("reserved").lte(this.settings.monthlyBudget() - stars));
		return this.mongo.findAndModify(fits, new Update().inc("reserved", stars),
				FindAndModifyOptions.options().returnNew(true), Month.class) != null;
	}

	private String month() {
		return YearMonth.now(this.clock.withZone(ZoneOffset.UTC)).toString();
	}

	/**
	 * The Stars reserved in one month.
	 *
	 * @param id the month, {@code 2026-12}
	 * @param reserved Stars reserved by paid runs
	 */
	@Document("paid_broadcast_months")
	record Month(@Id String id, long reserved) {

	}

}
