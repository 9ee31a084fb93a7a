package kz.otinish;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Otinish: the university's system for applications and complaints of students and
 * teaching staff.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class OtinishApplication {

	public static void main(String[] args) {
		SpringApplication.run(OtinishApplication.class, args);
	}

}
