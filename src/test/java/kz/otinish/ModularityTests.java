package kz.otinish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries hold (every build). The module map in {@code docs/modules} is written
 * only on request: {@code ./mvnw test -Pdocs -Dtest=ModularityTests} (system property
 * {@code otinish.docs=true}).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OtinishApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	@EnabledIfSystemProperty(named = "otinish.docs", matches = "true")
	void writesTheModuleMap() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
