package kz.otinish.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

	List<UserAccount> findByEmailIgnoreCase(String email);

}
