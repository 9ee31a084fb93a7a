package kz.otinish.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through Selenium, for
 * {@code *BrowserIntegrationTests}. Such a test is tagged {@code browser} (only
 * {@code ./mvnw verify -Pbrowser} runs it; the default build excludes the tag) and
 * registers the browser as a static field:
 *
 * <pre>
 * &#64;Tag("browser")
 * &#64;OtinishIntegrationTest
 * class SignInBrowserIntegrationTests {
 *
 *     &#64;RegisterExtension
 *     static final Browser browser = new Browser();
 *
 *     &#64;Test
 *     void studentSignsIn() {
 *         browser.signIn("student");
 *         assertThat(browser.text(By.tagName("h1"))).isEqualTo(...);
 *     }
 * }
 * </pre>
 *
 * One browser per JVM (started before the first test class, quit when the test run ends);
 * cookies are cleared before each test, so every test starts signed out and in Kazakh.
 * The base URL is the application's random port, read from the Spring context.
 * <p>
 * Every page a test visits must pass {@link #assertAccessible()} (axe-core; serious and
 * critical violations fail). {@link #open(String)} and {@link #signIn(String)} check the
 * pages they reach themselves; after a click or a form submission call it explicitly. A
 * test that ends on a page nobody checked fails. When a test fails, a screenshot and the
 * page's HTML are written to {@code target/screenshots}.
 * <p>
 * The binaries are Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (packages {@code chromium}, {@code chromium-driver}); Selenium Manager never downloads
 * anything because both paths are explicit.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
		TestExecutionExceptionHandler {

	public static final String CHROMIUM = System.getProperty("otinish.browser.binary", "/usr/bin/chromium");

	public static final String CHROMEDRIVER = System.getProperty("otinish.browser.driver", "/usr/bin/chromedriver");

	/** The narrowest phone width every page must work at without horizontal scrolling. */
	public static final int PHONE_WIDTH = 375;

	static final int WIDTH = 1280;

	static final int HEIGHT = 900;

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * How often a wait looks again: Selenium's default, half a second, was most of a form
	 * submission's time (the first look comes before the browser has left the old page).
	 */
	public static final Duration POLL = Duration.ofMillis(25);

	/**
	 * Set on a page's window by {@link #assertAccessible()}; gone as soon as the page is
	 * left.
	 */
	private static final String CHECKED_MARK = "__otinishAccessibilityChecked";

	private ChromeDriver driver;

	private String baseUrl;

	private final List<String> warnings = new ArrayList<>();

	/**
	 * The languages in which the empty sign-in page has passed axe-core in this browser.
	 */
	private final java.util.Set<String> checkedSignInPages = new java.util.HashSet<>();

	// ---- lifecycle (JUnit extension) ----

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		// untagged, it would run in the default build, where no chromium may be installed
		assertThat(context.getTags())
			.as("%s must be annotated @Tag(\"browser\") so that only -Pbrowser runs it",
					context.getRequiredTestClass().getSimpleName())
			.contains("browser");
		for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			assertThat(Path.of(binary))
				.as("%s is missing: apt-get install chromium chromium-driver (.ci/run does)", binary)
				.isExecutable();
		}
		// one chromium for all the test classes of this JVM: started by the first, quit
		// when the test run ends (JUnit closes what its root store holds)
		this.driver = context.getRoot()
			.getStore(ExtensionContext.Namespace.create(Browser.class))
			.computeIfAbsent(Chromium.class, type -> Chromium.start(), Chromium.class)
			.driver();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		assertThat(port).as("the browser needs the application on a real port (RANDOM_PORT)").isNotBlank();
		this.baseUrl = "http://localhost:" + port;
		this.warnings.clear();
		// a new test starts signed out, in the default language, at desktop width
		this.driver.get(this.baseUrl + "/css/otinish.css");
		this.driver.manage().deleteAllCookies();
		desktopWidth();
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		try {
			saveScreenshot(screenshotName(context));
		}
		catch (RuntimeException | IOException ex) {
			failure.addSuppressed(ex);
		}
		throw failure;
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isPresent()) {
			return;
		}
		if (!checked()) {
			saveScreenshot(screenshotName(context));
			throw new AssertionError("The test ended on " + this.driver.getCurrentUrl()
					+ " without checking it: call browser.assertAccessible() on every page a test visits");
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		// the next class's first test starts signed out (beforeEach) on a blank page
		if (this.driver != null) {
			this.driver.get("about:blank");
		}
		this.driver = null;
	}

	/**
	 * What chromium does beside the pages under test, switched off: background services,
	 * throttling, phishing and crash reporting, translation, autofill and password
	 * prompts, the back-forward cache, and the software GPU rasterization that Debian's
	 * launcher turns on (--enable-gpu-rasterization); what GPU work is left runs in the
	 * browser's process instead of one of its own. Alone (one JVM, a 2-core machine), the
	 * browser tests' chromium took 270 and 270 core-seconds with these, 279 and 283
	 * without; beside the other stages of .ci/run every core-second counts.
	 */
	private static final List<String> QUIET = List.of("--disable-background-timer-throttling",
			"--disable-backgrounding-occluded-windows", "--disable-breakpad",
			"--disable-client-side-phishing-detection", "--disable-default-apps", "--disable-hang-monitor",
			"--disable-ipc-flooding-protection", "--disable-popup-blocking", "--disable-prompt-on-repost",
			"--disable-renderer-backgrounding", "--metrics-recording-only", "--password-store=basic",
			"--use-mock-keychain", "--disable-extensions", "--disable-domain-reliability",
			"--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,"
					+ "AutofillServerCommunication,PasswordManagerOnboarding,InterestFeedContentSuggestions,"
					+ "CertificateTransparencyComponentUpdater,PrivacySandboxSettings4,PaintHolding,AcceptCHFrame,"
					+ "BackForwardCache",
			"--disable-gpu-rasterization", "--in-process-gpu");

	/** The JVM's chromium and its profile directory, deleted when it quits. */
	private record Chromium(ChromeDriver driver, Path profile) implements AutoCloseable {

		static Chromium start() {
			try {
				Path profile = Files.createTempDirectory("otinish-chromium-");
				// explicit binaries: Selenium Manager must never look anything up or
				// download a driver
				System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
				ChromeDriverService service = new ChromeDriverService.Builder()
					.usingDriverExecutable(new File(CHROMEDRIVER))
					.usingAnyFreePort()
					.build();
				ChromeOptions options = new ChromeOptions();
				options.setBinary(CHROMIUM);
				options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
						"--window-size=" + WIDTH + "," + HEIGHT);
				options.addArguments(QUIET);
				if (smallSharedMemory()) {
					options.addArguments("--disable-dev-shm-usage");
				}
				ChromeDriver driver = new ChromeDriver(service, options);
				driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
				driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
				driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
				return new Chromium(driver, profile);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		/**
		 * Whether /dev/shm is too small for chromium's shared memory (a container's 64
		 * MB); only then does chromium keep it in files of the temporary directory, as
		 * Debian's chromium launcher decides too.
		 */
		static boolean smallSharedMemory() {
			try {
				return Files.getFileStore(Path.of("/dev/shm")).getUsableSpace() < 1L << 30;
			}
			catch (IOException ex) {
				return true;
			}
		}

		@Override
		public void close() throws IOException {
			try {
				this.driver.quit();
			}
			finally {
				if (Files.exists(this.profile)) {
					try (Stream<Path> files = Files.walk(this.profile)) {
						files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
					}
				}
			}
		}

	}

	// ---- what tests call ----

	/**
	 * Opens a path of the application (e.g. {@code "/sign-in?lang=ru"}) and checks the
	 * page's accessibility.
	 */
	public Browser open(String path) {
		this.driver.get(url(path));
		waitForPage();
		assertAccessible();
		return this;
	}

	/**
	 * Signs in with a demo account (password {@code demo}) through the form at
	 * {@code /sign-in}, checking the page the account lands on (and the empty sign-in
	 * page, once per language and browser).
	 */
	public Browser signIn(String username) {
		return signIn(username, "demo");
	}

	/**
	 * Signs in with the given credentials; the caller asserts where it landed (may be the
	 * error). Uses the sign-in page already shown (e.g. after a failed attempt), else
	 * opens it.
	 */
	public Browser signIn(String username, String password) {
		if (!currentPath().startsWith("/sign-in") || !checked()) {
			this.driver.get(url("/sign-in"));
			waitForPage();
			// the empty sign-in page is the same every time: axe checks it once per
			// language
			if (this.checkedSignInPages.add(language())) {
				assertAccessible();
			}
		}
		WebElement name = find(By.id("username"));
		name.clear();
		name.sendKeys(username);
		WebElement secret = find(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		submit(find(By.cssSelector("form[action$='/sign-in'] button[type=submit]")));
		assertAccessible();
		return this;
	}

	/**
	 * Signs out with the header's button and checks the page it lands on (the sign-in
	 * page).
	 */
	public Browser signOut() {
		submit(find(By.cssSelector("form[action$='/sign-out'] button[type=submit]")));
		assertAccessible();
		return this;
	}

	/** Replaces what a text field holds with the given text, as a person typing it. */
	public Browser type(By field, String text) {
		WebElement element = find(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/** Ticks a radio button or check box (scrolled into view first). */
	public Browser check(By box) {
		reveal(find(box)).click();
		return this;
	}

	/** Ticks a check box unless it is ticked already (a re-shown form keeps the tick). */
	public Browser tick(By box) {
		if (!find(box).isSelected()) {
			check(box);
		}
		return this;
	}

	/** Picks the option with this value in a {@code select}. */
	public Browser select(By list, String value) {
		new Select(find(list)).selectByValue(value);
		return this;
	}

	/** The value a form field holds now. */
	public String value(By field) {
		return find(field).getDomProperty("value");
	}

	/**
	 * Clicks something that loads another page and waits for it; call
	 * {@link #assertAccessible()} next.
	 */
	public Browser click(By what) {
		submit(find(what));
		return this;
	}

	public WebElement find(By what) {
		return this.driver.findElement(what);
	}

	public List<WebElement> findAll(By what) {
		return this.driver.findElements(what);
	}

	public String text(By what) {
		return find(what).getText().strip();
	}

	/** The path and query of the current page, e.g. {@code /sign-in?error}. */
	public String currentPath() {
		String current = this.driver.getCurrentUrl();
		return current.startsWith(this.baseUrl) ? current.substring(this.baseUrl.length()) : current;
	}

	public String language() {
		return find(By.tagName("html")).getAttribute("lang");
	}

	/** The language of the page shown, as a locale (e.g. {@code kk}, {@code ru}). */
	public Locale locale() {
		return Locale.forLanguageTag(language());
	}

	/** Runs a script in the page and returns its result. */
	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Runs axe-core on the current page and fails on every violation of impact serious or
	 * critical, listing rule, help and the offending elements. Moderate and minor
	 * findings are printed as warnings.
	 */
	public Browser assertAccessible() {
		waitForPage();
		long start = System.nanoTime();
		// a page state identical to one axe passed before (same markup at the same width,
		// the CSRF token aside) passes again: it is not checked twice
		String state = pageState();
		if (PASSED_STATES.contains(state)) {
			System.out.printf("[axe] %s unchanged since checked%n", this.driver.getCurrentUrl());
			script("window." + CHECKED_MARK + " = true");
			return this;
		}
		// legacy mode runs axe.run() in the page itself; the default mode opens an extra
		// about:blank window per check to merge frame results, and our pages have no
		// frames
		// only the violations come back with their nodes: axe does not collect, and the
		// driver does not carry, every passing node of the page (most of a check's time)
		AxeBuilder axe = new AxeBuilder().setLegacyMode(true).withOptions(AXE_OPTIONS);
		// the page loads axe-core from the test application's address (AxeScript), so
		// that chromium compiles it once and keeps it; sent with every check, it was half
		// a megabyte through the driver each time, compiled anew
		axe.setInjectAxe(driver -> {
			Object loaded = ((JavascriptExecutor) driver).executeAsyncScript(LOAD_AXE, AxeScript.PATH);
			if (!Boolean.TRUE.equals(loaded)) {
				script(AxeScript.SOURCE);
			}
		}, false);
		Results results = axe.analyze(this.driver);
		System.out.printf("[axe] %s checked in %d ms%n", this.driver.getCurrentUrl(),
				(System.nanoTime() - start) / 1_000_000);
		if (results.isErrored()) {
			throw new AssertionError(
					"axe-core could not check " + this.driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		List<String> serious = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			String line = describe(rule);
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				serious.add(line);
			}
			else {
				this.warnings.add(line);
				System.out.println("[axe warning] " + this.driver.getCurrentUrl() + " " + line);
			}
		}
		if (!serious.isEmpty()) {
			throw new AssertionError("Accessibility violations (serious/critical) on " + this.driver.getCurrentUrl()
					+ ":\n" + String.join("\n", serious));
		}
		PASSED_STATES.add(state);
		script("window." + CHECKED_MARK + " = true");
		return this;
	}

	/**
	 * Adds axe-core's script to the page unless it is there; answers whether it is (false
	 * if it could not be loaded).
	 */
	private static final String LOAD_AXE = """
			var done = arguments[arguments.length - 1];
			if (window.axe) { done(true); return; }
			var script = document.createElement('script');
			script.src = arguments[0];
			script.onload = function () { done(true); };
			script.onerror = function () { done(false); };
			document.head.appendChild(script);
			""";

	private static final com.deque.html.axecore.args.AxeRunOptions AXE_OPTIONS = new com.deque.html.axecore.args.AxeRunOptions();

	static {
		AXE_OPTIONS.setResultTypes(List.of("violations"));
		AXE_OPTIONS.setIFrames(false);
	}

	/** The page states (width and markup digest) axe passed in this JVM. */
	private static final java.util.Set<String> PASSED_STATES = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private static final java.util.regex.Pattern CSRF_TOKEN = java.util.regex.Pattern
		.compile("(name=\"_csrf\"[^>]*value=\"|value=\"[^\"]*\"[^>]*name=\"_csrf\"|name=\"_csrf\" content=\")[^\"]*");

	private String pageState() {
		Object html = script("return window.innerWidth + '|' + document.documentElement.outerHTML");
		String markup = CSRF_TOKEN.matcher(String.valueOf(html)).replaceAll("$1");
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(markup.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The moderate and minor axe findings of this test so far (not failures). */
	public List<String> accessibilityWarnings() {
		return List.copyOf(this.warnings);
	}

	/**
	 * Shows the current page as a {@value #PHONE_WIDTH}px wide phone (mobile viewport, so
	 * the page's {@code meta viewport} applies) and fails if it scrolls horizontally.
	 * Stays at that width until {@link #desktopWidth()} (or the next test).
	 */
	public Browser assertUsableOnPhone() {
		phoneWidth();
		// content wider than the phone either scrolls sideways or, on a mobile viewport,
		// makes
		// the browser zoom out (the layout viewport grows): both fail
		// the new metrics apply asynchronously: a heavy page may still report its old
		// width
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(5), POLL).until(
					d -> ((Number) script("return Math.max(window.innerWidth, document.documentElement.scrollWidth)"))
						.intValue() <= PHONE_WIDTH + 1);
		}
		catch (org.openqa.selenium.TimeoutException tooWide) {
			// reported below with the elements that cause it
		}
		Number viewport = (Number) script("return window.innerWidth");
		Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
		if (viewport.intValue() != PHONE_WIDTH || scrollWidth.intValue() > PHONE_WIDTH + 1) {
			// the innermost elements that pass the phone's edge, outside
			// sideways-scrolling boxes
			@SuppressWarnings("unchecked")
			List<String> wide = (List<String>) script(
					"""
							const limit = arguments[0];
							const over = e => e.getBoundingClientRect().right > limit + 1;
							// (an absolutely positioned element escapes a scrolling box that is not positioned)
							const scrolls = e => { if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false; for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
							    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
							// wider than its own parent, where the parent does not scroll: the cause
							const pushes = e => e.parentElement && e.getBoundingClientRect().right > e.parentElement.getBoundingClientRect().right + 1
							    && getComputedStyle(e.parentElement).overflowX === 'visible';
							return [...document.querySelectorAll('body *')]
							  .filter(e => over(e) && (pushes(e) || ![...e.children].some(over) && !scrolls(e)))
							  .slice(0, 10)
							  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
							       + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
							       + ' right=' + Math.round(e.getBoundingClientRect().right)
							       + ' "' + (e.textContent || '').trim().substring(0, 40) + '"');
							""",
					PHONE_WIDTH);
			throw new AssertionError(this.driver.getCurrentUrl() + " does not fit " + PHONE_WIDTH
					+ "px: viewport width=" + viewport + ", scrollWidth=" + scrollWidth + "; too wide: " + wide);
		}
		return this;
	}

	public Browser phoneWidth() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 1, "mobile", true));
		return this;
	}

	public Browser desktopWidth() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return this;
	}

	/**
	 * Writes a PNG and the page's HTML into {@code target/screenshots}; returns the PNG's
	 * path.
	 */
	/**
	 * With {@code -Dotinish.walk=true}: saves the page as shown at desktop width and at
	 * {@value #PHONE_WIDTH}px under {@code target/screenshots/walk-*}, for a person to
	 * look at after a walk; does nothing otherwise (the CI run).
	 */
	public Browser walkShot(String name) {
		if (!Boolean.getBoolean("otinish.walk")) {
			return this;
		}
		try {
			phoneWidth();
			saveScreenshot("walk-" + name + "-375");
			desktopWidth();
			saveScreenshot("walk-" + name + "-1280");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return this;
	}

	public Path saveScreenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
		Path png = SCREENSHOTS.resolve(safe + ".png");
		Files.write(png, this.driver.getScreenshotAs(OutputType.BYTES));
		Files.writeString(SCREENSHOTS.resolve(safe + ".html"),
				"<!-- " + this.driver.getCurrentUrl() + " -->\n" + this.driver.getPageSource(), StandardCharsets.UTF_8);
		System.out.println("[browser] saved " + png.toAbsolutePath());
		return png;
	}

	// ---- internals ----

	/** Has {@link #assertAccessible()} passed on the page now shown? */
	private boolean checked() {
		return Boolean.TRUE.equals(script("return window." + CHECKED_MARK + " === true"));
	}

	private static String screenshotName(ExtensionContext context) {
		return context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getTestMethod().map(java.lang.reflect.Method::getName).orElse(context.getDisplayName());
	}

	private String url(String path) {
		return path.startsWith("http") ? path : this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	private void submit(WebElement element) {
		// wait for the old page to go stale so that we look at the new one
		reveal(element).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15), POLL).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException gone) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				// chromium sometimes reports the old page's node this way instead of as
				// stale
				if (String.valueOf(gone.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw gone;
			}
		});
		waitForPage();
	}

	/**
	 * Scrolls an element to the middle of the window at once. Bootstrap's
	 * {@code scroll-behavior: smooth} would make chromedriver click where the element is
	 * going to be, not where it is ("element click intercepted").
	 */
	private WebElement reveal(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
		return element;
	}

	private void waitForPage() {
		new WebDriverWait(this.driver, Duration.ofSeconds(15), POLL)
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static String describe(Rule rule) {
		StringBuilder line = new StringBuilder();
		line.append("- ")
			.append(rule.getId())
			.append(" (")
			.append(rule.getImpact())
			.append("): ")
			.append(rule.getHelp());
		for (CheckedNode node : rule.getNodes()) {
			line.append("\n    at ").append(node.getTarget()).append(": ").append(abbreviate(node.getHtml()));
			if (node.getFailureSummary() != null) {
				line.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
			}
		}
		return line.toString();
	}

	private static String abbreviate(String html) {
		return html == null || html.length() <= 160 ? html : html.substring(0, 157) + "...";
	}

}
