package kz.otinish.answer;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Deliveries extends ListCrudRepository<Delivery, UUID> {

}
