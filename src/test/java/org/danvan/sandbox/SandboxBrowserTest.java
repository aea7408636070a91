package org.danvan.sandbox;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.danvan.DanVanApplication;
import org.danvan.support.EndToEndTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox as a new user meets it: the application started without a token, the page
 * in a real headless Chromium. A villager reports a fire with a place and a photo, the
 * officer persona gets the alert live, takes it and resolves it, the villager sees each
 * change; a household enrolls sharing its phone with the key the bot shows and the
 * coordinator approves it; charts come as pictures and CSV files as downloads; an invite
 * link opens on another persona's phone; the page works phone-sized in Vietnamese; a
 * reset leaves every chat empty. Screenshots of each step go to
 * {@code target/sandbox-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "sandbox-screenshots");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final long VILLAGER = 910_001;

	private static final long OFFICER = Personas.OFFICER;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static SandboxMode sandbox;

	private static ChromeDriver browser;

	private static WebDriverWait waiting;

	private static String page;

	private static int shots;

	private static String api;

	@BeforeAll
	static void startTheSandbox() throws IOException {
		int port = freePort();
		Path data = EndToEndTest.tempDir("danvan-sandbox");
		ConfigurableApplicationContext app = DanVanApplication.application()
			.run("--server.port=" + port, "--danvan.telegram.token=", "--danvan.sandbox.enabled=true",
					"--spring.mongodb.uri=", "--danvan.storage.data-dir=" + data);
		sandbox = app.getBean(SandboxMode.class);
		page = "http://127.0.0.1:" + port + "/sandbox/";
		api = page + "api";
	}

	/** Chromium, when it is installed; CI installs it and fails without it. */
	private static void startBrowser() throws IOException {
		if (browser != null) {
			return;
		}
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (System.getenv("CI") == null) {
			Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed (.ci/run installs them)");
		}

		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--disable-quic", "--lang=en-US", "--window-size=1280,900",
				"--user-data-dir=" + EndToEndTest.tempDir("danvan-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
		waiting = new WebDriverWait(browser, WAIT);
		waiting.ignoring(StaleElementReferenceException.class);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (sandbox != null) {
			sandbox.context().close();
			sandbox.standIn().close();
		}
	}

	@Test
	@Order(0)
	void thePageRefusesPolitelyWhatTelegramsAppWouldNotSend() throws Exception {
		String lang = ",\"lang\":\"en\"}";
		assertThat(post("/chats/" + VILLAGER + "/text", "{\"text\":\"   \"" + lang))
			.satisfies((answer) -> assertThat(answer.statusCode()).isEqualTo(400))
			.satisfies((answer) -> assertThat(answer.body()).contains("Please write something"));
		assertThat(post("/chats/" + VILLAGER + "/press", "{\"messageId\":1,\"data\":\"inc:res:X\"" + lang).statusCode())
			.isEqualTo(404);
		assertThat(post("/chats/" + VILLAGER + "/contact", "{\"lang\":\"en\"}").statusCode()).isEqualTo(409);
		assertThat(post("/chats/42/text", "{\"text\":\"hi\"" + lang).statusCode()).isEqualTo(404);
		HttpResponse<String> notAPhoto = upload("/chats/" + VILLAGER + "/photo", "notes.txt",
				"just text".getBytes(StandardCharsets.UTF_8));
		assertThat(notAPhoto.statusCode()).isEqualTo(400);
		assertThat(notAPhoto.body()).contains("JPEG or PNG");
		HttpResponse<String> notAVoice = upload("/chats/" + VILLAGER + "/voice", "song.mp3",
				"ID3 not ogg".getBytes(StandardCharsets.UTF_8));
		assertThat(notAVoice.statusCode()).isEqualTo(400);
		assertThat(notAVoice.body()).contains("OGG Opus");
		assertThat(sandbox.standIn().userMessages(VILLAGER)).isEmpty();
	}

	@Test
	@Order(1)
	void aVillagerReportsAndTheOfficerResolvesIt() throws IOException {
		startBrowser();
		browser.get(page);
		waiting.until(ExpectedConditions.visibilityOfElementLocated(persona(OFFICER)));
		assertThat(browser.findElements(By.cssSelector("button.persona"))).hasSizeGreaterThan(20);
		screenshot("personas");

		open(VILLAGER);
		say("/report");
		press("What do you want to report?", "Fire");
		awaitBot("Describe what you saw");
		say("Forest fire near the patrol road");
		awaitBot("Where is it?");
		browser.findElement(By.id("attach")).click();
		waiting.until(ExpectedConditions.elementToBeClickable(By.id("attach-location"))).click();
		waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#places button.place"))).click();
		waiting.until((driver) -> !driver.findElements(By.cssSelector(".msg.user .location")).isEmpty());
		awaitBot("You can send up to 5 photos");
		browser.findElement(By.id("photo-input")).sendKeys(photo().toString());
		waiting.until((driver) -> !driver.findElements(By.cssSelector(".msg.user img")).isEmpty());
		press("1 photo received", "Done");
		press("Is it urgent", "No, not urgent");
		press("Should officers see your name?", "Send with my name");
		screenshot("villager-summary");
		press("Please check your report:", "Send the report");
		String thanks = awaitBot("Its reference is").getText();
		String code = thanks.substring(thanks.indexOf("reference is ") + 13).split(";")[0].trim();
		screenshot("villager-reported");

		WebElement badge = waiting.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("button.persona[data-persona='" + OFFICER + "'] .unread")));
		assertThat(Integer.parseInt(badge.getText().strip())).isPositive();
		open(OFFICER);
		WebElement alert = awaitBot("New report " + code);
		assertThat(alert.getText()).contains("Forest fire near the patrol road");
		screenshot("officer-alert");
		String card = alert.getAttribute("data-message-id");
		pressOn(card, "Pin");
		waiting.until((driver) -> !driver.findElements(By.cssSelector(".msg.bot .location")).isEmpty());
		pressOn(card, "Photos (1)");
		waiting.until((driver) -> !driver.findElements(By.cssSelector(".msg.bot img")).isEmpty());
		String before = alert.getText();
		pressOn(card, "Take it");
		waiting.until((driver) -> !message(card).getText().equals(before));
		String taken = message(card).getText();
		pressOn(card, "Resolved");
		waiting.until((driver) -> !message(card).getText().equals(taken));
		assertThat(message(card).findElements(By.cssSelector(".inline-button")))
			.noneMatch((button) -> button.getText().contains("Resolved") || button.getText().contains("Take it"));
		screenshot("officer-resolved");

		open(VILLAGER);
		awaitBot("Your report " + code + " is now being handled by an officer.");
		awaitBot("Your report " + code + " is now resolved.");
		screenshot("villager-status");
	}

	@Test
	@Order(2)
	void aHouseholdSharesItsPhoneWithTheKeyAndTheCoordinatorApproves() throws IOException {
		startBrowser();
		browser.get(page);
		open(Personas.COORDINATOR);
		say("/groups");
		for (String step : List.of("Kien Giang", "Giang Thanh", "Phu Loi", "Rach Go", "New group")) {
			pressLatest(step);
		}
		awaitBot("What is the new group of Rach Go called?");
		say("Rach Go 1");
		awaitBot("Group Rach Go 1 ·");

		open(VILLAGER);
		say("/enroll");
		awaitBot("full name of the head of household");
		say("Nguyễn Thị Lan");
		press("How many people live", "4");
		press("Is your household in", "Yes, ");
		awaitBot("May the coordinators call you?");
		WebElement share = waiting.until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("#reply-keys .reply-key[data-contact='true']")));
		screenshot("villager-phone-key");
		share.click();
		waiting.until((driver) -> driver.findElements(By.cssSelector(".msg.user .text"))
			.stream()
			.anyMatch((shown) -> shown.getText().contains("+8491")));
		press("does your household join?", "Rach Go 1");
		press("Please check:", "I agree, send");
		awaitBot("Sent. The coordinators");

		open(Personas.COORDINATOR);
		WebElement request = awaitBot("New household asks to join Rach Go 1");
		assertThat(request.getText()).contains("Nguyễn Thị Lan", "+8491");
		pressOn(request.getAttribute("data-message-id"), "Approve");
		awaitBot("Approved: household Nguyễn Thị Lan");
		screenshot("coordinator-approved");
		open(VILLAGER);
		awaitBot("your household was approved in the group Rach Go 1");
	}

	@Test
	@Order(3)
	void chartsComeAsPicturesAndFilesAsDownloads() throws Exception {
		long coordinator = Personas.COORDINATOR;
		post("/chats/" + coordinator + "/text", "{\"text\":\"/enrollment chart\",\"lang\":\"en\"}");
		JsonNode chart = awaitMedia(coordinator, "photo", 1).get(0);
		HttpResponse<byte[]> picture = get(chart.get("url").asText());
		assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(picture.body()).startsWith(0x89, 'P', 'N', 'G');

		post("/chats/" + coordinator + "/text", "{\"text\":\"/export enrollment\",\"lang\":\"en\"}");
		List<JsonNode> files = awaitMedia(coordinator, "document", 2);
		for (JsonNode file : files) {
			HttpResponse<byte[]> csv = get(file.get("url").asText());
			assertThat(file.get("name").asText()).endsWith(".csv");
			assertThat(csv.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
			assertThat(csv.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment"));
			assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		}

		JsonNode places = JSON.readTree(get("/places?persona=" + VILLAGER + "&lang=en").body());
		assertThat(places.get(0).get("name").asText()).isEqualTo("Rach Go");
		post("/chats/" + VILLAGER + "/location",
				"{\"lat\":" + places.get(0).get("lat") + ",\"lon\":" + places.get(0).get("lon") + ",\"lang\":\"en\"}");
		JsonNode shared = awaitMedia(VILLAGER, "location", 1).get(0);
		assertThat(shared.get("lat").asDouble()).isEqualTo(places.get(0).get("lat").asDouble());
	}

	@Test
	@Order(4)
	void anInviteLinkOpensOnThePhoneOfWhoeverItIsGivenTo() throws IOException {
		startBrowser();
		browser.get(page);
		open(Personas.ADMIN);
		say("/invite officer kg-vd");
		WebElement invite = awaitBot("Invite for the");
		invite.findElements(By.cssSelector(".text a"))
			.stream()
			.filter((link) -> link.getAttribute("href").contains("?start=inv-"))
			.findFirst()
			.orElseThrow()
			.click();
		waiting
			.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("#open-link button.place[data-persona='" + (VILLAGER + 2) + "']")))
			.click();
		waiting
			.until((driver) -> "true".equals(driver.findElement(persona(VILLAGER + 2)).getAttribute("aria-current")));
		awaitBot("You now have the officer role");
		screenshot("invite-opened");
		browser.navigate().refresh();
		waiting
			.until((driver) -> "officer".equals(driver.findElement(persona(VILLAGER + 2)).getAttribute("data-role")));
	}

	@Test
	@Order(5)
	void onAPhoneInVietnamese() throws IOException {
		startBrowser();
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			browser.get(page);
			new Select(waiting.until(ExpectedConditions.elementToBeClickable(By.id("language")))).selectByValue("vi");
			waiting.until((driver) -> "vi".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
			waiting.until((driver) -> driver.findElement(persona(VILLAGER + 1)).getText().contains("Người dân"));
			screenshot("phone-list");
			waiting.until(ExpectedConditions.elementToBeClickable(persona(VILLAGER + 1))).click();
			waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("back")));
			assertThat(browser.findElement(By.id("personas")).isDisplayed()).isFalse();
			say("/help");
			WebElement help = awaitBot("Những việc bạn có thể làm");
			screenshot("phone-chat");
			help.findElements(By.cssSelector("a.command"))
				.stream()
				.filter((command) -> command.getText().equals("/language"))
				.findFirst()
				.orElseThrow()
				.click();
			awaitBot("Vui lòng chọn ngôn ngữ");
			browser.findElement(By.id("back")).click();
			waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("personas")));
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
			new Select(browser.findElement(By.id("language"))).selectByValue("en");
			waiting.until((driver) -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		}
	}

	@Test
	@Order(6)
	void aResetLeavesEveryChatEmpty() throws IOException {
		startBrowser();
		browser.get(page + "#persona=" + VILLAGER);
		awaitBot("is now resolved");
		browser.findElement(By.id("reset")).click();
		waiting.until(ExpectedConditions.elementToBeClickable(By.id("reset-confirm"))).click();
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(
				(driver) -> ((JavascriptExecutor) driver).executeScript("return document.readyState").equals("complete")
						&& !driver.findElements(persona(VILLAGER)).isEmpty()
						&& driver.findElements(By.cssSelector("#resetting:not([hidden])")).isEmpty());
		open(VILLAGER);
		waiting.until((driver) -> driver.findElements(By.cssSelector("#messages .msg")).isEmpty());
		say("/help");
		awaitBot("What you can do");
		screenshot("after-reset");
	}

	private static HttpResponse<byte[]> get(String path) throws Exception {
		String url = path.startsWith("/sandbox/") ? page.replace("/sandbox/", "") + path : api + path;
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The media of the bot's messages of this kind in the persona's chat, once there are
	 * {@code count}; an area picker on the way is answered with its first area.
	 */
	private static List<JsonNode> awaitMedia(long persona, String kind, int count) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		Set<Integer> pressed = new HashSet<>();
		while (System.nanoTime() < deadline) {
			JsonNode chat = JSON.readTree(get("/chats/" + persona).body());
			List<JsonNode> media = new ArrayList<>();
			for (JsonNode message : chat.get("messages")) {
				if (message.hasNonNull("media") && kind.equals(message.get("media").get("kind").asText())) {
					media.add(message.get("media"));
				}
				else if (message.get("from").asText().equals("bot")
						&& message.get("text").asText().startsWith("Choose the area")
						&& pressed.add(message.get("id").asInt())) {
					JsonNode first = message.get("buttons").get(0).get(0);
					post("/chats/" + persona + "/press", "{\"messageId\":" + message.get("id") + ",\"data\":\""
							+ first.get("data").asText() + "\",\"lang\":\"en\"}");
				}
			}
			if (media.size() >= count) {
				return media;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(count + " " + kind + " in chat " + persona + ": "
				+ new String(get("/chats/" + persona).body(), StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> post(String path, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(api + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
		String boundary = "sandbox-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nen\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(api + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static By persona(long id) {
		return By.cssSelector("button.persona[data-persona='" + id + "']");
	}

	private static void open(long id) {
		WebElement button = waiting.until(ExpectedConditions.elementToBeClickable(persona(id)));
		button.click();
		waiting.until((driver) -> "true".equals(button.getAttribute("aria-current")));
	}

	private static void say(String text) {
		WebElement box = waiting.until(ExpectedConditions.elementToBeClickable(By.id("compose-text")));
		box.clear();
		box.sendKeys(text);
		browser.findElement(By.id("send")).click();
		waiting.until((driver) -> browser.findElements(By.cssSelector(".msg.user .text"))
			.stream()
			.anyMatch((shown) -> shown.getText().strip().equals(text)));
	}

	/** The latest bot message containing {@code text}, once there is one. */
	private static WebElement awaitBot(String text) {
		return waiting.until((driver) -> lastBot(text));
	}

	private static WebElement lastBot(String text) {
		List<WebElement> matching = browser.findElements(By.cssSelector(".msg.bot"))
			.stream()
			.filter((message) -> message.getText().contains(text))
			.toList();
		return matching.isEmpty() ? null : matching.get(matching.size() - 1);
	}

	private static void press(String messageText, String label) {
		pressIn(() -> lastBot(messageText), label);
	}

	/**
	 * Presses the button with this label on the latest message of the bot showing one.
	 */
	private static void pressLatest(String label) {
		pressIn(() -> {
			List<WebElement> offering = browser.findElements(By.cssSelector(".msg.bot"))
				.stream()
				.filter((message) -> message.findElements(By.cssSelector(".inline-button"))
					.stream()
					.anyMatch((button) -> button.getText().contains(label)))
				.toList();
			return offering.isEmpty() ? null : offering.get(offering.size() - 1);
		}, label);
	}

	private static WebElement message(String messageId) {
		return browser.findElement(By.cssSelector(".msg.bot[data-message-id='" + messageId + "']"));
	}

	/** Presses a button of the message with this id, whatever its text has become. */
	private static void pressOn(String messageId, String label) {
		pressIn(() -> message(messageId), label);
	}

	private static void pressIn(Supplier<WebElement> shownMessage, String label) {
		waiting.until((driver) -> {
			WebElement message = shownMessage.get();
			if (message == null) {
				return false;
			}
			WebElement button = message.findElements(By.cssSelector(".inline-button"))
				.stream()
				.filter((shown) -> shown.getText().contains(label)
						&& !"true".equals(shown.getAttribute("aria-disabled")))
				.findFirst()
				.orElse(null);
			if (button == null) {
				return false;
			}
			button.click();
			return true;
		});
	}

	private static void screenshot(String step) throws UncheckedIOException {
		File shot = browser.getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, step)),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A picture as a phone would send it: a field at dusk with smoke over the trees. */
	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(250, 170, 90));
		graphics.fillRect(0, 0, 640, 300);
		graphics.setColor(new Color(60, 110, 50));
		graphics.fillRect(0, 300, 640, 180);
		graphics.setColor(new Color(120, 120, 120, 180));
		graphics.fillOval(250, 80, 220, 180);
		graphics.dispose();
		Path file = EndToEndTest.tempDir("danvan-photo").resolve("fire.png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	// Voice (orders 100–109)

	/**
	 * An officer records a Khmer and a Vietnamese voice version of an announcement to two
	 * villages of Vĩnh Điều, choosing the recordings as files in the page; the Khmer
	 * reader's chat plays the Khmer recording, the Vietnamese reader's the Vietnamese
	 * one.
	 */
	@Test
	@Order(100)
	void eachReaderHearsTheVoiceOfTheirLanguageInThePage() throws Exception {
		startBrowser();
		browser.get(page);
		long khmer = villagerOf("Ta Em");
		long vietnamese = villagerOf("Nha Sap");
		String khmerName = org.danvan.i18n.Languages.ownName("km");
		speak(khmer, khmerName);
		speak(vietnamese, "Tiếng Việt");
		Path kmVoice = voice("km");
		Path viVoice = voice("vi");

		open(OFFICER);
		say("/announce");
		press("Who is it for?", "Chosen villages");
		press("Choose the area", "Kien Giang");
		press("Kien Giang: choose an area within it", "Giang Thanh");
		press("Giang Thanh: choose an area within it", "Vinh Dieu");
		press("tick the villages", "Ta Em");
		press("tick the villages", "Nha Sap");
		press("tick the villages", "Done (2 villages)");
		awaitBot("Write the announcement in English");
		say("Flood warning: go up to the school now.");
		press("English: written", khmerName);
		awaitBot("Write the announcement in " + khmerName);
		recordVoice(kmVoice);
		press(khmerName + ": 🎙", "Tiếng Việt");
		awaitBot("Write the announcement in Tiếng Việt");
		recordVoice(viVoice);
		press("Tiếng Việt: 🎙", "Next");
		// urgent: a normal one would wait for the end of quiet hours in Vietnam
		press("Is it urgent?", "Urgent");
		press("When should it go?", "Now");
		press("Is it about an event", "No event");
		awaitBot("Ready to send");
		screenshot("voice-preview");
		press("Ready to send", "Confirm");
		awaitBot("is scheduled: now");

		open(khmer);
		assertThat(voiceOnThePage()).as("the Khmer reader hears the Khmer recording")
			.isEqualTo(Files.readAllBytes(kmVoice));
		screenshot("voice-khmer-reader");
		open(vietnamese);
		assertThat(voiceOnThePage()).as("the Vietnamese reader hears the Vietnamese recording")
			.isEqualTo(Files.readAllBytes(viVoice));
		screenshot("voice-vietnamese-reader");
	}

	/** The villager persona of this village, by its English name. */
	private static long villagerOf(String village) throws Exception {
		for (JsonNode persona : JSON.readTree(get("/personas?lang=en").body())) {
			if (persona.path("place").asText().startsWith(village + ",")) {
				return persona.get("id").asLong();
			}
		}
		throw new AssertionError("No villager persona in " + village);
	}

	/** The persona chooses the bot's language with /language. */
	private static void speak(long persona, String language) {
		open(persona);
		say("/language");
		press("Please choose your language", language);
		awaitBot(language);
	}

	/** Chooses the recording as the file of a voice message, as the attach menu does. */
	private static void recordVoice(Path recording) {
		int before = browser.findElements(By.cssSelector(".msg.user audio")).size();
		browser.findElement(By.id("voice-input")).sendKeys(recording.toString());
		waiting.until((driver) -> driver.findElements(By.cssSelector(".msg.user audio")).size() > before);
	}

	/**
	 * The bytes of the newest voice message of the bot, as the page's player fetches
	 * them.
	 */
	private static byte[] voiceOnThePage() {
		WebElement player = waiting.until((driver) -> {
			List<WebElement> players = driver.findElements(By.cssSelector(".msg.bot audio"));
			return players.isEmpty() ? null : players.get(players.size() - 1);
		});
		String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const audio = arguments[0];
				const source = audio.currentSrc || audio.src || audio.querySelector('source').src;
				fetch(source).then((r) => r.arrayBuffer()).then((buffer) => {
				  let binary = '';
				  new Uint8Array(buffer).forEach((b) => binary += String.fromCharCode(b));
				  done(btoa(binary));
				});
				""", player);
		return java.util.Base64.getDecoder().decode(base64);
	}

	private static Path voice(String language) throws IOException {
		Path file = Files.createTempFile("voice-" + language, ".ogg");
		try (var in = SandboxBrowserTest.class.getResourceAsStream("/voice/" + language + ".ogg")) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	// Maps (orders 110–119)

	@Test
	@Order(110)
	void theIncidentMapShowsInTheChatAsAPicture() throws Exception {
		startBrowser();
		browser.get(page + "#persona=" + OFFICER);
		open(OFFICER);
		int before = browser.findElements(By.cssSelector(".msg.bot img")).size();
		say("/incidents map");
		chooseAFirstAreaIfAsked(before);
		WebElement map = waiting.until((driver) -> pictureAfter(before));
		assertThat(pictureOnThePage(map)).as("the map as the page shows it").isNotNull();
		screenshot("incident-map");
	}

	@Test
	@Order(111)
	void theCoverageMapShowsInTheChatAsAPicture() throws Exception {
		startBrowser();
		browser.get(page);
		open(Personas.COORDINATOR);
		int before = browser.findElements(By.cssSelector(".msg.bot img")).size();
		say("/enrollment");
		chooseAFirstAreaIfAsked(before);
		pressLatest("Coverage map");
		WebElement map = waiting.until((driver) -> pictureAfter(before));
		assertThat(pictureOnThePage(map)).as("the coverage map as the page shows it").isNotNull();
		awaitBot("Who looks after the border of");
		screenshot("coverage-map");
	}

	/** The newest picture of the bot, once there are more than {@code before}. */
	private static WebElement pictureAfter(int before) {
		List<WebElement> pictures = browser.findElements(By.cssSelector(".msg.bot img"));
		return (pictures.size() > before) ? pictures.get(pictures.size() - 1) : null;
	}

	/** Presses the first area of "Choose the area" when the persona has several. */
	private static void chooseAFirstAreaIfAsked(int picturesBefore) {
		waiting.until((driver) -> pictureAfter(picturesBefore) != null || lastBot("Choose the area") != null
				|| !driver.findElements(By.xpath("//*[contains(@class,'inline-button')][contains(.,'Coverage map')]"))
					.isEmpty());
		WebElement picker = lastBot("Choose the area");
		if (picker != null) {
			picker.findElements(By.cssSelector(".inline-button")).get(0).click();
		}
	}

	/**
	 * The bytes the page shows for a picture, fetched by the page itself, decoded and
	 * checked: a PNG as wide as the maps, not blank, shown at its size.
	 */
	private static BufferedImage pictureOnThePage(WebElement picture) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", picture);
		waiting.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", picture)));
		Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", picture);
		assertThat(((Number) width).intValue()).isEqualTo(org.danvan.area.AreaMap.WIDTH);
		String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0].currentSrc).then((r) => r.arrayBuffer()).then((buffer) => {
				  let binary = '';
				  new Uint8Array(buffer).forEach((b) => binary += String.fromCharCode(b));
				  done(btoa(binary));
				});
				""", picture);
		byte[] png = java.util.Base64.getDecoder().decode(base64);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		return org.danvan.support.GoldenImages.decode(png, org.danvan.area.AreaMap.WIDTH);
	}

}
