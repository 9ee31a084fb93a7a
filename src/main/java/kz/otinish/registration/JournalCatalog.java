package kz.otinish.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The journals (configuration data). */
interface JournalCatalog extends ListCrudRepository<Journal, String> {

	List<Journal> findAllByOrderByPositionAscCodeAsc();

	Optional<Journal> findBySchoolCode(String schoolCode);

}
