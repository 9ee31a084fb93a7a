package kz.otinish.blog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Posts are saved and read, never deleted (INT-5); the repository offers no delete to
 * callers.
 */
interface BlogPosts extends JpaRepository<BlogPost, UUID> {

	Optional<BlogPost> findByReference(String reference);

	/** What still needs a moderator: not routed yet, or publication not decided. */
	@Query("select p from BlogPost p where p.routing = kz.otinish.blog.Routing.NOT_ROUTED"
			+ " or p.status = kz.otinish.blog.PostStatus.AWAITING_MODERATION order by p.writtenAt")
	List<BlogPost> awaitingModeration(Pageable page);

	@Query("select p from BlogPost p where p.routing <> kz.otinish.blog.Routing.NOT_ROUTED"
			+ " and p.status <> kz.otinish.blog.PostStatus.AWAITING_MODERATION order by p.writtenAt desc")
	List<BlogPost> moderated(Pageable page);

	List<BlogPost> findByStatusOrderByPublishedAtDesc(PostStatus status, Pageable page);

}
