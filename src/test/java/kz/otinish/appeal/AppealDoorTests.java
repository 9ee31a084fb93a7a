package kz.otinish.appeal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import kz.otinish.identity.CurrentUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The appeal module has one door: every public service method that writes names who acts,
 * and no other module touches the aggregate's mutators.
 */
class AppealDoorTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("kz.otinish");

	@Test
	@DisplayName("Every public writing method of the appeal module's services takes an Actor or a CurrentUser (creating a new appeal from a NewAppeal aside)")
	void writingMethodsNameTheActor() {
		methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("kz.otinish.appeal..")
			.and()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Service.class)
			.and()
			.arePublic()
			.and(writing())
			.should(takeAnActor())
			.check(CLASSES);
	}

	@Test
	@DisplayName("No class outside the appeal package calls an Appeal method that is not a public reader")
	void onlyTheAppealPackageChangesAnAppeal() {
		noClasses().that()
			.resideOutsideOfPackage("kz.otinish.appeal")
			.should()
			.callMethodWhere(new DescribedPredicate<JavaMethodCall>("a mutator of Appeal") {
				@Override
				public boolean test(JavaMethodCall call) {
					return call.getTargetOwner().isEquivalentTo(Appeal.class) && call.getTarget()
						.resolveMember()
						.map(method -> !method.getModifiers().contains(JavaModifier.PUBLIC))
						.orElse(false);
				}
			})
			.check(CLASSES);
	}

	private static DescribedPredicate<JavaMethod> writing() {
		return new DescribedPredicate<>("are transactional and not read-only") {
			@Override
			public boolean test(JavaMethod method) {
				Transactional transactional = method.tryGetAnnotationOfType(Transactional.class)
					.orElseGet(() -> method.getOwner().tryGetAnnotationOfType(Transactional.class).orElse(null));
				return transactional != null && !transactional.readOnly();
			}
		};
	}

	private static ArchCondition<JavaMethod> takeAnActor() {
		return new ArchCondition<>("take an Actor or a CurrentUser") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean named = method.getRawParameterTypes()
					.stream()
					.anyMatch(type -> type.isAssignableTo(Actor.class) || type.isAssignableTo(CurrentUser.class)
							|| type.isEquivalentTo(NewAppeal.class));
				events.add(new SimpleConditionEvent(method, named,
						method.getFullName() + (named ? " names" : " does not name") + " who acts"));
			}
		};
	}

}
