package kz.otinish.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The database cost of each API request, sign-in included: the distribution summaries
 * {@code otinish.jdbc.request.statements}, {@code otinish.jdbc.request.round-trips} and
 * {@code otinish.jdbc.request.commits}, tagged with the method and the endpoint's path
 * pattern (e.g. {@code POST /api/v1/appeals}). Work the request leaves to listeners after
 * its commit runs on other threads and is not part of it.
 */
@Configuration(proxyBeanMethods = false)
class JdbcRequestCost {

	@Bean
	static BeanPostProcessor jdbcCounting(ObjectProvider<MeterRegistry> registry) {
		return new JdbcCounting(registry);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> jdbcRequestCostFilter(ObjectProvider<MeterRegistry> registry) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new CostFilter(registry));
		registration.addUrlPatterns("/api/*");
		// first, so that authentication is counted too
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static final class CostFilter extends OncePerRequestFilter {

		private final ObjectProvider<MeterRegistry> registry;

		CostFilter(ObjectProvider<MeterRegistry> registry) {
			this.registry = registry;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			JdbcCounting.Tally before = JdbcCounting.onThisThread();
			try {
				chain.doFilter(request, response);
			}
			finally {
				MeterRegistry meters = this.registry.getIfAvailable();
				if (meters != null) {
					JdbcCounting.Tally cost = JdbcCounting.onThisThread().minus(before);
					Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
					String endpoint = request.getMethod() + " " + (pattern == null ? "other" : pattern);
					record(meters, "otinish.jdbc.request.statements", endpoint, cost.statements());
					record(meters, "otinish.jdbc.request.round-trips", endpoint, cost.roundTrips());
					record(meters, "otinish.jdbc.request.commits", endpoint, cost.commits());
				}
			}
		}

		private static void record(MeterRegistry meters, String name, String endpoint, long amount) {
			DistributionSummary.builder(name).tag("endpoint", endpoint).register(meters).record(amount);
		}

	}

}
