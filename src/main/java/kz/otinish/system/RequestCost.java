package kz.otinish.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What each API request costs, sign-in included: the database's work as the distribution
 * summaries {@code otinish.jdbc.request.statements},
 * {@code otinish.jdbc.request.round-trips} and {@code otinish.jdbc.request.commits}, and
 * the CPU time of the thread that served it as {@code otinish.request.cpu}
 * (milliseconds), each tagged with the method and the endpoint's path pattern (e.g.
 * {@code POST /api/v1/appeals}). Work the request leaves to listeners after its commit
 * runs on other threads and is not part of it; neither is the JVM's own work (garbage
 * collection, compilation).
 */
@Configuration(proxyBeanMethods = false)
class RequestCost {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Bean
	static BeanPostProcessor jdbcCounting(ObjectProvider<MeterRegistry> registry) {
		return new JdbcCounting(registry);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestCostFilter(ObjectProvider<MeterRegistry> registry) {
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
			long cpuBefore = cpuNanos();
			try {
				chain.doFilter(request, response);
			}
			finally {
				long cpuAfter = cpuNanos();
				MeterRegistry meters = this.registry.getIfAvailable();
				if (meters != null) {
					JdbcCounting.Tally cost = JdbcCounting.onThisThread().minus(before);
					Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
					String endpoint = request.getMethod() + " " + (pattern == null ? "other" : pattern);
					record(meters, "otinish.jdbc.request.statements", null, endpoint, cost.statements());
					record(meters, "otinish.jdbc.request.round-trips", null, endpoint, cost.roundTrips());
					record(meters, "otinish.jdbc.request.commits", null, endpoint, cost.commits());
					if (cpuBefore >= 0) {
						record(meters, "otinish.request.cpu", "milliseconds", endpoint,
								(cpuAfter - cpuBefore) / 1_000_000.0);
					}
				}
			}
		}

		/** This thread's CPU time so far, or -1 where the JVM does not measure it. */
		private static long cpuNanos() {
			return (THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled())
					? THREADS.getCurrentThreadCpuTime() : -1;
		}

		private static void record(MeterRegistry meters, String name, @Nullable String unit, String endpoint,
				double amount) {
			DistributionSummary.builder(name).baseUnit(unit).tag("endpoint", endpoint).register(meters).record(amount);
		}

	}

}
