// The DanVan sandbox page: chat with the bot as a sample persona, in a Telegram-like view.
// Plain JavaScript, no build step; talks to /sandbox/api (docs/sandbox.md).
'use strict';

(() => {
	const API = '/sandbox/api';
	const STORE = {
		lang: 'danvan.sandbox.lang',
		seen: 'danvan.sandbox.seen', // persona -> the last message id shown
		unread: 'danvan.sandbox.unread', // persona -> the count on its badge
		since: 'danvan.sandbox.since', // when this browser first opened the sandbox (seconds)
	};
	const POLL_MS = 10000;
	const TOAST_MS = 3000;
	const AVATAR_COLOURS = ['#c0404a', '#b55d12', '#7257c2', '#3a8531', '#1f7f84', '#2f6fae', '#b23a77'];

	// English stand-ins, only for a key the server does not send (or before the texts arrive).
	const FALLBACK = {
		'sandbox.title': 'DanVan sandbox',
		'sandbox.language': 'Language',
		'sandbox.reset': 'Reset',
		'sandbox.reset.title': 'Reset the sandbox?',
		'sandbox.reset.text': 'All chats and data of the sandbox are wiped, for everyone using it, and the bot starts again.',
		'sandbox.reset.confirm': 'Reset',
		'sandbox.resetting': 'Resetting the sandbox… It takes a few seconds.',
		'sandbox.cancel': 'Cancel',
		'sandbox.open-link': 'Open this link as…',
		'sandbox.close': 'Close',
		'sandbox.personas': 'Personas',
		'sandbox.search': 'Search',
		'sandbox.no-match': 'No persona matches.',
		'sandbox.staff': 'Staff',
		'sandbox.role.villager': 'Villager',
		'sandbox.role.officer': 'Officer',
		'sandbox.role.coordinator': 'Coordinator',
		'sandbox.role.admin': 'Admin',
		'sandbox.unread': 'New messages: {count}',
		'sandbox.welcome.title': 'Try DanVan in your browser',
		'sandbox.welcome.text': 'This is a sandbox: the real bot, talking to a stand-in for Telegram, with data of its own.',
		'sandbox.welcome.personas': 'Pick a persona and chat with the bot as them: a villager of a sample village, or the officer, the coordinator or the admin, whose roles are already set up.',
		'sandbox.welcome.reset': 'Reset wipes everything and starts again from scratch.',
		'sandbox.back': 'Back',
		'sandbox.empty': 'No messages here yet.',
		'sandbox.start': 'Start',
		'sandbox.compose': 'Message',
		'sandbox.send': 'Send',
		'sandbox.attach': 'Attach',
		'sandbox.photo': 'Photo',
		'sandbox.document': 'File',
		'sandbox.voice': 'Voice message',
		'sandbox.location': 'Location',
		'sandbox.places': 'Share a location',
		'sandbox.edited': 'edited',
		'sandbox.download': 'Download',
		'sandbox.open-map': 'Open the map',
		'sandbox.open-original': 'Open the original',
		'sandbox.to-bottom': 'Go to the latest messages',
		'sandbox.loading': 'Loading…',
		'sandbox.error': 'Something went wrong. Please try again.',
		'sandbox.offline': 'The sandbox does not answer. Trying again…',
	};

	const $ = (selector, root = document) => root.querySelector(selector);

	const state = {
		lang: 'en',
		texts: {},
		languages: [],
		personas: [],
		byId: new Map(),
		open: null, // the persona whose chat is shown
		chat: null, // the chat shown: {persona, revision, messages, keys}
		stick: true, // the chat is scrolled to its end
		known: new Map(), // persona -> the newest revision fetched
		fetchers: new Map(),
		debounces: new Map(),
		drafts: new Map(),
		seen: read(STORE.seen),
		unread: read(STORE.unread),
		messageCache: new Map(), // message id -> {signature, element}
		dayCache: new Map(),
		keysSignature: null,
		events: null,
		resetting: false,
	};

	const ui = {};

	// ---- storage -------------------------------------------------------------------------

	function read(key) {
		try {
			return JSON.parse(localStorage.getItem(key)) || {};
		}
		catch {
			return {};
		}
	}

	function write(key, value) {
		try {
			localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
		}
		catch {
			// private mode or full: the page works without it
		}
	}

	function stored(key) {
		try {
			return localStorage.getItem(key);
		}
		catch {
			return null;
		}
	}

	// ---- texts ---------------------------------------------------------------------------

	function t(key, args) {
		let text = state.texts[key] ?? FALLBACK[key] ?? key;
		if (args) {
			text = text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
		}
		return text;
	}

	function applyTexts() {
		document.documentElement.lang = state.lang;
		document.title = t('sandbox.title');
		for (const el of document.querySelectorAll('[data-text]')) {
			el.textContent = t(el.dataset.text);
		}
		for (const el of document.querySelectorAll('[data-text-aria]')) {
			el.setAttribute('aria-label', t(el.dataset.textAria));
		}
		for (const el of document.querySelectorAll('[data-text-placeholder]')) {
			el.placeholder = t(el.dataset.textPlaceholder);
		}
	}

	function primary(tag) {
		return String(tag || '').toLowerCase().split(/[-_]/)[0];
	}

	/** The first of the browser's languages the server speaks, or null. */
	function browserLanguage(tags) {
		const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
		for (const lang of wanted) {
			const exact = tags.find((tag) => tag.toLowerCase() === String(lang).toLowerCase());
			const loose = tags.find((tag) => primary(tag) === primary(lang));
			if (exact || loose) {
				return exact || loose;
			}
		}
		return null;
	}

	async function loadTexts(lang) {
		const data = await api('/texts?lang=' + encodeURIComponent(lang || ''));
		state.texts = data.texts || {};
		state.languages = data.languages || [];
		state.lang = data.language || lang || 'en';
		state.formats = null;
		return data;
	}

	async function chooseLanguage() {
		const remembered = stored(STORE.lang);
		const guess = remembered || primary((navigator.languages || [])[0] || navigator.language);
		const data = await loadTexts(guess);
		const tags = state.languages.map((l) => l.tag);
		const wanted = (remembered && tags.includes(remembered) ? remembered : browserLanguage(tags)) || data.language;
		if (wanted && wanted !== state.lang) {
			await loadTexts(wanted);
		}
	}

	function renderLanguages() {
		const select = ui.language;
		select.replaceChildren(...state.languages.map((l) => {
			const option = document.createElement('option');
			option.value = l.tag;
			option.lang = l.tag;
			option.textContent = l.name;
			return option;
		}));
		select.value = state.lang;
	}

	async function changeLanguage(lang) {
		write(STORE.lang, lang);
		try {
			await loadTexts(lang);
			applyTexts();
			renderLanguages();
			state.messageCache.clear();
			state.dayCache.clear();
			await loadPersonas();
			if (state.open != null) {
				renderHeader();
				if (state.chat) {
					renderChat(state.chat);
				}
			}
		}
		catch (error) {
			toast(error.message, true);
			ui.language.value = state.lang;
		}
	}

	// ---- the API -------------------------------------------------------------------------

	class ApiError extends Error {
		constructor(message, status) {
			super(message);
			this.status = status;
		}
	}

	async function api(path, { method = 'GET', json, form, signal } = {}) {
		const init = { method, headers: { Accept: 'application/json' }, cache: 'no-store', signal };
		if (json !== undefined) {
			init.headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(json);
		}
		else if (form) {
			init.body = form;
		}
		let response;
		try {
			response = await fetch(API + path, init);
		}
		catch (error) {
			if (error.name === 'AbortError') {
				throw error;
			}
			throw new ApiError(t('sandbox.offline'), 0);
		}
		if (!response.ok) {
			let message = '';
			try {
				message = (await response.json()).error;
			}
			catch {
				// no JSON body
			}
			throw new ApiError(message || t('sandbox.error'), response.status);
		}
		if (response.status === 204 || response.status === 202) {
			return null;
		}
		const type = response.headers.get('Content-Type') || '';
		return type.includes('json') ? response.json() : null;
	}

	function chatPath(id, action) {
		return '/chats/' + encodeURIComponent(id) + (action ? '/' + action : '');
	}

	// ---- personas ------------------------------------------------------------------------

	async function loadPersonas() {
		const personas = await api('/personas?lang=' + encodeURIComponent(state.lang));
		state.personas = Array.isArray(personas) ? personas : [];
		state.byId = new Map(state.personas.map((p) => [p.id, p]));
		renderPersonas();
	}

	function fold(text) {
		return String(text || '').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
	}

	function roleLabel(role) {
		return t('sandbox.role.' + role);
	}

	function placeLine(persona) {
		return persona.place || persona.province || '';
	}

	function initials(name) {
		const words = String(name || '?').trim().split(/\s+/).filter(Boolean);
		const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
		return letters.map((w) => Array.from(w)[0] || '').join('').toLocaleUpperCase(state.lang) || '?';
	}

	function paintAvatar(el, persona) {
		el.textContent = initials(persona.name);
		el.style.backgroundColor = AVATAR_COLOURS[Math.abs(Number(persona.id) || 0) % AVATAR_COLOURS.length];
	}

	function renderPersonas() {
		const query = fold(ui.filter.value.trim());
		const matches = (p) => !query
			|| [p.name, p.place, p.province, roleLabel(p.role)].some((field) => fold(field).includes(query));
		const staff = [];
		const provinces = new Map();
		for (const persona of state.personas) {
			if (!matches(persona)) {
				continue;
			}
			if (persona.role !== 'villager') {
				staff.push(persona);
			}
			else {
				const key = persona.province || '';
				if (!provinces.has(key)) {
					provinces.set(key, []);
				}
				provinces.get(key).push(persona);
			}
		}
		const groups = [[t('sandbox.staff'), staff], ...provinces];
		const focused = document.activeElement && document.activeElement.closest
			? document.activeElement.closest('.persona') : null;
		const items = [];
		for (const [heading, personas] of groups) {
			personas.forEach((persona, index) => {
				const li = document.createElement('li');
				li.className = 'persona-item';
				if (index === 0 && heading) {
					const h = document.createElement('h3');
					h.className = 'group-heading';
					h.textContent = heading;
					li.append(h);
				}
				li.append(personaButton(persona));
				items.push(li);
			});
		}
		ui.personas.replaceChildren(...items);
		ui.noMatch.hidden = items.length > 0 || state.personas.length === 0;
		rove();
		if (focused) {
			const again = personaButtonOf(focused.dataset.persona);
			if (again) {
				again.focus();
			}
		}
	}

	function personaButton(persona) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'persona';
		button.dataset.persona = persona.id;
		button.dataset.role = persona.role;
		if (persona.id === state.open) {
			button.setAttribute('aria-current', 'true');
		}
		const avatar = span('avatar');
		avatar.setAttribute('aria-hidden', 'true');
		paintAvatar(avatar, persona);
		const body = span('persona-body');
		const line = span('persona-line');
		line.append(span('persona-name', persona.name), ' ', span('role role-' + persona.role, roleLabel(persona.role)));
		body.append(line);
		const place = placeLine(persona);
		if (place) {
			body.append(span('persona-place', place));
		}
		const badge = span('unread');
		badge.setAttribute('aria-hidden', 'true');
		const said = span('sr-only unread-text');
		button.append(avatar, body, badge, said);
		paintBadge(button, state.unread[persona.id] || 0);
		button.addEventListener('click', () => select(persona.id));
		return button;
	}

	/** One tab stop for the whole list (the open persona's, else the first); arrows move within. */
	function rove(to) {
		const buttons = Array.from(ui.personas.querySelectorAll('.persona'));
		const stop = to || buttons.find((b) => b.getAttribute('aria-current') === 'true') || buttons[0];
		for (const button of buttons) {
			button.tabIndex = button === stop ? 0 : -1;
		}
	}

	function listKeys(event) {
		const buttons = Array.from(ui.personas.querySelectorAll('.persona'));
		const at = buttons.indexOf(document.activeElement);
		if (at < 0 || !buttons.length) {
			return;
		}
		const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 };
		if (!(event.key in moves)) {
			return;
		}
		event.preventDefault();
		const next = buttons[Math.max(0, Math.min(buttons.length - 1, moves[event.key]))];
		rove(next);
		next.focus();
	}

	function personaButtonOf(id) {
		return ui.personas.querySelector('.persona[data-persona="' + CSS.escape(String(id)) + '"]');
	}

	function paintBadge(button, count) {
		const badge = button.querySelector('.unread');
		const said = button.querySelector('.unread-text');
		badge.hidden = !count;
		badge.textContent = count ? String(count) : '';
		said.textContent = count ? t('sandbox.unread', { count }) : '';
	}

	function setUnread(id, count) {
		if ((state.unread[id] || 0) === count) {
			return;
		}
		if (count) {
			state.unread[id] = count;
		}
		else {
			delete state.unread[id];
		}
		write(STORE.unread, state.unread);
		const button = personaButtonOf(id);
		if (button) {
			paintBadge(button, count);
		}
	}

	function lastId(chat) {
		return chat.messages.reduce((max, m) => Math.max(max, Number(m.id) || 0), 0);
	}

	function markSeen(chat) {
		const id = chat.persona;
		const last = lastId(chat);
		if (last !== (state.seen[id] || 0)) {
			state.seen[id] = last;
			write(STORE.seen, state.seen);
		}
		setUnread(id, 0);
	}

	/** The bot's messages since the chat was last shown here (or, never shown, since the first visit). */
	function countUnread(id, chat) {
		const seen = state.seen[id];
		const since = Number(stored(STORE.since)) || 0;
		const unread = (m) => (seen != null ? Number(m.id) > seen : Number(m.time) >= since);
		setUnread(id, chat.messages.filter((m) => m.from === 'bot' && unread(m)).length);
	}

	// ---- navigation ----------------------------------------------------------------------

	function hashPersona() {
		const match = /(?:^#|&)persona=(\d+)/.exec(location.hash);
		return match ? Number(match[1]) : null;
	}

	function select(id) {
		if (hashPersona() !== id) {
			const url = location.pathname + location.search + '#persona=' + id;
			if (state.open == null) {
				history.pushState({ fromList: true }, '', url);
			}
			else {
				history.replaceState(history.state, '', url);
			}
		}
		route(true);
	}

	function route(byUser) {
		const id = hashPersona();
		if (id != null && state.byId.has(id)) {
			openChat(id, byUser);
		}
		else {
			closeChat();
		}
	}

	function goBack() {
		if (history.state && history.state.fromList) {
			history.back();
		}
		else {
			history.replaceState(null, '', location.pathname + location.search);
			route();
		}
	}

	function wide() {
		return window.matchMedia('(min-width: 641px)').matches;
	}

	function openChat(id, byUser) {
		if (state.open === id) {
			return;
		}
		saveDraft();
		endToast();
		state.open = id;
		state.chat = null;
		state.stick = true;
		state.keysSignature = null;
		state.messageCache.clear();
		state.dayCache.clear();
		// A new log region, so that a screen reader does not read a whole chat as "new".
		const log = ui.messages.cloneNode(false);
		ui.messages.replaceWith(log);
		ui.messages = log;
		ui.empty.hidden = true;
		ui.startBar.hidden = true;
		renderKeys([]);
		closeMenu(false);
		ui.compose.value = state.drafts.get(id) || '';
		grow();
		ui.welcome.hidden = true;
		ui.chat.hidden = false;
		document.body.classList.add('chat-open');
		for (const button of ui.personas.querySelectorAll('.persona[aria-current]')) {
			button.removeAttribute('aria-current');
		}
		const button = personaButtonOf(id);
		if (button) {
			button.setAttribute('aria-current', 'true');
		}
		rove();
		renderHeader();
		setUnread(id, 0);
		if (byUser) {
			if (wide() && window.matchMedia('(pointer: fine)').matches) {
				ui.compose.focus({ preventScroll: true });
			}
			else {
				ui.chatTitle.focus({ preventScroll: true });
			}
		}
		refresh(id);
	}

	function closeChat() {
		if (state.open == null) {
			ui.welcome.hidden = false;
			return;
		}
		saveDraft();
		const id = state.open;
		state.open = null;
		state.chat = null;
		closeMenu(false);
		ui.chat.hidden = true;
		ui.welcome.hidden = false;
		document.body.classList.remove('chat-open');
		const button = personaButtonOf(id);
		if (button) {
			button.removeAttribute('aria-current');
			rove(button);
			button.focus({ preventScroll: false });
		}
	}

	function saveDraft() {
		if (state.open != null) {
			state.drafts.set(state.open, ui.compose.value);
		}
	}

	function renderHeader() {
		const persona = state.byId.get(state.open);
		if (!persona) {
			return;
		}
		const sub = [roleLabel(persona.role), placeLine(persona)].filter(Boolean).join(' · ');
		ui.chatTitle.replaceChildren(span('chat-name', persona.name), span('chat-sub', sub));
		paintAvatar(ui.chatAvatar, persona);
	}

	// ---- fetching chats ------------------------------------------------------------------

	/** Fetches a chat, at most one request per persona in flight, once more if asked meanwhile. */
	function refresh(id) {
		let fetcher = state.fetchers.get(id);
		if (!fetcher) {
			fetcher = { busy: null, again: false };
			state.fetchers.set(id, fetcher);
		}
		if (fetcher.busy) {
			fetcher.again = true;
			return fetcher.busy;
		}
		fetcher.busy = (async () => {
			try {
				do {
					fetcher.again = false;
					let chat;
					try {
						chat = await api(chatPath(id));
					}
					catch (error) {
						if (id === state.open && !state.resetting) {
							toast(error.message, true);
						}
						return;
					}
					received(id, chat);
				}
				while (fetcher.again);
			}
			finally {
				fetcher.busy = null;
			}
		})();
		return fetcher.busy;
	}

	function received(id, chat) {
		if (!chat || !Array.isArray(chat.messages)) {
			return;
		}
		chat.persona = id;
		chat.keys = Array.isArray(chat.keys) ? chat.keys : [];
		const revision = Number(chat.revision) || 0;
		state.known.set(id, Math.max(state.known.get(id) || 0, revision));
		if (id === state.open) {
			if (!state.chat || revision >= (Number(state.chat.revision) || 0)) {
				renderChat(chat);
			}
		}
		else {
			countUnread(id, chat);
		}
	}

	function onChatEvent(event) {
		const id = Number(event.persona);
		const revision = Number(event.revision) || 0;
		if (id === state.open) {
			if (!state.chat || revision > (Number(state.chat.revision) || 0)) {
				refresh(id);
			}
		}
		else if (state.byId.has(id) && revision > (state.known.get(id) || 0)) {
			// other chats: gather a burst (a broadcast reaches many) before counting
			clearTimeout(state.debounces.get(id));
			state.debounces.set(id, setTimeout(() => {
				state.debounces.delete(id);
				refresh(id);
			}, 400));
		}
	}

	function connectEvents() {
		if (state.resetting || typeof EventSource === 'undefined') {
			return;
		}
		const events = new EventSource(API + '/events');
		state.events = events;
		let broken = false;
		events.addEventListener('chat', (e) => {
			try {
				onChatEvent(JSON.parse(e.data));
			}
			catch {
				// not for us
			}
		});
		events.addEventListener('reset', () => waitForRestart());
		events.addEventListener('open', () => {
			if (broken && state.open != null) {
				refresh(state.open); // catch up with what happened while disconnected
			}
			broken = false;
		});
		events.addEventListener('error', () => {
			broken = true;
			if (events.readyState === EventSource.CLOSED && state.events === events) {
				state.events = null;
				setTimeout(connectEvents, 5000);
			}
		});
	}

	// ---- rendering a chat ----------------------------------------------------------------

	function span(className, text) {
		const el = document.createElement('span');
		if (className) {
			el.className = className;
		}
		if (text != null) {
			el.textContent = text;
		}
		return el;
	}

	function div(className) {
		const el = document.createElement('div');
		el.className = className;
		return el;
	}

	function formats() {
		if (!state.formats) {
			const make = (options) => {
				try {
					return new Intl.DateTimeFormat(state.lang, options);
				}
				catch {
					return new Intl.DateTimeFormat('en', options);
				}
			};
			state.formats = {
				time: make({ hour: 'numeric', minute: '2-digit' }),
				full: make({ dateStyle: 'full', timeStyle: 'short' }),
				day: make({ day: 'numeric', month: 'long' }),
				dayYear: make({ day: 'numeric', month: 'long', year: 'numeric' }),
			};
		}
		return state.formats;
	}

	function dayKey(date) {
		return date.getFullYear() + '-' + date.getMonth() + '-' + date.getDate();
	}

	function dayLabel(date) {
		const today = new Date();
		const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
		const relative = (days) => {
			try {
				const text = new Intl.RelativeTimeFormat(state.lang, { numeric: 'auto' }).format(days, 'day');
				return text.charAt(0).toLocaleUpperCase(state.lang) + text.slice(1);
			}
			catch {
				return null;
			}
		};
		if (dayKey(date) === dayKey(today)) {
			return relative(0) || formats().day.format(date);
		}
		if (dayKey(date) === dayKey(yesterday)) {
			return relative(-1) || formats().day.format(date);
		}
		return (date.getFullYear() === today.getFullYear() ? formats().day : formats().dayYear).format(date);
	}

	function daySeparator(date) {
		const key = dayKey(date);
		let el = state.dayCache.get(key);
		if (!el) {
			el = div('day');
			el.append(span(null, dayLabel(date)));
			state.dayCache.set(key, el);
		}
		return el;
	}

	/**
	 * The element of a message: the one shown when it did not change; when it did (an
	 * edit), the same element with its bubble or keyboard replaced, whichever changed.
	 */
	function messageElement(message) {
		const signature = JSON.stringify(message);
		const cached = state.messageCache.get(message.id);
		if (cached && cached.signature === signature) {
			return cached.element;
		}
		const fresh = buildMessage(message);
		if (!cached || cached.element.className !== fresh.className) {
			state.messageCache.set(message.id, { signature, element: fresh, message });
			return fresh;
		}
		const element = cached.element;
		const old = cached.message;
		const { buttons, ...rest } = message;
		const { buttons: oldButtons, ...oldRest } = old;
		if (JSON.stringify(rest) !== JSON.stringify(oldRest)) {
			element.querySelector('.bubble').replaceWith(fresh.querySelector('.bubble'));
		}
		if (JSON.stringify(buttons || []) !== JSON.stringify(oldButtons || [])) {
			const keyboard = element.querySelector('.keyboard');
			const replacement = fresh.querySelector('.keyboard');
			if (keyboard && replacement) {
				keyboard.replaceWith(replacement);
			}
			else if (keyboard) {
				keyboard.remove();
			}
			else if (replacement) {
				element.append(replacement);
			}
		}
		state.messageCache.set(message.id, { signature, element, message });
		return element;
	}

	function safeUrl(url) {
		try {
			const parsed = new URL(url, location.href);
			return ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : null;
		}
		catch {
			return null;
		}
	}

	function plainText(html) {
		const template = document.createElement('template');
		template.innerHTML = html || '';
		return template.content.textContent;
	}

	function buildMessage(message) {
		const fromBot = message.from === 'bot';
		const el = div('msg ' + (fromBot ? 'bot' : 'user'));
		el.dataset.messageId = message.id;
		const bubble = div('bubble');
		const media = message.media;
		if (media && media.kind) {
			bubble.append(buildMedia(media, fromBot));
			el.classList.add('has-' + media.kind);
		}
		const meta = span('meta');
		const date = new Date((Number(message.time) || 0) * 1000);
		const time = document.createElement('time');
		time.dateTime = date.toISOString();
		time.textContent = formats().time.format(date);
		time.title = formats().full.format(date);
		const metaText = [];
		if (message.edited) {
			meta.append(span('edited', t('sandbox.edited')), ' ');
			metaText.push(t('sandbox.edited'));
		}
		meta.append(time);
		metaText.push(time.textContent);
		if (!fromBot) {
			const ticks = span('ticks', '✓✓');
			ticks.setAttribute('aria-hidden', 'true');
			meta.append(ticks);
			metaText.push('✓✓');
		}
		const userText = typeof message.text === 'string' ? message.text : plainText(message.html);
		const hasText = fromBot ? Boolean(message.html) : userText !== '';
		if (hasText) {
			const text = div('text');
			if (fromBot) {
				text.innerHTML = message.html; // rebuilt by the server from Telegram's HTML: safe
				enhance(text);
			}
			else {
				text.textContent = userText;
			}
			text.dataset.meta = metaText.join(' ');
			bubble.append(text);
		}
		else {
			bubble.classList.add('media-only');
		}
		bubble.append(meta);
		el.append(bubble);
		if (fromBot && Array.isArray(message.buttons) && message.buttons.length) {
			el.append(buildKeyboard(message.buttons));
		}
		return el;
	}

	/** Links open in a new tab; spoilers reveal on a click or a key. */
	function enhance(text) {
		linkAddresses(text);
		for (const a of text.querySelectorAll('a')) {
			const url = safeUrl(a.getAttribute('href'));
			const start = url && BOT_LINK.exec(url);
			if (start) {
				a.href = url;
				a.addEventListener('click', (event) => {
					event.preventDefault();
					openLinkAs(start[1], a);
				});
			}
			else if (url) {
				a.href = url;
				a.target = '_blank';
				a.rel = 'noopener noreferrer';
			}
			else {
				a.removeAttribute('href');
			}
		}
		// a line break next to a quote or a code block is the block's own edge, as in Telegram
		for (const block of text.querySelectorAll('blockquote, pre')) {
			const before = block.previousSibling;
			const after = block.nextSibling;
			if (before && before.nodeType === Node.TEXT_NODE && before.data.endsWith('\n')) {
				before.data = before.data.slice(0, -1);
			}
			if (after && after.nodeType === Node.TEXT_NODE && after.data.startsWith('\n')) {
				after.data = after.data.slice(1);
			}
		}
		for (const spoiler of text.querySelectorAll('.tg-spoiler')) {
			spoiler.tabIndex = 0;
			spoiler.setAttribute('role', 'button');
		}
		linkCommands(text);
	}

	/** A link that starts the bot with a payload, as invites and group QR codes carry. */
	const BOT_LINK = /^https:\/\/t\.me\/[A-Za-z0-9_]{5,32}\?start=([A-Za-z0-9_-]{1,64})$/;

	/**
	 * Telegram opens such a link in the chat with the bot of whoever taps it; here one
	 * chooses whose phone it is opened on.
	 */
	function openLinkAs(payload, opener) {
		ui.openLinkList.replaceChildren(...state.personas.map((persona) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'place';
			button.dataset.persona = persona.id;
			const info = span('place-info');
			info.append(span('place-name', persona.name + ' · ' + t('sandbox.role.' + persona.role)),
					span('place-coords', persona.place || persona.province || ''));
			button.append(info);
			button.addEventListener('click', async () => {
				ui.openLink.close();
				select(persona.id);
				await sendText('/start ' + payload);
			});
			return button;
		}));
		showDialog(ui.openLink, opener);
		const first = ui.openLinkList.querySelector('.place');
		if (first) {
			first.focus();
		}
	}

	/** A /command in the bot's text is a link that sends it, as in Telegram. */
	function linkCommands(text) {
		linkify(text, /(^|[\s(])(\/[a-z][a-z0-9_]{0,31})(?![\w/])/g, (name) => {
			const link = document.createElement('a');
			link.href = '#';
			link.className = 'command';
			link.textContent = name;
			link.addEventListener('click', (event) => {
				event.preventDefault();
				sendText(name);
			});
			return link;
		});
	}

	/** An address written out in the bot's text is a link, as Telegram makes it. */
	function linkAddresses(text) {
		linkify(text, /(^|[\s(])(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'])/g, (address) => {
			const link = document.createElement('a');
			link.setAttribute('href', address);
			link.textContent = address;
			return link;
		});
	}

	/**
	 * Replaces each match's second group in the text outside links and code with the
	 * element {@code make} builds for it (the first group is what may precede it).
	 */
	function linkify(text, pattern, make) {
		const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) => (node.parentElement.closest('a, code, pre')
				? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
		});
		const nodes = [];
		while (walker.nextNode()) {
			nodes.push(walker.currentNode);
		}
		for (const node of nodes) {
			const data = node.data;
			const parts = [];
			let at = 0;
			let match;
			pattern.lastIndex = 0;
			while ((match = pattern.exec(data))) {
				const start = match.index + match[1].length;
				parts.push(data.slice(at, start), make(match[2]));
				at = start + match[2].length;
			}
			if (parts.length) {
				parts.push(data.slice(at));
				node.replaceWith(...parts);
			}
		}
	}


	function fileExtension(name) {
		const match = /\.([a-z0-9]{1,5})$/i.exec(name || '');
		return match ? match[1].toLowerCase() : '';
	}

	function photoLink(url, alt) {
		const a = document.createElement('a');
		a.className = 'photo';
		a.href = url;
		a.target = '_blank';
		a.rel = 'noopener';
		const img = document.createElement('img');
		img.src = url;
		img.alt = alt;
		img.loading = 'lazy';
		img.decoding = 'async';
		a.append(img);
		return a;
	}

	function buildMedia(media, fromBot) {
		const box = div('media media-' + media.kind);
		const url = media.url ? new URL(media.url, location.href).href : null;
		if (media.kind === 'photo' && url) {
			box.append(photoLink(url, media.name && fromBot ? media.name : t('sandbox.photo')));
		}
		else if (media.kind === 'document' && url) {
			const name = media.name || t('sandbox.document');
			if (['png', 'jpg', 'jpeg', 'gif', 'webp'].includes(fileExtension(name))) {
				box.append(photoLink(url, name)); // a chart: show it, and offer the file too
			}
			const a = document.createElement('a');
			a.className = 'document';
			a.href = url;
			a.setAttribute('download', name);
			const icon = span('doc-icon');
			icon.setAttribute('aria-hidden', 'true');
			icon.innerHTML = '<svg viewBox="0 0 24 24"><path d="M5 20h14v-2H5v2Zm14-11h-4V3H9v6H5l7 7 7-7Z"/></svg>';
			const ext = fileExtension(name);
			if (ext) {
				icon.append(span('doc-ext', ext));
			}
			const info = span('doc-info');
			info.append(span('doc-name', name), span('doc-hint', t('sandbox.download')));
			a.append(icon, info);
			box.append(a);
		}
		else if (media.kind === 'voice' && url) {
			const audio = document.createElement('audio');
			audio.controls = true;
			audio.preload = 'none';
			audio.src = url;
			box.append(audio);
		}
		else if (media.kind === 'location' && media.lat != null && media.lon != null) {
			const lat = Number(media.lat);
			const lon = Number(media.lon);
			const a = document.createElement('a');
			a.className = 'location';
			a.href = 'https://www.openstreetmap.org/?mlat=' + lat + '&mlon=' + lon + '#map=15/' + lat + '/' + lon;
			a.target = '_blank';
			a.rel = 'noopener noreferrer';
			a.title = t('sandbox.open-map');
			const map = span('map');
			map.setAttribute('aria-hidden', 'true');
			map.append(span('pin', '📍'));
			const info = span('loc-info');
			info.append(span('loc-title', t('sandbox.location')),
					span('loc-coords', lat.toFixed(5) + ', ' + lon.toFixed(5)));
			a.append(map, info);
			box.append(a);
		}
		return box;
	}

	function buildKeyboard(rows) {
		const keyboard = div('keyboard');
		for (const row of rows) {
			if (!Array.isArray(row) || !row.length) {
				continue;
			}
			const line = div('keyboard-row');
			for (const key of row) {
				const url = key.url ? safeUrl(key.url) : null;
				let el;
				if (url) {
					el = document.createElement('a');
					el.className = 'inline-link';
					el.href = url;
					el.target = '_blank';
					el.rel = 'noopener';
					el.append(span('label', key.text));
					const arrow = span('arrow', '↗');
					arrow.setAttribute('aria-hidden', 'true');
					el.append(arrow);
				}
				else {
					el = document.createElement('button');
					el.type = 'button';
					el.className = 'inline-button';
					el.dataset.data = key.data ?? '';
					el.append(span('label', key.text));
				}
				line.append(el);
			}
			keyboard.append(line);
		}
		return keyboard;
	}

	/** Puts exactly these nodes, in this order, in parent, moving as few as it can. */
	function sync(parent, nodes) {
		let current = parent.firstChild;
		for (const node of nodes) {
			if (node === current) {
				current = current.nextSibling;
			}
			else {
				parent.insertBefore(node, current);
			}
		}
		while (current) {
			const next = current.nextSibling;
			current.remove();
			current = next;
		}
	}

	function atBottom() {
		const s = ui.scroller;
		return s.scrollHeight - s.scrollTop - s.clientHeight < 48;
	}

	function scrollToBottom() {
		ui.scroller.scrollTop = ui.scroller.scrollHeight;
		state.stick = true;
		ui.toBottom.hidden = true;
	}

	function renderChat(chat) {
		const first = !state.chat || state.chat.persona !== chat.persona;
		const stick = first || state.stick || atBottom();
		// where the keyboard focus is, to put it back if its message is rebuilt
		const active = document.activeElement;
		const activeMessage = active && ui.messages.contains(active) ? active.closest('.msg') : null;
		const focusHint = activeMessage ? {
			id: activeMessage.dataset.messageId,
			data: active.dataset ? active.dataset.data : undefined,
		} : null;

		state.chat = chat;
		const nodes = [];
		let lastDay = null;
		const live = new Set();
		for (const message of chat.messages) {
			const date = new Date((Number(message.time) || 0) * 1000);
			const key = dayKey(date);
			if (key !== lastDay) {
				nodes.push(daySeparator(date));
				lastDay = key;
			}
			nodes.push(messageElement(message));
			live.add(message.id);
		}
		for (const id of state.messageCache.keys()) {
			if (!live.has(id)) {
				state.messageCache.delete(id);
			}
		}
		sync(ui.messages, nodes);

		if (focusHint && !document.activeElement.closest?.('#messages')) {
			const msg = ui.messages.querySelector('.msg[data-message-id="' + CSS.escape(focusHint.id) + '"]');
			if (msg) {
				const again = (focusHint.data !== undefined
					&& msg.querySelector('.inline-button[data-data="' + CSS.escape(focusHint.data) + '"]'))
					|| msg.querySelector('.inline-button, .inline-link, a, [tabindex]');
				if (again) {
					again.focus({ preventScroll: true });
				}
			}
		}

		const empty = chat.messages.length === 0;
		ui.empty.hidden = !empty;
		ui.startBar.hidden = !empty;
		renderKeys(empty ? [] : chat.keys);
		markSeen(chat);
		if (stick) {
			scrollToBottom();
		}
		else {
			ui.toBottom.hidden = false;
		}
	}

	function renderKeys(keys) {
		const signature = JSON.stringify(keys);
		if (signature === state.keysSignature) {
			return;
		}
		state.keysSignature = signature;
		const hadFocus = ui.replyKeys.contains(document.activeElement);
		ui.replyKeys.replaceChildren(...keys.map((key) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'reply-key';
			button.textContent = key.text;
			if (key.requestContact) {
				button.dataset.contact = 'true';
			}
			button.addEventListener('click', () => {
				if (key.requestContact) {
					shareContact(button);
				}
				else {
					sendText(key.text);
				}
			});
			return button;
		}));
		ui.replyKeys.hidden = keys.length === 0;
		ui.scroller.classList.toggle('with-keys', keys.length > 0);
		if (hadFocus) {
			(ui.replyKeys.querySelector('.reply-key') || ui.compose).focus();
		}
		if (state.stick) {
			scrollToBottom();
		}
	}

	// ---- acting as the persona -----------------------------------------------------------

	/** POSTs an action of the open persona, then fetches its chat. */
	async function act(action, options, busy) {
		const id = state.open;
		if (id == null) {
			return null;
		}
		if (busy) {
			busy.classList.add('busy');
		}
		try {
			return await api(chatPath(id, action), { method: 'POST', ...options });
		}
		finally {
			if (busy) {
				busy.classList.remove('busy');
			}
			await refresh(id);
		}
	}

	async function sendText(text) {
		if (!text.trim()) {
			return;
		}
		try {
			await act('text', { json: { text, lang: state.lang } }, ui.send);
			return true;
		}
		catch (error) {
			toast(error.message, true);
			return false;
		}
	}

	async function sendComposer() {
		const text = ui.compose.value;
		if (!text.trim()) {
			ui.compose.focus();
			return;
		}
		const id = state.open;
		ui.compose.value = '';
		state.drafts.delete(id);
		grow();
		const sent = await sendText(text);
		if (!sent && state.open === id && !ui.compose.value) {
			ui.compose.value = text; // give it back to correct
			grow();
		}
	}

	async function shareContact(button) {
		button.classList.add('pending');
		try {
			await act('contact', { json: { lang: state.lang } });
		}
		catch (error) {
			toast(error.message, true);
		}
		finally {
			button.classList.remove('pending');
		}
	}

	async function press(button) {
		if (button.getAttribute('aria-disabled') === 'true') {
			return;
		}
		const message = button.closest('.msg');
		const id = state.open;
		button.setAttribute('aria-disabled', 'true');
		button.classList.add('pending');
		try {
			const answer = await api(chatPath(id, 'press'), { method: 'POST', json: {
				messageId: Number(message.dataset.messageId), data: button.dataset.data, lang: state.lang } });
			if (answer && answer.toast) {
				toast(answer.toast);
			}
		}
		catch (error) {
			toast(error.message, true);
		}
		finally {
			button.removeAttribute('aria-disabled');
			button.classList.remove('pending');
			refresh(id);
		}
	}

	async function upload(kind, file) {
		const form = new FormData();
		form.append('file', file, file.name);
		let caption = '';
		if (kind === 'photo') {
			caption = ui.compose.value.trim();
			if (caption) {
				form.append('caption', caption);
			}
			ui.compose.value = '';
			state.drafts.delete(state.open);
			grow();
		}
		form.append('lang', state.lang);
		const id = state.open;
		try {
			await act(kind, { form }, ui.attach);
		}
		catch (error) {
			toast(error.message, true);
			if (caption && state.open === id && !ui.compose.value) {
				ui.compose.value = caption;
				grow();
			}
		}
	}

	async function openPlaces() {
		const id = state.open;
		const list = ui.placeList;
		list.replaceChildren(span('note', t('sandbox.loading')));
		showDialog(ui.places, ui.attach);
		let places;
		try {
			places = await api('/places?persona=' + encodeURIComponent(id) + '&lang=' + encodeURIComponent(state.lang));
		}
		catch (error) {
			list.replaceChildren(span('note error', error.message));
			return;
		}
		list.replaceChildren(...(places || []).map((place) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'place';
			button.dataset.lat = place.lat;
			button.dataset.lon = place.lon;
			const pin = span('pin', '📍');
			pin.setAttribute('aria-hidden', 'true');
			const info = span('place-info');
			info.append(span('place-name', place.name),
					span('place-coords', Number(place.lat).toFixed(4) + ', ' + Number(place.lon).toFixed(4)));
			button.append(pin, info);
			button.addEventListener('click', async () => {
				ui.places.close();
				try {
					await act('location', { json: { lat: Number(place.lat), lon: Number(place.lon), lang: state.lang } });
				}
				catch (error) {
					toast(error.message, true);
				}
			});
			return button;
		}));
		const first = list.querySelector('.place');
		if (first && ui.places.open) {
			first.focus();
		}
	}

	// ---- the composer and its menu -------------------------------------------------------

	function grow() {
		const area = ui.compose;
		area.style.height = 'auto';
		area.style.height = Math.min(area.scrollHeight + 2, 160) + 'px';
	}

	function menuItems() {
		return Array.from(ui.attachMenu.querySelectorAll('[role="menuitem"]'));
	}

	function openMenu() {
		ui.attachMenu.hidden = false;
		ui.attach.setAttribute('aria-expanded', 'true');
		menuItems()[0].focus();
	}

	function closeMenu(focusButton) {
		if (ui.attachMenu.hidden) {
			return;
		}
		ui.attachMenu.hidden = true;
		ui.attach.setAttribute('aria-expanded', 'false');
		if (focusButton) {
			ui.attach.focus();
		}
	}

	function menuKeys(event) {
		const items = menuItems();
		const at = items.indexOf(document.activeElement);
		if (event.key === 'Escape') {
			event.preventDefault();
			closeMenu(true);
		}
		else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			items[(at + step + items.length) % items.length].focus();
		}
		else if (event.key === 'Home' || event.key === 'End') {
			event.preventDefault();
			items[event.key === 'Home' ? 0 : items.length - 1].focus();
		}
		else if (event.key === 'Tab') {
			closeMenu(false);
		}
	}

	// ---- toast, dialogs, reset -----------------------------------------------------------

	let toastTimer = null;

	function toast(message, isError) {
		if (!message) {
			return;
		}
		clearTimeout(toastTimer);
		ui.toast.textContent = message;
		ui.toast.classList.toggle('error', Boolean(isError));
		ui.toast.classList.add('show');
		toastTimer = setTimeout(() => {
			ui.toast.classList.remove('show');
			toastTimer = setTimeout(() => {
				ui.toast.textContent = '';
			}, 300);
		}, TOAST_MS);
	}

	/** A toast belongs to the chat it answered, as in Telegram: switching chats ends it. */
	function endToast() {
		clearTimeout(toastTimer);
		ui.toast.classList.remove('show');
		ui.toast.textContent = '';
	}

	function showDialog(dialog, opener) {
		dialog.returnFocus = opener || document.activeElement;
		if (!dialog.open) {
			dialog.showModal();
		}
	}

	function wireDialog(dialog) {
		dialog.addEventListener('close', () => {
			const back = dialog.returnFocus;
			dialog.returnFocus = null;
			if (back && back.isConnected && !back.closest('[hidden]')) {
				back.focus();
			}
			else if (state.open != null) {
				ui.compose.focus();
			}
		});
		// a click on the backdrop closes it
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) {
				const box = dialog.getBoundingClientRect();
				const inside = event.clientX >= box.left && event.clientX <= box.right
					&& event.clientY >= box.top && event.clientY <= box.bottom;
				if (!inside) {
					dialog.close();
				}
			}
		});
	}

	function openViewer(link) {
		const img = link.querySelector('img');
		ui.viewerImage.src = link.href;
		ui.viewerImage.alt = img ? img.alt : '';
		ui.viewerOpen.href = link.href;
		showDialog(ui.viewer, link);
		ui.viewerClose.focus();
	}

	const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

	async function answers() {
		const abort = new AbortController();
		const timer = setTimeout(() => abort.abort(), 3000);
		try {
			const response = await fetch(API + '/personas?lang=' + encodeURIComponent(state.lang),
					{ cache: 'no-store', signal: abort.signal });
			return response.status === 200;
		}
		catch {
			return false;
		}
		finally {
			clearTimeout(timer);
		}
	}

	function showResetting(shown) {
		state.resetting = shown;
		if (shown && state.events) {
			state.events.close(); // lets the server shut down without waiting for this stream
			state.events = null;
		}
		if (shown) {
			for (const dialog of document.querySelectorAll('dialog[open]')) {
				dialog.close();
			}
		}
		ui.resetting.hidden = !shown;
		document.querySelector('.appbar').inert = shown;
		document.querySelector('.layout').inert = shown;
	}

	/** Shows the overlay until the restarted application answers, then reloads the page. */
	async function waitForRestart() {
		if (state.waiting) {
			return;
		}
		state.waiting = true;
		showResetting(true);
		const started = Date.now();
		let wentDown = false;
		for (;;) {
			await sleep(1000);
			const up = await answers();
			if (!up) {
				wentDown = true;
			}
			else if (wentDown || Date.now() - started > 8000) {
				break; // restarted (or it restarted between two looks)
			}
		}
		try {
			localStorage.removeItem(STORE.seen);
			localStorage.removeItem(STORE.unread);
			localStorage.removeItem(STORE.since);
		}
		catch {
			// nothing kept
		}
		location.reload();
	}

	async function confirmReset() {
		ui.resetDialog.close();
		showResetting(true);
		try {
			await api('/reset', { method: 'POST' });
		}
		catch (error) {
			if (error.status && !state.waiting) {
				showResetting(false); // refused: nothing happens
				connectEvents();
				toast(error.message, true);
				return;
			}
			// no answer: it may be going down already
		}
		waitForRestart();
	}

	// ---- start ---------------------------------------------------------------------------

	function wire() {
		for (const id of ['language', 'reset', 'filter', 'personas', 'no-match', 'welcome', 'chat', 'back',
			'chat-avatar', 'chat-title', 'scroller', 'messages', 'empty', 'to-bottom', 'start-bar', 'start',
			'reply-keys', 'composer', 'attach', 'attach-menu', 'attach-photo', 'attach-document', 'attach-location',
			'attach-voice', 'photo-input', 'document-input', 'voice-input', 'compose-text', 'send', 'toast', 'places', 'place-list', 'places-cancel',
			'reset-dialog', 'reset-confirm', 'reset-cancel', 'viewer', 'viewer-close', 'viewer-image', 'viewer-open',
			'resetting', 'open-link', 'open-link-list', 'open-link-cancel']) {
			ui[id.replace(/-(\w)/g, (m, c) => c.toUpperCase())] = document.getElementById(id);
		}
		ui.compose = ui.composeText;

		ui.language.addEventListener('change', () => changeLanguage(ui.language.value));
		ui.filter.addEventListener('input', renderPersonas);
		ui.personas.addEventListener('keydown', listKeys);
		ui.filter.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') {
				const first = ui.personas.querySelector('.persona');
				if (first) {
					first.click();
				}
			}
		});
		ui.back.addEventListener('click', goBack);
		window.addEventListener('popstate', () => route());
		window.addEventListener('hashchange', () => route());

		ui.reset.addEventListener('click', () => {
			showDialog(ui.resetDialog, ui.reset);
			ui.resetCancel.focus();
		});
		ui.resetCancel.addEventListener('click', () => ui.resetDialog.close());
		ui.resetConfirm.addEventListener('click', confirmReset);
		ui.placesCancel.addEventListener('click', () => ui.places.close());
		ui.openLinkCancel.addEventListener('click', () => ui.openLink.close());
		ui.viewerClose.addEventListener('click', () => ui.viewer.close());
		ui.viewer.addEventListener('close', () => ui.viewerImage.removeAttribute('src'));
		for (const dialog of [ui.places, ui.resetDialog, ui.viewer, ui.openLink]) {
			wireDialog(dialog);
		}

		ui.composer.addEventListener('submit', (event) => {
			event.preventDefault();
			sendComposer();
		});
		ui.compose.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
				event.preventDefault();
				sendComposer();
			}
		});
		ui.compose.addEventListener('input', grow);
		ui.start.addEventListener('click', async () => {
			ui.start.classList.add('pending');
			await sendText('/start');
			ui.start.classList.remove('pending');
			ui.compose.focus({ preventScroll: true });
		});

		ui.attach.addEventListener('click', () => (ui.attachMenu.hidden ? openMenu() : closeMenu(true)));
		ui.attachMenu.addEventListener('keydown', menuKeys);
		document.addEventListener('pointerdown', (event) => {
			if (!ui.attachMenu.hidden && !event.target.closest('.attach')) {
				closeMenu(false);
			}
		});
		ui.attachPhoto.addEventListener('click', () => {
			closeMenu(true);
			ui.photoInput.click();
		});
		ui.attachDocument.addEventListener('click', () => {
			closeMenu(true);
			ui.documentInput.click();
		});
		ui.attachVoice.addEventListener('click', () => {
			closeMenu(true);
			ui.voiceInput.click();
		});
		ui.attachLocation.addEventListener('click', () => {
			closeMenu(false);
			openPlaces();
		});
		for (const [input, kind] of [[ui.photoInput, 'photo'], [ui.documentInput, 'document'], [ui.voiceInput, 'voice']]) {
			input.addEventListener('change', () => {
				const file = input.files && input.files[0];
				input.value = '';
				if (file) {
					upload(kind, file);
				}
			});
		}

		// the chat: inline buttons, photos, spoilers
		ui.scroller.addEventListener('click', (event) => {
			const button = event.target.closest('.inline-button');
			if (button) {
				press(button);
				return;
			}
			const photo = event.target.closest('a.photo');
			if (photo && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
				event.preventDefault();
				openViewer(photo);
				return;
			}
			const spoiler = event.target.closest('.tg-spoiler');
			if (spoiler && !spoiler.classList.contains('revealed')) {
				event.preventDefault();
				spoiler.classList.add('revealed');
			}
		});
		ui.scroller.addEventListener('keydown', (event) => {
			const spoiler = event.target.closest && event.target.closest('.tg-spoiler');
			if (spoiler && (event.key === 'Enter' || event.key === ' ')) {
				event.preventDefault();
				spoiler.classList.add('revealed');
			}
		});
		ui.scroller.addEventListener('scroll', () => {
			state.stick = atBottom();
			ui.toBottom.hidden = state.stick;
		}, { passive: true });
		// a photo that arrives late keeps the end of the chat in view
		ui.scroller.addEventListener('load', () => {
			if (state.stick) {
				scrollToBottom();
			}
		}, true);
		ui.toBottom.addEventListener('click', () => {
			scrollToBottom();
			ui.compose.focus({ preventScroll: true });
		});

		document.addEventListener('visibilitychange', () => {
			if (!document.hidden && state.open != null && !state.resetting) {
				refresh(state.open);
			}
		});
		setInterval(() => {
			if (state.open != null && !document.hidden && !state.resetting) {
				refresh(state.open);
			}
		}, POLL_MS);
	}

	async function start() {
		if (!stored(STORE.since)) {
			write(STORE.since, String(Math.floor(Date.now() / 1000) - 2));
		}
		wire();
		applyTexts();
		for (let attempt = 0; ; attempt++) {
			try {
				await chooseLanguage();
				applyTexts();
				renderLanguages();
				await loadPersonas();
				break;
			}
			catch (error) {
				toast(error.message, true);
				await sleep(Math.min(2000 * (attempt + 1), 10000));
			}
		}
		connectEvents();
		route();
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
