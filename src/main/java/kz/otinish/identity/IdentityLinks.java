package kz.otinish.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface IdentityLinks extends ListCrudRepository<IdentityLink, UUID> {

	Optional<IdentityLink> findByIssuerAndSubject(String issuer, String subject);

}
