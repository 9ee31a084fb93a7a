package kz.otinish.demo;

/**
 * One part of the demo data. {@link DemoData} runs every step in {@code @Order}, each in
 * its own transaction; a step must be idempotent (running it twice adds nothing).
 */
interface DemoStep {

	void seed();

}
