package org.danvan.sandbox.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.danvan.sandbox.SandboxMode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page, plain files from {@code classpath:/sandbox/}, at {@code /sandbox/};
 * the application's root leads there too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SandboxMode.ACTIVE, havingValue = "true")
class SandboxPage implements WebMvcConfigurer {

	private static final Log log = LogFactory.getLog(SandboxPage.class);

	@EventListener
	void tellWhereItIs(WebServerInitializedEvent event) {
		log.info("No bot token set: running the sandbox. Open http://localhost:" + event.getWebServer().getPort()
				+ "/sandbox/ to chat with the bot as its personas (data in its own folder; the page can reset it).");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/sandbox/**").addResourceLocations("classpath:/sandbox/").setCachePeriod(0);
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/", "/sandbox/");
		registry.addRedirectViewController("/sandbox", "/sandbox/");
		registry.addViewController("/sandbox/").setViewName("forward:/sandbox/index.html");
	}

}
