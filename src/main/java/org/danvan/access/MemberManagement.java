package org.danvan.access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.danvan.i18n.Languages;
import org.danvan.shared.Role;
import org.danvan.telegram.ChatUnreachable;
import org.danvan.telegram.InboundUser;
import org.danvan.telegram.MemberDirectory;
import org.danvan.telegram.Sender;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The members feature's public face: records who writes, keeps their language, says what
 * they may do.
 */
@Service
public class MemberManagement implements MemberDirectory {

	private final Members members;

	private final Languages languages;

	private final Set<Long> admins;

	private final Clock clock;

	MemberManagement(Members members, Languages languages, AccessSettings settings, Clock clock) {
		this.members = members;
		this.languages = languages;
		this.admins = settings.admins();
		this.clock = clock;
	}

	@Override
	public Sender identify(InboundUser user) {
		String guess = this.languages.match(user.languageCode()).orElse(this.languages.defaultLanguage());
		return sender(this.members.seen(user, guess, this.clock.instant()));
	}

	@Override
	public Sender lookup(long userId) {
		return this.members.find(userId)
			.map(this::sender)
			.orElseGet(() -> new Sender(userId, this.languages.defaultLanguage(), roles(userId)));
	}

	/** Sets the member's language; false if the bot does not speak it. */
	public boolean chooseLanguage(long memberId, String language) {
		if (!this.languages.isSupported(language)) {
			return false;
		}
		this.members.chooseLanguage(memberId, language);
		return true;
	}

	@EventListener
	void on(ChatUnreachable event) {
		if (event.chatId() > 0) {
			this.members.unreachable(event.chatId());
		}
	}

	private Sender sender(Member member) {
		String language = this.languages.isSupported(member.language()) ? member.language()
				: this.languages.defaultLanguage();
		return new Sender(member.id(), language, roles(member.id()));
	}

	private Set<Role> roles(long id) {
		Set<Role> roles = EnumSet.of(Role.VILLAGER);
		if (this.admins.contains(id)) {
			roles.add(Role.ADMIN);
		}
		return roles;
	}

}
