package kz.otinish.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

	@org.springframework.data.jpa.repository.Query("""
			select a from UserAccount a where a.role in :roles and (lower(a.fullName) like concat('%', :needle, '%') escape '\\'
			  or lower(a.username) like concat('%', :needle, '%') escape '\\'
			  or lower(a.email) like concat('%', :needle, '%') escape '\\')
			order by a.fullName""")
	List<UserAccount> searchApplicants(String needle, java.util.Collection<Role> roles);

	Optional<UserAccount> findByUsername(String username);

	@org.springframework.data.jpa.repository.Query("""
			select a from UserAccount a where :needle = '' or lower(a.fullName) like concat('%', :needle, '%') escape '\\'
			  or lower(a.username) like concat('%', :needle, '%') escape '\\'
			  or lower(a.email) like concat('%', :needle, '%') escape '\\'
			  or lower(a.externalId) like concat('%', :needle, '%') escape '\\'""")
	org.springframework.data.domain.Page<UserAccount> search(String needle,
			org.springframework.data.domain.Pageable pageable);

	boolean existsByUsernameAndMustChangePasswordTrue(String username);

	boolean existsByUsernameAndEnabledFalse(String username);

	List<UserAccount> findByDemoPasswordTrueOrderByUsername();

	boolean existsByRole(Role role);

	List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

	List<UserAccount> findByEmailIgnoreCase(String email);

	Optional<UserAccount> findByExternalId(String externalId);

	List<UserAccount> findByUsernameIgnoreCase(String username);

}
